import { describe, expect, it } from 'vitest';
import { emptyState } from '../../src/lib/app-state';
import { finishedAttempts, userStories } from '../../src/islands/progress/derive';

describe('reading other features into the dashboard', () => {
  it('reads finished attempts with their average score, and skips running ones', () => {
    const saved = emptyState();
    const phases = [{ id: 'clarify-scope', title: 'Clarify', minutes: 45 }];
    saved.attempts['a@1'] = { updatedAt: '2026-11-22T10:00:00Z', caseId: 'case-x', status: 'finished', startedAt: '2026-11-22T09:00:00Z', pausedMs: 0, pausedAt: null, phaseChanges: [], finishedAt: '2026-11-22T09:45:00Z', phases, notes: {}, scores: { scoping: 4, risks: 2 } };
    saved.attempts['a@2'] = { updatedAt: '2026-11-22T11:00:00Z', caseId: 'case-x', status: 'running', startedAt: '2026-11-22T11:00:00Z', pausedMs: 0, pausedAt: null, phaseChanges: [], finishedAt: null, phases, notes: {}, scores: {} };
    const cases = [{ id: 'case-x', title: 'X', url: '/cases/case-x/', kind: 'program' as const, minutes: 45, rubric: ['scoping', 'risks'] }];
    expect(finishedAttempts(saved, cases)).toEqual([{ caseId: 'case-x', kind: 'program', averageScore: 3, finishedAt: '2026-11-22T09:45:00Z' }]);
  });

  it('reads the competencies of the reader’s own stories', () => {
    const saved = emptyState();
    saved.userStories['s1'] = { updatedAt: '2026-11-22T10:00:00Z', createdAt: '2026-11-22T10:00:00Z', title: 'T', situation: '', task: '', action: '', result: '', competencies: { 'earning-trust': 'primary', prioritizing: 'secondary' } };
    expect(userStories(saved)).toEqual([{ competencies: ['earning-trust', 'prioritizing'] }]);
  });
});
