import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { SITE } from '../../playwright.config';
import { samplePages } from '../../src/lib/page-budgets';
import { builtPages } from './site-pages';

const dist = join(import.meta.dirname, '..', '..', 'dist');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

for (const { label, path } of samplePages(builtPages())) {
  test(`${label} (${path}) requests nothing from another origin, even once used`, async ({ page }) => {
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (/^https?:$/.test(url.protocol) && url.origin !== SITE) elsewhere.push(`${request.resourceType()} ${url.href}`);
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Bring every lazy island and lazily fetched file into play: scroll to the end, then open search.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Search' }).first().click();
    await page.waitForLoadState('networkidle');
    expect(elsewhere).toEqual([]);
  });
}

test('no built page, stylesheet or manifest points a resource at another origin', () => {
  const found: string[] = [];
  const resourceUrl =
    /<(?:script|img|iframe|source|audio|video|embed|object|track)\b[^>]*\s(?:src|srcset|data)="((?:https?:)?\/\/[^"]+)"|<link\b(?![^>]*\brel="(?:canonical|alternate)")[^>]*\shref="((?:https?:)?\/\/[^"]+)"/g;
  for (const file of files(dist)) {
    const name = relative(dist, file);
    if (name.endsWith('.html')) {
      for (const match of readFileSync(file, 'utf8').matchAll(resourceUrl)) found.push(`${name}: ${match[1] ?? match[2]}`);
    } else if (name.endsWith('.css')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?\/\/[^'")\s]+)/g)) found.push(`${name}: ${match[1]}`);
    } else if (name.endsWith('.webmanifest')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/"((?:https?:)?\/\/[^"]+)"/g)) found.push(`${name}: ${match[1]}`);
    }
  }
  expect(found).toEqual([]);
});
