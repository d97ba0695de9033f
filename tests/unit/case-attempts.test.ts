import { beforeEach, describe, expect, it } from 'vitest';
import { emptyState, validateState, type Attempt } from '../../src/lib/app-state';
import {
  attemptCounts,
  attemptId,
  averageScore,
  caseTrend,
  clockOf,
  completedAttempts,
  drawCase,
  newAttempt,
  openAttemptFor,
  openAttempts,
  summarizeAttempt,
  withClock,
  type AttemptRecords,
} from '../../src/lib/case-attempts';
import { finishTimer, nextPhase, startTimer } from '../../src/lib/case-timer';
import { STATE_KEY, loadState, type StorageLike } from '../../src/lib/storage';
import {
  discardAttempt,
  finishAttempt,
  markReviewed,
  nextPhaseOfAttempt,
  pauseAttempt,
  reopenAttempt,
  resumeAttempt,
  saveNote,
  saveScore,
  startAttempt,
} from '../../src/stores/case-attempts';
import { resetPersistenceForTests, useAppStore } from '../../src/stores/app-store';

const MIN = 60_000;
const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const PHASES = [
  { id: 'clarify', title: 'Clarify scope', minutes: 10 },
  { id: 'plan', title: 'Plan', minutes: 20 },
  { id: 'risks', title: 'Risks', minutes: 15 },
];

/** A finished attempt: `minutes` per phase actually spent, and scores. */
function finished(caseId: string, startAt: number, minutes: number[], scores: Record<string, number>, status: Attempt['status'] = 'reviewed'): [string, Attempt] {
  let clock = startTimer(startAt);
  let at = startAt;
  minutes.forEach((m, i) => {
    at += m * MIN;
    if (i < minutes.length - 1) clock = nextPhase(clock, PHASES.length, at);
  });
  clock = finishTimer(clock, at);
  const attempt = { ...withClock(newAttempt(caseId, PHASES, startAt), clock, at), scores, status };
  return [attemptId(caseId, startAt), attempt];
}

describe('reading attempts', () => {
  it('converts between the saved record and the clock without loss', () => {
    const clock = { startedAt: T0, pausedMs: 12_345, pausedAt: T0 + 20 * MIN, phaseChanges: [MIN, 5 * MIN], finishedAt: null };
    const attempt = withClock(newAttempt('case-a', PHASES, T0), clock, T0 + 20 * MIN);
    expect(clockOf(attempt)).toEqual(clock);
    expect(attempt.status).toBe('running');
    expect(withClock(attempt, finishTimer(clock, T0 + 21 * MIN), T0 + 21 * MIN).status).toBe('finished');
  });

  it('finds the open attempt for a case and the completed ones, oldest first', () => {
    const records: AttemptRecords = Object.fromEntries([
      finished('case-a', T0, [10, 20, 15], { x: 2 }),
      finished('case-a', T0 + 86_400_000, [9, 18, 15], { x: 3 }),
      finished('case-b', T0, [10, 20, 15], {}, 'finished'),
      [attemptId('case-a', T0 + 2 * 86_400_000), newAttempt('case-a', PHASES, T0 + 2 * 86_400_000)],
      [attemptId('case-a', T0 + 3), { updatedAt: new Date(T0).toISOString(), deleted: true as const }],
    ]);
    expect(openAttemptFor(records, 'case-a')?.id).toBe(attemptId('case-a', T0 + 2 * 86_400_000));
    expect(openAttemptFor(records, 'case-b')?.attempt.status).toBe('finished');
    expect(openAttemptFor(records, 'case-c')).toBeUndefined();
    expect(openAttempts(records).map((e) => e.attempt.caseId)).toEqual(['case-b', 'case-a']);
    expect(completedAttempts(records, 'case-a').map((e) => e.attempt.scores['x'])).toEqual([2, 3]);
    expect(attemptCounts(records).get('case-a')).toBe(3);
  });

  it('summarizes phase times against budget and the average score', () => {
    const [id, attempt] = finished('case-a', T0, [12, 20, 10], { scoping: 3, plan: 2, risks: 4, comms: 3 });
    const summary = summarizeAttempt({ id, attempt }, T0 + 99 * MIN);
    expect(summary.totalMs).toBe(42 * MIN);
    expect(summary.budgetMs).toBe(45 * MIN);
    expect(summary.phases.map((p) => [p.title, p.actualMs / MIN, p.deltaMs / MIN])).toEqual([
      ['Clarify scope', 12, 2],
      ['Plan', 20, 0],
      ['Risks', 10, -5],
    ]);
    expect(summary.averageScore).toBe(3);
    expect(averageScore({})).toBeNull();
  });

  it('describes the trend across attempts', () => {
    const summaries = [
      finished('case-a', T0, [15, 25, 15], { a: 2, b: 2 }),
      finished('case-a', T0 + 1, [12, 22, 15], {}),
      finished('case-a', T0 + 2, [10, 20, 16], { a: 3, b: 4 }),
    ].map(([id, attempt]) => summarizeAttempt({ id, attempt }, T0));
    const trend = caseTrend(summaries);
    expect(trend.scores).toEqual([2, 3.5]);
    expect(trend.direction).toBe('up');
    expect(trend.overMinutes).toEqual([10, 4, 1]);
    expect(trend.sentence).toBe(
      'Your average self-score went from 2.0 on your first scored attempt to 3.5 on your latest, across 2 scored attempts. Time: 1 min over budget last time, against 10 min over budget the first time.',
    );
    expect(caseTrend(summaries.slice(0, 1)).sentence).toBe('');
  });
});

describe('drawing a case', () => {
  it('prefers cases never attempted, then the least attempted, and not the one just drawn', () => {
    const records: AttemptRecords = Object.fromEntries([finished('case-a', T0, [1, 1, 1], {}), finished('case-b', T0, [1, 1, 1], {}), finished('case-b', T0 + 1, [1, 1, 1], {})]);
    for (let r = 0; r < 1; r += 0.1) expect(drawCase(['case-a', 'case-b', 'case-c'], records, { random: () => r })).toBe('case-c');
    expect(drawCase(['case-a', 'case-b'], records, { random: () => 0.5 })).toBe('case-a');
    expect(drawCase(['case-a', 'case-b'], records, { avoid: 'case-a' })).toBe('case-b');
    expect(drawCase(['case-a'], records, { avoid: 'case-a' })).toBe('case-a');
    expect(drawCase([], records)).toBeUndefined();
  });
});

describe('saved attempts that do not validate', () => {
  const good = finished('case-a', T0, [10, 20, 15], { scoping: 3 });
  const variants: Record<string, unknown> = {
    'a score of 5': { ...good[1], scores: { scoping: 5 } },
    'phase changes out of order': { ...good[1], phaseChanges: [20 * MIN, 10 * MIN] },
    'more phase changes than phases': { ...good[1], phaseChanges: [1, 2, 3] },
    'running with a finish time': { ...good[1], status: 'running' },
    'a note under a key that is not a phase id': { ...good[1], notes: { 'Phase One': 'x' } },
    'a start that is not a date': { ...good[1], startedAt: 'yesterday' },
  };
  for (const [what, bad] of Object.entries(variants)) {
    it(`sets aside an attempt with ${what} and keeps the rest`, () => {
      const input = { ...emptyState(), attempts: { [good[0]]: good[1], 'case-a@bad': bad } };
      const { state, rejected } = validateState(JSON.parse(JSON.stringify(input)));
      expect(rejected).toEqual(['attempts.case-a@bad']);
      expect(Object.keys(state.attempts)).toEqual([good[0]]);
    });
  }

  it('drops a prototype key inside an attempt without touching any prototype', () => {
    const raw = `{"attempts":{"case-a@x":${JSON.stringify(good[1]).replace('"notes":{}', '"notes":{"__proto__":{"polluted":true}}')}}}`;
    expect(raw).toContain('__proto__');
    const { state, rejected } = validateState(JSON.parse(raw));
    expect(rejected).toEqual([]);
    expect((state.attempts['case-a@x'] as Attempt).notes).toEqual({});
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('backs up the stored text and tells the reader', () => {
    const data = new Map<string, string>();
    const storage: StorageLike = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
    const raw = JSON.stringify({ version: 1, state: { attempts: { [good[0]]: good[1], 'case-a@bad': { caseId: 'case-a', status: 'running' } } } });
    data.set(STATE_KEY, raw);
    const result = loadState(storage, new Date(T0));
    expect(result.notices[0]?.kind).toBe('rejected-records');
    expect(result.notices[0]?.message).toMatch(/attempts\.case-a@bad/);
    expect([...data.values()]).toContain(raw);
    expect(Object.keys(result.state.attempts)).toEqual([good[0]]);
  });
});

describe('attempt actions on the store', () => {
  beforeEach(() => resetPersistenceForTests());

  it('runs an attempt from start to review', () => {
    const id = startAttempt('case-a', PHASES, T0);
    const get = () => useAppStore.getState().saved.attempts[id] as Attempt;
    expect(get().status).toBe('running');
    pauseAttempt(id, T0 + 5 * MIN);
    expect(get().pausedAt).toBe(new Date(T0 + 5 * MIN).toISOString());
    resumeAttempt(id, T0 + 7 * MIN);
    expect(get().pausedMs).toBe(2 * MIN);
    nextPhaseOfAttempt(id, T0 + 10 * MIN);
    expect(get().phaseChanges).toEqual([8 * MIN]);
    saveNote(id, 'plan', 'Workstreams: identity, web, mobile', T0 + 11 * MIN);
    finishAttempt(id, T0 + 20 * MIN);
    expect(get().status).toBe('finished');
    reopenAttempt(id, T0 + 21 * MIN);
    expect(get().status).toBe('running');
    expect(get().pausedAt).toBe(new Date(T0 + 20 * MIN).toISOString());
    finishAttempt(id, T0 + 22 * MIN);
    saveScore(id, 'scoping', 3, T0 + 23 * MIN);
    saveScore(id, 'scoping', 9, T0 + 23 * MIN);
    expect(get().scores).toEqual({ scoping: 3 });
    markReviewed(id, T0 + 24 * MIN);
    expect(get()).toMatchObject({ status: 'reviewed', notes: { plan: 'Workstreams: identity, web, mobile' } });
    expect(validateState(JSON.parse(JSON.stringify(useAppStore.getState().saved))).rejected).toEqual([]);
    discardAttempt(id, T0 + 25 * MIN);
    expect(get()).toMatchObject({ deleted: true });
  });
});
