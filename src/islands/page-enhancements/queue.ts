/**
 * The hand-over between the inline boot (`boot.ts`) and the enhancements module (`enhance.ts`): the events the boot
 * held back while the module was on its way, in the order they happened, and the one it makes itself. It lives on
 * `window` because the two are separate scripts.
 */
const QUEUE_KEY = '__criticalPathQueue';

/** On `window`, detail the waiting service worker or null: a new version of the site is ready. */
export const UPDATE_EVENT = 'critical-path:update';

type QueueHolder = Window & { [QUEUE_KEY]?: Event[] | null };

/** Starts a queue for the boot; the boot stops queueing once `isCurrentQueue` turns false. */
export function startQueue(): Event[] {
  const queue: Event[] = [];
  (window as QueueHolder)[QUEUE_KEY] = queue;
  return queue;
}

export function isCurrentQueue(queue: Event[]): boolean {
  return (window as QueueHolder)[QUEUE_KEY] === queue;
}

/** For the enhancements module, once: the queued events, after which the boot stands down. */
export function takeQueuedEvents(): Event[] {
  const holder = window as QueueHolder;
  const queue = holder[QUEUE_KEY] ?? [];
  holder[QUEUE_KEY] = null;
  return queue;
}
