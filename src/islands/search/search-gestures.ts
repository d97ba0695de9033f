/**
 * The gestures that open search, answered from the moment the page-enhancements module loads: a click on
 * `[data-search-open]`, `/`, Ctrl/Cmd+K (outside text fields), and, for a head start, pointing at or focusing a search
 * button. The dialog's code is mounted on the first of them. An open request made before the dialog mounts is left in
 * the bridge, with anything typed meanwhile, for the dialog to pick up.
 *
 * `replay` takes the events the inline boot held back before this module arrived; it returns true for those that were
 * search's.
 */
import { OPEN_EVENT, PREFETCH_EVENT, isSearchKey, isSearchShortcut, searchBridge, searchPageInput, type SearchOpenDetail } from './search-bridge';
import { isTypingTarget } from '../../lib/typing-target';

export interface SearchGestures {
  replay: (event: Event) => boolean;
}

export function installSearchGestures(mountDialog: () => Promise<void>, searchPageUrl: string): SearchGestures {
  const bridge = searchBridge();
  let started = false;

  const mount = () => {
    if (started) return;
    started = true;
    mountDialog().catch(() => {
      started = false;
      // The dialog's code did not arrive (offline, a deploy in between): the search page still works.
      if (bridge.pending) window.location.assign(searchPageUrl);
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
    mount();
  };

  const onKey = (event: KeyboardEvent, replayed: boolean): boolean => {
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
        return false;
      }
      event.preventDefault();
      event.stopPropagation();
      return true;
    }
    if (isTypingTarget(event.target) || !(replayed ? isSearchKey(event) : isSearchShortcut(event))) return false;
    event.preventDefault();
    // A replayed key was pressed before this module loaded: focus has not moved since, so the active element opened it.
    const active = document.activeElement;
    open(active instanceof HTMLElement && active !== document.body ? active : null);
    return true;
  };

  const onClick = (event: Event): boolean => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-search-open]') : null;
    if (!button) return false;
    event.preventDefault();
    open(button);
    return true;
  };

  const warm = (event: Event): boolean => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-search-open]')) return false;
    if (event.type === 'pointerover') {
      bridge.prefetch = true;
      if (bridge.mounted) window.dispatchEvent(new Event(PREFETCH_EVENT));
    }
    mount();
    return true;
  };

  document.addEventListener('keydown', (event) => void onKey(event, false), true);
  document.addEventListener('click', (event) => void onClick(event));
  document.addEventListener('pointerover', (event) => void warm(event), { passive: true });
  document.addEventListener('focusin', (event) => void warm(event));

  return {
    replay: (event) => {
      if (event instanceof KeyboardEvent) return onKey(event, true);
      if (event.type === 'click') return onClick(event);
      return warm(event);
    },
  };
}
