/**
 * Reading saved case attempts: the clock inside a record, which attempt is open for a case, each attempt's phase times
 * and scores, the trend across attempts, and which case to draw next. Timer arithmetic itself is in case-timer.ts.
 */
import { isLive, type Attempt, type Tombstone } from './app-state';
import { budgetsFromMinutes, phaseResults, type PhaseResult, type TimerState } from './case-timer';

export type AttemptRecords = Record<string, Attempt | Tombstone>;

export interface AttemptEntry {
  id: string;
  attempt: Attempt;
}

/** A phase as an attempt stores it. */
export interface AttemptPhase {
  id: string;
  title: string;
  minutes: number;
}

export function attemptId(caseId: string, startedAt: number): string {
  return `${caseId}@${new Date(startedAt).toISOString()}`;
}

/** The timer state a saved attempt holds. */
export function clockOf(attempt: Attempt): TimerState {
  return {
    startedAt: Date.parse(attempt.startedAt),
    pausedMs: attempt.pausedMs,
    pausedAt: attempt.pausedAt === null ? null : Date.parse(attempt.pausedAt),
    phaseChanges: [...attempt.phaseChanges],
    finishedAt: attempt.finishedAt === null ? null : Date.parse(attempt.finishedAt),
  };
}

/** The attempt with a new clock. Finishing moves a running attempt to scoring; reopening moves it back. */
export function withClock(attempt: Attempt, clock: TimerState, now: number): Attempt {
  const finished = clock.finishedAt !== null;
  return {
    ...attempt,
    updatedAt: new Date(now).toISOString(),
    status: finished ? (attempt.status === 'running' ? 'finished' : attempt.status) : 'running',
    startedAt: new Date(clock.startedAt).toISOString(),
    pausedMs: Math.round(clock.pausedMs),
    pausedAt: clock.pausedAt === null ? null : new Date(clock.pausedAt).toISOString(),
    phaseChanges: clock.phaseChanges.map((ms) => Math.round(ms)),
    finishedAt: clock.finishedAt === null ? null : new Date(clock.finishedAt).toISOString(),
  };
}

/** A new attempt record, started at `now`. */
export function newAttempt(caseId: string, phases: readonly AttemptPhase[], now: number): Attempt {
  const at = new Date(now).toISOString();
  return {
    updatedAt: at,
    caseId,
    status: 'running',
    startedAt: at,
    pausedMs: 0,
    pausedAt: null,
    phaseChanges: [],
    finishedAt: null,
    phases: phases.map(({ id, title, minutes }) => ({ id, title, minutes })),
    notes: {},
    scores: {},
  };
}

export function budgetsOf(attempt: Attempt): number[] {
  return budgetsFromMinutes(attempt.phases.map((phase) => phase.minutes));
}

function liveEntries(records: AttemptRecords): AttemptEntry[] {
  const entries: AttemptEntry[] = [];
  for (const [id, record] of Object.entries(records)) if (isLive(record)) entries.push({ id, attempt: record as Attempt });
  return entries;
}

const byStart = (a: AttemptEntry, b: AttemptEntry) => Date.parse(a.attempt.startedAt) - Date.parse(b.attempt.startedAt) || a.id.localeCompare(b.id);

/** Attempts not yet reviewed (running, paused or waiting for scores), oldest first, across all cases. */
export function openAttempts(records: AttemptRecords): AttemptEntry[] {
  return liveEntries(records)
    .filter((entry) => entry.attempt.status !== 'reviewed')
    .sort(byStart);
}

/** The case's open attempt, the latest if (from two tabs) there are several. */
export function openAttemptFor(records: AttemptRecords, caseId: string): AttemptEntry | undefined {
  const open = openAttempts(records).filter((entry) => entry.attempt.caseId === caseId);
  return open[open.length - 1];
}

/** The case's completed attempts (finished or reviewed), oldest first. */
export function completedAttempts(records: AttemptRecords, caseId: string): AttemptEntry[] {
  return liveEntries(records)
    .filter((entry) => entry.attempt.caseId === caseId && entry.attempt.status !== 'running')
    .sort(byStart);
}

/** The mean of the scores given, or null when none were. */
export function averageScore(scores: Readonly<Record<string, number>>): number | null {
  const values = Object.values(scores);
  if (values.length === 0) return null;
  return values.reduce((sum, score) => sum + score, 0) / values.length;
}

export interface PhaseSummary extends PhaseResult {
  id: string;
  title: string;
}

export interface AttemptSummary {
  id: string;
  startedAt: string;
  totalMs: number;
  budgetMs: number;
  phases: PhaseSummary[];
  averageScore: number | null;
  scores: Record<string, number>;
}

export function summarizeAttempt(entry: AttemptEntry, now: number): AttemptSummary {
  const { attempt } = entry;
  const budgets = budgetsOf(attempt);
  const results = phaseResults(clockOf(attempt), budgets, now);
  const phases = results.map((result) => ({ ...result, id: attempt.phases[result.index]?.id ?? '', title: attempt.phases[result.index]?.title ?? '' }));
  return {
    id: entry.id,
    startedAt: attempt.startedAt,
    totalMs: results.reduce((sum, r) => sum + r.actualMs, 0),
    budgetMs: budgets.reduce((sum, ms) => sum + ms, 0),
    phases,
    averageScore: averageScore(attempt.scores),
    scores: { ...attempt.scores },
  };
}

export interface CaseTrend {
  attempts: number;
  /** Average self-score of each attempt that was scored, oldest first. */
  scores: number[];
  /** Minutes over (positive) or under (negative) the round's budget, per attempt, oldest first. */
  overMinutes: number[];
  /** The latest scored attempt against the mean of the earlier ones. */
  direction: 'up' | 'down' | 'flat' | null;
  /** What changed, in a sentence or two; empty until there are two attempts. */
  sentence: string;
}

const oneDecimal = (value: number) => (Math.round(value * 10) / 10).toFixed(1);

function overWords(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes === 0) return 'on time';
  return `${minutes} min ${ms > 0 ? 'over' : 'under'} budget`;
}

/** How attempts at one case have gone over time: self-scores and time against the budget. */
export function caseTrend(summaries: readonly AttemptSummary[]): CaseTrend {
  const scores = summaries.map((s) => s.averageScore).filter((score): score is number => score !== null);
  const overMinutes = summaries.map((s) => (s.totalMs - s.budgetMs) / 60_000);
  let direction: CaseTrend['direction'] = null;
  if (scores.length >= 2) {
    const last = scores[scores.length - 1] ?? 0;
    const earlier = scores.slice(0, -1).reduce((sum, score) => sum + score, 0) / (scores.length - 1);
    direction = last - earlier > 0.05 ? 'up' : earlier - last > 0.05 ? 'down' : 'flat';
  }
  const parts: string[] = [];
  if (scores.length >= 2) {
    parts.push(
      `Your average self-score went from ${oneDecimal(scores[0] ?? 0)} on your first scored attempt to ${oneDecimal(scores[scores.length - 1] ?? 0)} on your latest, across ${scores.length} scored attempts.`,
    );
  }
  if (summaries.length >= 2) {
    const first = summaries[0]!;
    const last = summaries[summaries.length - 1]!;
    parts.push(`Time: ${overWords(last.totalMs - last.budgetMs)} last time, against ${overWords(first.totalMs - first.budgetMs)} the first time.`);
  }
  return { attempts: summaries.length, scores, overMinutes, direction, sentence: parts.join(' ') };
}

/** How many times each case has been attempted (any status), by case id. */
export function attemptCounts(records: AttemptRecords): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { attempt } of liveEntries(records)) counts.set(attempt.caseId, (counts.get(attempt.caseId) ?? 0) + 1);
  return counts;
}

/**
 * Draws a case to practise: one never attempted if there is any, otherwise one of the least attempted. `avoid` (the
 * case just drawn) is not drawn again unless it is the only choice.
 */
export function drawCase(caseIds: readonly string[], records: AttemptRecords, options: { avoid?: string | undefined; random?: () => number } = {}): string | undefined {
  const { avoid, random = Math.random } = options;
  const pool = caseIds.length > 1 ? caseIds.filter((id) => id !== avoid) : [...caseIds];
  if (pool.length === 0) return undefined;
  const counts = attemptCounts(records);
  const least = Math.min(...pool.map((id) => counts.get(id) ?? 0));
  const candidates = pool.filter((id) => (counts.get(id) ?? 0) === least);
  return candidates[Math.min(candidates.length - 1, Math.floor(random() * candidates.length))];
}
