/**
 * `client:idle-if-saved`: hydrates like `client:idle`, but only once the reader has saved something. For islands that
 * show nothing but the reader's own progress (the home page's panel, a track's lesson statuses), a first visit has
 * nothing to show, so it loads no script at all; a returning reader's progress appears as soon as the page is idle,
 * and a first save made in another tab hydrates it too.
 */
import type { ClientDirective } from 'astro';

/** `STATE_KEY` in src/lib/storage.ts; repeated because this file is inlined into pages and must import nothing. */
const STATE_KEY = 'critical-path:state';

const idleIfSaved: ClientDirective = (load) => {
  let started = false;
  const hydrate = () => {
    if (started) return;
    started = true;
    const run = () => {
      void load().then((hydrateIsland) => hydrateIsland());
    };
    if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
    else setTimeout(run, 200);
  };
  let saved = false;
  try {
    saved = localStorage.getItem(STATE_KEY) !== null;
  } catch {
    // Storage is unavailable, so nothing was saved to show.
  }
  if (saved) hydrate();
  else window.addEventListener('storage', (event) => event.key === STATE_KEY && hydrate());
};

export default idleIfSaved;
