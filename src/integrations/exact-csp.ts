/**
 * After the build, narrows every page's Content-Security-Policy to the inline scripts and styles the page carries
 * (src/lib/exact-csp.ts). Registered before the service worker, whose precache lists each page's revision.
 */
import { glob, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { narrowPolicy } from '../lib/exact-csp';

export function exactCsp(): AstroIntegration {
  return {
    name: 'critical-path-exact-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let count = 0;
        for await (const file of glob('**/*.html', { cwd: root })) {
          const path = `${root}/${file}`;
          await writeFile(path, narrowPolicy(await readFile(path, 'utf8'), file));
          count += 1;
        }
        logger.info(`narrowed the Content-Security-Policy of ${count} pages to their own inline code`);
      },
    },
  };
}
