/**
 * `client:search`: hydrates the search dialog on the reader's first gesture towards search, so no page loads its
 * code (or React) until then. Gestures: a click on `[data-search-open]`, `/`, Ctrl/Cmd+K (outside text fields), and,
 * to get a head start, pointing at or focusing a `[data-search-open]` button. An open request made before the dialog
 * mounts is left in the bridge, with anything typed meanwhile, for the dialog to pick up.
 * Registered in astro.config.mjs; Astro inlines this file into every page, since the layout mounts the dialog.
 */
import type { ClientDirective } from 'astro';
import { OPEN_EVENT, PREFETCH_EVENT, isSearchShortcut, isTypingTarget, searchBridge, searchPageInput, type SearchOpenDetail } from '../islands/search/search-bridge';

const searchDirective: ClientDirective = (load) => {
  const bridge = searchBridge();
  let started = false;

  const hydrate = () => {
    if (started) return;
    started = true;
    load()
      .then((hydrateIsland) => hydrateIsland())
      .catch(() => {
        started = false;
        // The dialog's code did not arrive (offline, a deploy in between): the search page still works.
        if (bridge.pending) window.location.assign(document.querySelector<HTMLFormElement>('form[data-search-form]')?.action ?? '/search/');
      });
  };

  const open = (opener: HTMLElement | null) => {
    const pageInput = searchPageInput();
    if (pageInput) {
      pageInput.focus();
      pageInput.select();
      return;
    }
    const detail: SearchOpenDetail = { opener };
    if (bridge.mounted) {
      window.dispatchEvent(new CustomEvent<SearchOpenDetail>(OPEN_EVENT, { detail }));
      return;
    }
    bridge.pending = detail;
    hydrate();
  };

  document.addEventListener(
    'keydown',
    (event) => {
      if (bridge.pending && !isTypingTarget(event.target)) {
        // Search was asked for and is on its way: keep what is typed for its input.
        if (event.key === 'Escape') {
          bridge.pending = null;
          bridge.typed = '';
        } else if (event.key === 'Backspace') {
          bridge.typed = bridge.typed.slice(0, -1);
        } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          bridge.typed += event.key;
        } else {
          return;
        }
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      if (isTypingTarget(event.target) || !isSearchShortcut(event)) return;
      event.preventDefault();
      const active = document.activeElement;
      open(active instanceof HTMLElement && active !== document.body ? active : null);
    },
    true,
  );

  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-search-open]') : null;
    if (!button) return;
    event.preventDefault();
    open(button);
  });

  const warm = (event: Event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-search-open]')) return;
    if (event.type === 'pointerover') {
      bridge.prefetch = true;
      if (bridge.mounted) window.dispatchEvent(new Event(PREFETCH_EVENT));
    }
    hydrate();
  };
  document.addEventListener('pointerover', warm, { passive: true });
  document.addEventListener('focusin', warm);
};

export default searchDirective;
