/** Lesson status actions on the shared store. */
import { isLive, putRecords, type LessonProgress } from '../lib/app-state';
import { useAppStore } from './app-store';

export function lessonStatus(lessons: Record<string, unknown>, id: string): LessonProgress['status'] | undefined {
  const record = lessons[id] as LessonProgress | { deleted: true; updatedAt: string } | undefined;
  return record && isLive(record) ? (record as LessonProgress).status : undefined;
}

export function setLessonComplete(id: string, complete: boolean, now = new Date()): void {
  useAppStore.getState().updateSaved((s) => {
    const previous = s.lessons[id];
    const visitedAt = previous && isLive(previous) ? (previous as LessonProgress).visitedAt : undefined;
    const record: LessonProgress = { status: complete ? 'complete' : 'started', updatedAt: now.toISOString(), ...(visitedAt ? { visitedAt } : {}) };
    return putRecords(s, { lessons: { [id]: record } });
  });
}
