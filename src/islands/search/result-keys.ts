/**
 * Keyboard movement between the search input and its result links, shared by the dialog and the page: Down from the
 * input goes to the first result, Up and Down move between results (Up from the first returns to the input), Home
 * and End jump, Enter in the input opens the first result, and typing on a result goes back to the input.
 */
import type { KeyboardEvent, RefObject } from 'react';

function links(list: HTMLElement | null): HTMLAnchorElement[] {
  return list ? Array.from(list.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')) : [];
}

export function onInputKeyDown(event: KeyboardEvent<HTMLInputElement>, list: RefObject<HTMLElement | null>): void {
  if (event.nativeEvent.isComposing) return;
  const first = links(list.current)[0];
  if (event.key === 'ArrowDown' && first) {
    event.preventDefault();
    first.focus();
  } else if (event.key === 'Enter' && first) {
    event.preventDefault();
    first.click();
  }
}

export function onListKeyDown(event: KeyboardEvent<HTMLElement>, list: RefObject<HTMLElement | null>, input: RefObject<HTMLInputElement | null>): void {
  const all = links(list.current);
  const current = all.indexOf(document.activeElement as HTMLAnchorElement);
  if (current < 0) return;
  const go = (target: HTMLElement | undefined) => {
    event.preventDefault();
    target?.focus();
  };
  if (event.key === 'ArrowDown') go(all[Math.min(current + 1, all.length - 1)]);
  else if (event.key === 'ArrowUp') go(current === 0 ? (input.current ?? undefined) : all[current - 1]);
  else if (event.key === 'Home' && !event.shiftKey) go(all[0]);
  else if (event.key === 'End' && !event.shiftKey) go(all[all.length - 1]);
  else if ((event.key.length === 1 || event.key === 'Backspace') && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== ' ') {
    // Let the key land in the input, as if the reader had never left it.
    input.current?.focus();
  }
}
