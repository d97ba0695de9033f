/**
 * What the search gestures (`search-gestures.ts`, and the inline boot before them) and the search islands share:
 * which gesture asked for search, and the keys typed while the dialog's code was still arriving. It lives on
 * `window` because the gestures and the dialog are separate bundles.
 */

/** Dispatched on `window` to open the dialog once it is mounted; `detail.opener` gets focus back when it closes. */
export const OPEN_EVENT = 'critical-path:search-open';
/** Dispatched on `window` when the reader points at a search button: a good moment to fetch the index. */
export const PREFETCH_EVENT = 'critical-path:search-prefetch';

export interface SearchOpenDetail {
  opener: HTMLElement | null;
}

export interface SearchBridge {
  /** A request to open search made before the dialog could take it; cleared once its input has focus. */
  pending: SearchOpenDetail | null;
  /** Characters typed while `pending`, replayed into the input. */
  typed: string;
  /** True once the dialog listens for `OPEN_EVENT`. */
  mounted: boolean;
  /** True once the reader pointed at a search button. */
  prefetch: boolean;
}

export function searchBridge(): SearchBridge {
  const holder = window as Window & { __criticalPathSearch?: SearchBridge };
  holder.__criticalPathSearch ??= { pending: null, typed: '', mounted: false, prefetch: false };
  return holder.__criticalPathSearch;
}

/** `/` on its own, or Ctrl+K / Cmd+K, unless something else already took the key. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  return !event.defaultPrevented && isSearchKey(event);
}

/** `/` on its own, or Ctrl+K / Cmd+K, whether or not the event was already handled (as a replayed one was). */
export function isSearchKey(event: KeyboardEvent): boolean {
  if (event.isComposing || event.altKey) return false;
  if (event.key === '/') return !event.ctrlKey && !event.metaKey;
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k';
}

/** On the search page, search is its own input: shortcuts and the header button go there instead of a dialog. */
export function searchPageInput(): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>('input[data-search-page-input]');
}
