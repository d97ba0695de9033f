/**
 * Mounts the page's `[data-enhance="name"]` elements when they scroll into view or when the key named by their
 * `data-shortcut` is pressed, whichever comes first. A key that woke an element is left in
 * `window.criticalPathPendingShortcut` for the mounted component to act on.
 */
import { isTypingTarget } from '../../lib/typing-target';

declare global {
  interface Window {
    criticalPathPendingShortcut?: string | undefined;
  }
}

/** Loads the code that mounts one kind of element. */
export type Mounter = () => Promise<{ mount: (host: HTMLElement) => void }>;

export interface OnDemand {
  replay: (event: Event) => boolean;
}

export function installOnDemand(mounters: Readonly<Record<string, Mounter>>): OnDemand {
  const waiting = new Set(document.querySelectorAll<HTMLElement>('[data-enhance]'));

  const start = (host: HTMLElement) => {
    if (!waiting.delete(host)) return;
    observer.unobserve(host);
    const mounter = mounters[host.dataset['enhance'] ?? ''];
    if (!mounter) throw new Error(`Nothing mounts data-enhance="${host.dataset['enhance']}".`);
    void mounter().then(({ mount }) => mount(host));
  };

  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) if (entry.isIntersecting) start(entry.target as HTMLElement);
  });
  waiting.forEach((host) => observer.observe(host));

  const onKey = (event: KeyboardEvent, replayed: boolean): boolean => {
    if ((event.defaultPrevented && !replayed) || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return false;
    const key = event.key.toLowerCase();
    const host = [...waiting].find((element) => element.dataset['shortcut'] === key);
    if (!host) return false;
    event.preventDefault();
    window.criticalPathPendingShortcut = key;
    start(host);
    return true;
  };
  document.addEventListener('keydown', (event) => void onKey(event, false));

  return { replay: (event) => event instanceof KeyboardEvent && onKey(event, true) };
}
