/**
 * Records that a lesson was opened, for "continue where you left off", without loading any script bundle: the inline
 * page boot runs it on pages whose `[data-record-visit]` element names a `data-lesson-id`. A completed lesson stays
 * complete.
 */
import { changeSavedRecord } from './saved-envelope';

export function recordLessonVisit(lessonId: string, stateVersion: number): void {
  changeSavedRecord(stateVersion, (state, now) => {
    const lessons = (state['lessons'] as Record<string, Record<string, unknown>> | undefined) ?? {};
    const previous = lessons[lessonId];
    const status = previous && previous['status'] === 'complete' ? 'complete' : 'started';
    lessons[lessonId] = { ...(previous && !('deleted' in previous) ? previous : {}), status, visitedAt: now, updatedAt: now };
    state['lessons'] = lessons;
  });
}
