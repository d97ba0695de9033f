/**
 * Registers the offline service worker (written by src/integrations/service-worker.ts at build time) and reports
 * new versions of the site. Part of the inline boot, so it must stay small: the banner that offers the update is
 * `update-banner.ts`, loaded only when there is one.
 *
 * Registration waits for the page's `load` event and an idle moment, so it never competes with the page itself.
 * `offerUpdate` is called with the waiting worker when a new version has installed beside the one controlling the
 * page, and with null when another tab has already switched to it.
 */
export function registerServiceWorker(swUrl: string, scope: string, offerUpdate: (waiting: ServiceWorker | null) => void): void {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  const hadController = Boolean(sw.controller);

  sw.addEventListener('controllerchange', () => {
    // Another tab took the update (or this one did, and is reloading): this page's files are from the older version.
    if (hadController) offerUpdate(null);
  });

  const start = () =>
    sw
      .register(swUrl, { scope })
      .then((registration) => {
        if (registration.waiting && sw.controller) offerUpdate(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed' && sw.controller) offerUpdate(installing);
          });
        });
        // A tab left open for days still learns about new versions when the reader comes back to it.
        let lastCheck = Date.now();
        document.addEventListener('visibilitychange', () => {
          if (document.hidden || Date.now() - lastCheck < 3_600_000) return;
          lastCheck = Date.now();
          registration.update().catch(() => undefined);
        });
      })
      // No offline copy (private mode, blocked workers): the site keeps working online.
      .catch(() => undefined);
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 5000 }) : setTimeout(start, 1000));
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
