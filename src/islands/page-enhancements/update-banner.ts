/**
 * "Update available" with Reload and Later, shown when the boot reports a new version of the site
 * (register-service-worker.ts). Reload tells the waiting worker to take over and reloads once it has; with no waiting
 * worker (another tab already switched) it reloads at once.
 */
let reloadRequested = false;
let listening = false;

export function showUpdateBanner(waiting: ServiceWorker | null): void {
  if (!listening) {
    listening = true;
    navigator.serviceWorker?.addEventListener('controllerchange', () => {
      if (reloadRequested) location.reload();
    });
  }
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
}
