/**
 * Writes `sw.js` into the built site once `astro build` is done: a Workbox service worker that precaches every page,
 * stylesheet, script, icon and the search index, so that after one visit the whole site works offline.
 *
 * A new build changes the precache manifest and so the bytes of `sw.js`; the browser then installs the new worker
 * beside the old one and it waits. The page (see `src/components/service-worker-boot.ts`) shows "Update available"
 * with a Reload button that tells the waiting worker to take over, so readers are never stuck on stale pages.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/** The worker's file name, at the root of the base path. */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * What `astro dev` serves as the worker: one that empties the caches, unregisters itself and reloads its pages, so a
 * worker left by `npm start` on the same port never serves built pages over the development server's.
 */
const RETIRING_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil((async () => {
  for (const key of await caches.keys()) await caches.delete(key);
  await self.registration.unregister();
  for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
})()));
`;

/** Files worth keeping offline: pages, assets, the search index, icons and the deck exports. */
const PRECACHE_PATTERNS = ['**/*.{html,css,js,mjs,json,svg,png,ico,webmanifest,woff2,txt,tsv}'];

export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'critical-path-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (request.url?.split('?')[0] !== `${base}${SERVICE_WORKER_FILE}`) return next();
          response.setHeader('content-type', 'text/javascript; charset=utf-8');
          response.setHeader('cache-control', 'no-cache');
          response.end(RETIRING_WORKER);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: outDir,
          globPatterns: PRECACHE_PATTERNS,
          globIgnores: [SERVICE_WORKER_FILE, 'workbox-*.js', 'robots.txt'],
          swDest: `${outDir}/${SERVICE_WORKER_FILE}`,
          // Precache URLs carry the base path, e.g. `/prep/learn/role/`.
          modifyURLPrefix: { '': base },
          directoryIndex: 'index.html',
          // `/search/?q=raci` is the precached `/search/` page; no query changes what a static page is.
          ignoreURLParametersMatching: [/.*/],
          // Files under _astro/ have a content hash in their name, so they need no revision query.
          dontCacheBustURLsMatching: /\/_astro\//,
          maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
          // One self-contained file: no Workbox runtime fetched from anywhere, ours or a CDN.
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          cleanupOutdatedCaches: true,
          // The first worker controls the open page at once, so it works offline without a reload. Later workers
          // wait for the reader's Reload (a SKIP_WAITING message) so a page never mixes two versions' files.
          clientsClaim: true,
          skipWaiting: false,
          runtimeCaching: [
            {
              // A page that is not precached (an address that does not exist) gets the site's own 404 page when
              // the network is unreachable, rather than the browser's offline error.
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkOnly',
              options: { precacheFallback: { fallbackURL: `${base}404.html` } },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`${SERVICE_WORKER_FILE}: precaches ${count} files, ${(size / 1024 / 1024).toFixed(1)} MiB`);
      },
    },
  };
}
