/**
 * Reading other features' saved slices into the shapes src/lib/progress-summary.ts takes. Slices that a build does not
 * have yet simply read as empty.
 */
import { isLive, isPlainObject, type SavedState, type TimestampedRecord } from '../../lib/app-state';
import type { AttemptSummary } from '../../lib/progress-summary';

export interface CaseRef {
  id: string;
  title: string;
  url: string;
  kind: AttemptSummary['kind'];
  minutes: number;
  rubric: string[];
}

function liveValues(slice: unknown): Record<string, unknown>[] {
  if (!isPlainObject(slice)) return [];
  return Object.values(slice).filter((record): record is Record<string, unknown> => isPlainObject(record) && isLive(record as TimestampedRecord));
}

/** Finished case attempts with an average self-score. */
export function finishedAttempts(saved: SavedState, cases: readonly CaseRef[]): (AttemptSummary & { finishedAt: string })[] {
  const byId = new Map(cases.map((c) => [c.id, c]));
  return liveValues(saved['attempts'])
    .map((attempt) => {
      const ref = byId.get(String(attempt['caseId']));
      const scores = isPlainObject(attempt['scores']) ? Object.values(attempt['scores']).filter((n): n is number => typeof n === 'number') : [];
      const finishedAt = typeof attempt['finishedAt'] === 'string' ? attempt['finishedAt'] : undefined;
      if (!ref || !finishedAt || scores.length === 0) return undefined;
      return { caseId: ref.id, kind: ref.kind, averageScore: scores.reduce((a, b) => a + b, 0) / scores.length, finishedAt };
    })
    .filter((a): a is AttemptSummary & { finishedAt: string } => a !== undefined)
    .sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
}

/** The reader's own STAR stories from the story bank. */
export function userStories(saved: SavedState): { competencies: string[] }[] {
  // The story bank keeps competencies as a map of competency id to strength (primary or secondary).
  return liveValues(saved['userStories']).map((story) => ({
    competencies: isPlainObject(story['competencies']) ? Object.keys(story['competencies']) : [],
  }));
}
