/**
 * The one script a page runs before the reader interacts, besides the theme in <head>. The layout inlines it,
 * bundled, so it requests nothing. It:
 * - records a visit to the lesson on the page, if it is a lesson;
 * - shows the saved theme in the theme controls, and applies and saves a new choice at once;
 * - registers the offline service worker once the page is idle;
 * - watches for the gestures the page's enhancements answer: a search shortcut (`/`, Ctrl/Cmd+K) or a click on a
 *   `[data-search-open]` button and the keys typed after it; the key named by an element's `data-shortcut` (the
 *   lesson's M); pointing at or focusing a search button, or a `[data-enhance]` element scrolling into view.
 * On the first of these, or a new version of the site, it imports the enhancements module
 * (`enhance.ts`) and queues the events, which the module replays when it takes over. If the module cannot load
 * (offline before the site was ever cached), a search request goes to the search page, which works without it.
 */
import { isSearchShortcut } from '../search/search-bridge';
import { isTypingTarget } from '../../lib/typing-target';
import { applyTheme, isTheme, saveTheme } from '../../lib/theme';
import { isCurrentQueue, startQueue, UPDATE_EVENT } from './queue';
import { registerServiceWorker } from './register-service-worker';
import { recordLessonVisit } from '../../lib/lesson-visit';

export interface BootOptions {
  /** The enhancements module's URL. */
  module: string;
  searchPage: string;
  /** The service worker's URL, or null where there is none (the development server). */
  serviceWorker: string | null;
  scope: string;
  /** The saved state's version (STATE_VERSION), for the visit and theme records. */
  stateVersion: number;
}

export function bootPage({ module, searchPage, serviceWorker, scope, stateVersion }: BootOptions): void {
  const lessonId = document.querySelector<HTMLElement>('[data-record-visit]')?.dataset['lessonId'];
  if (lessonId) recordLessonVisit(lessonId, stateVersion);

  const queue = startQueue();
  let requested = false;
  let searchAsked = false;

  const load = () => {
    if (requested) return;
    requested = true;
    import(/* @vite-ignore */ module).catch(() => {
      requested = false;
      if (searchAsked) location.assign(searchPage);
    });
  };
  /** Hands an event to the module: queued until it has taken over, dispatched on `window` after. */
  const deliver = (event: Event) => {
    if (!isCurrentQueue(queue)) return void window.dispatchEvent(event);
    queue.push(event);
    load();
  };

  const plainKey = (event: KeyboardEvent) => !event.ctrlKey && !event.metaKey && !event.altKey;

  const hold = (event: Event) => {
    if (!isCurrentQueue(queue)) return;
    const target = event.target instanceof Element ? event.target : null;
    const searchButton = target?.closest('[data-search-open]');
    if (event instanceof KeyboardEvent) {
      if (isTypingTarget(event.target)) return;
      const forSearch = searchAsked && plainKey(event) && (event.key.length === 1 || event.key === 'Backspace' || event.key === 'Escape');
      if (isSearchShortcut(event)) searchAsked = true;
      else if (forSearch) searchAsked = event.key !== 'Escape';
      else if (!plainKey(event) || !document.querySelector(`[data-shortcut="${CSS.escape(event.key.toLowerCase())}"]`)) return;
    } else if (event.type === 'click') {
      if (!searchButton) return;
      searchAsked = true;
    } else {
      // Pointing at or focusing a search button: start loading, and let the event be.
      if (searchButton && !requested) deliver(event);
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    deliver(event);
  };
  for (const type of ['keydown', 'click', 'pointerover', 'focusin']) document.addEventListener(type, hold, true);

  const watched = document.querySelectorAll('[data-enhance]');
  if (watched.length > 0) {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      load();
    });
    watched.forEach((element) => observer.observe(element));
  }

  const controls = document.querySelectorAll<HTMLSelectElement>('select[data-theme-control]');
  controls.forEach((control) => {
    control.value = document.documentElement.dataset['themeChoice'] || 'system';
    control.addEventListener('change', () => {
      if (!isTheme(control.value)) return;
      applyTheme(control.value);
      // Saved here, not by the module: the reader may follow a link before any module could arrive.
      saveTheme(control.value, stateVersion);
    });
  });

  if (serviceWorker) registerServiceWorker(serviceWorker, scope, (waiting) => deliver(new CustomEvent(UPDATE_EVENT, { detail: waiting })));
}
