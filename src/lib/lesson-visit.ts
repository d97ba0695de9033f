/**
 * Records that a lesson was opened, for "continue where you left off", without loading any script bundle: the inline
 * page boot runs it on pages whose `[data-record-visit]` element names a `data-lesson-id`. It writes the lesson's
 * record in the state envelope with a fresh `updatedAt`, which the store's per-record merge then keeps.
 */
export function recordLessonVisit(lessonId: string, stateVersion: number): void {
  const key = 'critical-path:state';
  try {
    const raw = window.localStorage.getItem(key);
    const envelope: { version: number; state: Record<string, unknown> } | null = raw ? JSON.parse(raw) : { version: stateVersion, state: {} };
    // Leave unreadable or newer data alone: the store backs it up or keeps it untouched.
    if (!envelope || typeof envelope !== 'object' || typeof envelope.state !== 'object' || envelope.state === null) return;
    if (typeof envelope.version !== 'number' || envelope.version > stateVersion) return;
    const now = new Date().toISOString();
    const lessons = (envelope.state['lessons'] as Record<string, Record<string, unknown>> | undefined) ?? {};
    const previous = lessons[lessonId];
    const status = previous && previous.status === 'complete' ? 'complete' : 'started';
    lessons[lessonId] = { ...(previous && !('deleted' in previous) ? previous : {}), status, visitedAt: now, updatedAt: now };
    envelope.state['lessons'] = lessons;
    window.localStorage.setItem(key, JSON.stringify(envelope));
  } catch {
    // Storage unavailable or full: the visit is simply not remembered.
  }
}
