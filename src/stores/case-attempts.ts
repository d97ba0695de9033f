/** Case-attempt actions on the shared store. Timer arithmetic lives in src/lib/case-timer.ts. */
import { isLive, putRecords, type Attempt } from '../lib/app-state';
import { attemptId, clockOf, newAttempt, withClock, type AttemptPhase } from '../lib/case-attempts';
import {
  excludeInterval,
  finishTimer,
  nextPhase,
  pauseTimer,
  reopenTimer,
  resumeTimer,
  type TimerState,
} from '../lib/case-timer';
import { useAppStore } from './app-store';

function current(id: string): Attempt | undefined {
  const record = useAppStore.getState().saved.attempts[id];
  return isLive(record) ? (record as Attempt) : undefined;
}

function put(id: string, attempt: Attempt): void {
  useAppStore.getState().updateSaved((s) => putRecords(s, { attempts: { [id]: attempt } }));
}

function updateClock(id: string, now: number, change: (clock: TimerState, attempt: Attempt) => TimerState): void {
  const attempt = current(id);
  if (!attempt) return;
  const before = clockOf(attempt);
  const after = change(before, attempt);
  if (after === before) return;
  put(id, withClock(attempt, after, now));
}

/** Starts a timed attempt at a case and returns its id. */
export function startAttempt(caseId: string, phases: readonly AttemptPhase[], now = Date.now()): string {
  const id = attemptId(caseId, now);
  put(id, newAttempt(caseId, phases, now));
  return id;
}

export function pauseAttempt(id: string, now = Date.now()): void {
  updateClock(id, now, (clock) => pauseTimer(clock, now));
}

export function resumeAttempt(id: string, now = Date.now()): void {
  updateClock(id, now, (clock) => resumeTimer(clock, now));
}

export function nextPhaseOfAttempt(id: string, now = Date.now()): void {
  updateClock(id, now, (clock, attempt) => nextPhase(clock, attempt.phases.length, now));
}

/** Ends the round; the attempt waits for self-scores. */
export function finishAttempt(id: string, now = Date.now()): void {
  updateClock(id, now, (clock) => finishTimer(clock, now));
}

/** Takes back a finish: the round returns, paused, to where it was. */
export function reopenAttempt(id: string, now = Date.now()): void {
  const attempt = current(id);
  if (!attempt || attempt.status !== 'finished') return;
  put(id, withClock(attempt, reopenTimer(clockOf(attempt)), now));
}

/** Leaves a stretch of wall time out of the round, as if it had been paused (the computer slept). */
export function excludeGap(id: string, from: number, to: number, now = Date.now()): void {
  updateClock(id, now, (clock) => excludeInterval(clock, from, to));
}

export function saveNote(id: string, phaseId: string, text: string, now = Date.now()): void {
  const attempt = current(id);
  if (!attempt || attempt.notes[phaseId] === text) return;
  put(id, { ...attempt, notes: { ...attempt.notes, [phaseId]: text }, updatedAt: new Date(now).toISOString() });
}

export function saveScore(id: string, criterionId: string, score: number, now = Date.now()): void {
  const attempt = current(id);
  if (!attempt || !Number.isInteger(score) || score < 1 || score > 4) return;
  put(id, { ...attempt, scores: { ...attempt.scores, [criterionId]: score }, updatedAt: new Date(now).toISOString() });
}

/** The reader has seen the model walkthrough; the attempt joins the case's history. */
export function markReviewed(id: string, now = Date.now()): void {
  const attempt = current(id);
  if (!attempt || attempt.status === 'running') return;
  put(id, { ...attempt, status: 'reviewed', updatedAt: new Date(now).toISOString() });
}

/** Deletes an attempt (a tombstone, so another tab cannot bring it back). */
export function discardAttempt(id: string, now = Date.now()): void {
  useAppStore.getState().updateSaved((s) => putRecords(s, { attempts: { [id]: { updatedAt: new Date(now).toISOString(), deleted: true } } }));
}
