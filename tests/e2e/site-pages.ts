/** The built site's pages, read from dist/, so browser tests visit every page that exists. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = join(import.meta.dirname, '..', '..', 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every page URL path, e.g. `/learn/role/what-a-tpm-does/`. */
export function builtPages(): string[] {
  return walk(dist)
    .filter((path) => path.endsWith('index.html'))
    .map((path) => `/${relative(dist, path).replace(/index\.html$/, '')}`)
    .sort();
}

/** One page of each kind, for tests that need a sample rather than everything. */
export function samplePage(prefix: string): string {
  const page = builtPages().find((path) => path.startsWith(prefix) && path !== prefix);
  if (!page) throw new Error(`no built page under ${prefix}`);
  return page;
}
