import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from './site-pages';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

test('every page has its own title, a description and a canonical address', () => {
  const problems: string[] = [];
  const titles = new Map<string, string>();
  for (const path of builtPages()) {
    const html = read(join(path, 'index.html'));
    const title = html.match(/<title>([^<]+)<\/title>/)?.[1]?.trim() ?? '';
    const description = html.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? '';
    const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1] ?? '';
    if (!title) problems.push(`${path}: no title`);
    if (titles.has(title)) problems.push(`${path}: same title as ${titles.get(title)}`);
    titles.set(title, path);
    if (description.length < 20) problems.push(`${path}: description "${description}"`);
    if (!canonical.startsWith('http') || !canonical.endsWith(path)) problems.push(`${path}: canonical ${canonical}`);
  }
  expect(problems).toEqual([]);
});

test('the sitemap lists every page and robots.txt points at it', () => {
  const index = read('sitemap-index.xml');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname.slice(1));
  const listed = new Set(sitemaps.flatMap((file) => [...read(file).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)));
  expect(builtPages().filter((path) => !listed.has(path))).toEqual([]);
  expect(read('robots.txt')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
});

test('the web app manifest names the site and its icons exist', () => {
  const manifest = JSON.parse(read('manifest.webmanifest')) as { name: string; start_url: string; icons: { src: string; sizes: string }[] };
  expect(manifest.name).toMatch(/Critical Path/);
  expect(manifest.start_url).toBe('./');
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect(() => read(icon.src)).not.toThrow();
});
