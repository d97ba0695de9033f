/**
 * Registers the offline service worker and offers its updates. The layout serialises this function into an inline
 * script (no bundle, so no script request before the reader interacts); it must stay self-contained.
 *
 * Registration waits for the page's `load` event and an idle moment, so it never competes with the page itself.
 * When a new version of the site has been installed beside the one controlling the page, a small banner says
 * "Update available" with a Reload button; Reload tells the waiting worker to take over and reloads once it has.
 */
export function registerServiceWorker(swUrl: string, scope: string): void {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  const hadController = Boolean(sw.controller);
  let reloadRequested = false;

  const offerUpdate = (waiting: ServiceWorker | null) => {
    if (document.querySelector('.update-banner')) return;
    const banner = document.createElement('aside');
    banner.className = 'update-banner';
    banner.setAttribute('aria-label', 'Site update');
    // A fixed string: nothing the reader typed goes into this markup.
    banner.innerHTML = '<p role="status"></p><button type="button" class="button-primary">Reload</button><button type="button">Later</button>';
    const [reload, later] = banner.querySelectorAll('button');
    reload?.addEventListener('click', () => {
      reload.disabled = true;
      reloadRequested = true;
      if (waiting?.state === 'installed') waiting.postMessage({ type: 'SKIP_WAITING' });
      else location.reload();
    });
    later?.addEventListener('click', () => banner.remove());
    document.body.append(banner);
    // Filled after insertion, so that screen readers announce the live region's new text.
    setTimeout(() => {
      banner.firstElementChild!.textContent = 'Update available: reload to get the new version.';
    }, 100);
  };

  sw.addEventListener('controllerchange', () => {
    if (reloadRequested) location.reload();
    // Another tab took the update: this page's files are now from the older version.
    else if (hadController) offerUpdate(null);
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
