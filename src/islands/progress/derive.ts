/**
 * Reading other features' saved slices into the shapes src/lib/progress-summary.ts takes. The slices were validated
 * record by record when they were loaded (src/lib/app-state.ts), so only tombstones need skipping here.
 */
import { isLive, type SavedState } from '../../lib/app-state';
import { averageScore } from '../../lib/case-attempts';
import type { AttemptSummary } from '../../lib/progress-summary';

export interface CaseRef {
  id: string;
  title: string;
  url: string;
  kind: AttemptSummary['kind'];
  minutes: number;
  rubric: string[];
}

/** Finished case attempts with an average self-score, oldest first. */
export function finishedAttempts(saved: SavedState, cases: readonly CaseRef[]): (AttemptSummary & { finishedAt: string })[] {
  const byId = new Map(cases.map((c) => [c.id, c]));
  return Object.values(saved.attempts)
    .filter(isLive)
    .flatMap((attempt) => {
      const ref = byId.get(attempt.caseId);
      const average = averageScore(attempt.scores);
      if (!ref || attempt.finishedAt === null || average === null) return [];
      return [{ caseId: ref.id, kind: ref.kind, averageScore: average, finishedAt: attempt.finishedAt }];
    })
    .sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
}

/** The competencies of each of the reader's own STAR stories in the story bank. */
export function userStories(saved: SavedState): { competencies: string[] }[] {
  return Object.values(saved.userStories)
    .filter(isLive)
    .map((story) => ({ competencies: Object.keys(story.competencies) }));
}
