/**
 * Builds the page-enhancements module (`src/islands/page-enhancements/enhance.ts`) as one more entry of the client
 * bundle, so it shares React, the stores and the islands' chunks, and tells the layout its hashed file name.
 *
 * Why not an island: every page with an island carries Astro's inline island runtime and its directives (about 2.5 KB
 * gzipped). The search dialog and the lesson's `Mark as complete` button need no script until the reader reaches for
 * them, so the layout inlines a small boot instead (`boot.ts`), which imports this module on the first gesture.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';

/** The module's source, relative to the project root. */
export const PAGE_ENHANCEMENTS_ENTRY = 'src/islands/page-enhancements/enhance.ts';

/** Where the client build leaves the built file's name for the pages rendered after it, in the same process. */
const BUILT_FILE = Symbol.for('critical-path:page-enhancements-file');

type Holder = typeof globalThis & { [BUILT_FILE]?: string };

/**
 * The URL of the enhancements module, with the base path. Static pages render after the client build, so the built
 * file is known; the development server serves the source itself.
 */
export function pageEnhancementsUrl(base: string): string {
  if (import.meta.env.DEV) return `${base}${PAGE_ENHANCEMENTS_ENTRY}`;
  const file = (globalThis as Holder)[BUILT_FILE];
  if (!file) throw new Error(`The client build did not produce ${PAGE_ENHANCEMENTS_ENTRY}; is the page-enhancements integration registered?`);
  return `${base}${file}`;
}

export function pageEnhancements(): AstroIntegration {
  const entry = resolve(PAGE_ENHANCEMENTS_ENTRY);
  return {
    name: 'critical-path-page-enhancements',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        let reference = '';
        updateConfig({
          vite: {
            // The development server pre-bundles what the module imports, dynamic imports included, at start: found
            // later, on the first gesture, a new dependency reloads the page and the gesture is lost.
            optimizeDeps: { entries: [PAGE_ENHANCEMENTS_ENTRY] },
            plugins: [
              {
                name: 'critical-path-page-enhancements',
                apply: 'build',
                applyToEnvironment: (environment) => environment.name === 'client',
                buildStart() {
                  reference = this.emitFile({ type: 'chunk', id: entry, name: 'page-enhancements' });
                },
                generateBundle() {
                  (globalThis as Holder)[BUILT_FILE] = this.getFileName(reference);
                },
              },
            ],
          },
        });
      },
    },
  };
}
