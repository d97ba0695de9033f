/**
 * `client:visible-or-key="m"`: hydrates an island when it scrolls into view or when the reader presses its keyboard
 * shortcut, whichever comes first, so a lesson page loads no script until the reader reaches the island or asks for
 * it. A shortcut that woke the island is left in `window.criticalPathPendingShortcut` for the island to act on.
 */
import type { ClientDirective } from 'astro';

declare global {
  interface Window {
    criticalPathPendingShortcut?: string | undefined;
  }
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

const visibleOrKey: ClientDirective = (load, options, element) => {
  const key = String(options.value ?? '').toLowerCase();
  let started = false;
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) void start();
  });
  function onKey(event: KeyboardEvent) {
    if (!key || event.key.toLowerCase() !== key || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    event.preventDefault();
    window.criticalPathPendingShortcut = key;
    void start();
  }
  async function start() {
    if (started) return;
    started = true;
    observer.disconnect();
    document.removeEventListener('keydown', onKey);
    const hydrate = await load();
    await hydrate();
  }
  // The island element itself has `display: contents`, so watch its children.
  for (const child of Array.from(element.children)) observer.observe(child);
  document.addEventListener('keydown', onKey);
};

export default visibleOrKey;
