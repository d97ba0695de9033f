/**
 * Timer arithmetic for timed rounds (cases and behavioral drills), computed from the wall clock alone.
 *
 * A clock is a handful of instants: when it started, how long it has spent paused, when the current pause began, the
 * round time at which each later phase began, and when it finished. Every reading is derived from those and `now`, so
 * nothing depends on how often (or whether) a tick ran: a throttled background tab, a sleeping laptop or a reload all
 * read the same time. Nothing here counts intervals.
 *
 * "Round time" is wall time since the start minus time spent paused. All values are milliseconds; instants are epoch
 * milliseconds (`Date.now()`).
 */

export interface TimerState {
  /** Epoch ms when the round started. */
  startedAt: number;
  /** Total length of finished pauses, in ms. */
  pausedMs: number;
  /** Epoch ms when the current pause began; null while running or finished. */
  pausedAt: number | null;
  /** Round time (ms) at which each phase after the first began, in order; its length is the current phase index. */
  phaseChanges: number[];
  /** Epoch ms when the round finished; null until then. */
  finishedAt: number | null;
}

export type TimerStatus = 'running' | 'paused' | 'finished';

export const MINUTE_MS = 60_000;

export function startTimer(now: number): TimerState {
  return { startedAt: now, pausedMs: 0, pausedAt: null, phaseChanges: [], finishedAt: null };
}

export function timerStatus(state: TimerState): TimerStatus {
  if (state.finishedAt !== null) return 'finished';
  return state.pausedAt !== null ? 'paused' : 'running';
}

/**
 * Round time at `now`: wall time since the start, less pauses. Frozen while paused and after finishing. Never negative,
 * and never earlier than the last phase change, so a wall clock set backwards cannot make time run in reverse.
 */
export function elapsedMs(state: TimerState, now: number): number {
  const end = state.finishedAt ?? state.pausedAt ?? now;
  const raw = end - state.startedAt - state.pausedMs;
  const floor = state.phaseChanges[state.phaseChanges.length - 1] ?? 0;
  return Math.max(raw, floor, 0);
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  if (timerStatus(state) !== 'running') return state;
  return { ...state, pausedAt: Math.max(now, state.startedAt) };
}

export function resumeTimer(state: TimerState, now: number): TimerState {
  if (timerStatus(state) !== 'paused' || state.pausedAt === null) return state;
  return { ...state, pausedMs: state.pausedMs + Math.max(0, now - state.pausedAt), pausedAt: null };
}

/** The index of the phase the round is in (0-based). */
export function phaseIndex(state: TimerState): number {
  return state.phaseChanges.length;
}

/** Moves to the next phase at `now`; does nothing on the last phase or once finished. Works while paused. */
export function nextPhase(state: TimerState, phaseCount: number, now: number): TimerState {
  if (state.finishedAt !== null || phaseIndex(state) >= phaseCount - 1) return state;
  return { ...state, phaseChanges: [...state.phaseChanges, elapsedMs(state, now)] };
}

/** Ends the round at `now` (a pause in progress ends with it). */
export function finishTimer(state: TimerState, now: number): TimerState {
  if (state.finishedAt !== null) return state;
  const closed = resumeTimer(state, now);
  // Keep the finish at or after the last phase change, so the round time it freezes is the one elapsedMs reports.
  const finishedAt = Math.max(now, closed.startedAt + closed.pausedMs + (closed.phaseChanges[closed.phaseChanges.length - 1] ?? 0));
  return { ...closed, finishedAt };
}

/** Undoes a finish: the round returns, paused, to the time it showed when it finished. */
export function reopenTimer(state: TimerState): TimerState {
  if (state.finishedAt === null) return state;
  return { ...state, pausedAt: state.finishedAt, finishedAt: null };
}

/**
 * Treats a stretch of wall time [from, to] as paused, e.g. while the computer slept, as if Pause had been pressed at
 * `from` and Resume at `to`. Only for a running round; phase changes made after `from` move back with it.
 */
export function excludeInterval(state: TimerState, from: number, to: number): TimerState {
  if (timerStatus(state) !== 'running' || to <= from) return state;
  const origin = state.startedAt + state.pausedMs;
  const gapStart = Math.max(0, from - origin);
  const gap = Math.max(0, to - origin - gapStart);
  if (gap === 0) return state;
  const phaseChanges = state.phaseChanges.map((change) => (change > gapStart ? change - Math.min(gap, change - gapStart) : change));
  return { ...state, pausedMs: state.pausedMs + gap, phaseChanges };
}

/** Time spent in each phase entered so far (ms); the last entry is the current phase, still counting if running. */
export function phaseTimes(state: TimerState, now: number): number[] {
  const total = elapsedMs(state, now);
  const bounds = [0, ...state.phaseChanges, total];
  const times: number[] = [];
  for (let i = 0; i < bounds.length - 1; i += 1) times.push(Math.max(0, (bounds[i + 1] ?? 0) - (bounds[i] ?? 0)));
  return times;
}

export interface TimerReading {
  status: TimerStatus;
  /** Round time so far. */
  elapsedMs: number;
  roundBudgetMs: number;
  /** Time left in the round; negative in overtime. */
  roundLeftMs: number;
  /** How far the round is past its budget; 0 within it. */
  roundOvertimeMs: number;
  phaseIndex: number;
  /** Time in the current phase so far. */
  phaseElapsedMs: number;
  phaseBudgetMs: number;
  /** Time left in the current phase; negative in overtime. */
  phaseLeftMs: number;
  /** How far the current phase is past its budget; 0 within it. */
  phaseOvertimeMs: number;
  /** Whether this is the last phase. */
  lastPhase: boolean;
}

/** Everything a clock display needs, for phase budgets given in ms. */
export function readTimer(state: TimerState, budgetsMs: readonly number[], now: number): TimerReading {
  const elapsed = elapsedMs(state, now);
  const index = Math.min(phaseIndex(state), Math.max(0, budgetsMs.length - 1));
  const phaseStart = state.phaseChanges[index - 1] ?? 0;
  const phaseElapsed = Math.max(0, elapsed - phaseStart);
  const phaseBudget = budgetsMs[index] ?? 0;
  const roundBudget = budgetsMs.reduce((sum, ms) => sum + ms, 0);
  return {
    status: timerStatus(state),
    elapsedMs: elapsed,
    roundBudgetMs: roundBudget,
    roundLeftMs: roundBudget - elapsed,
    roundOvertimeMs: Math.max(0, elapsed - roundBudget),
    phaseIndex: index,
    phaseElapsedMs: phaseElapsed,
    phaseBudgetMs: phaseBudget,
    phaseLeftMs: phaseBudget - phaseElapsed,
    phaseOvertimeMs: Math.max(0, phaseElapsed - phaseBudget),
    lastPhase: index >= budgetsMs.length - 1,
  };
}

/** Minutes to milliseconds, for phase budgets written in minutes. */
export function budgetsFromMinutes(minutes: readonly number[]): number[] {
  return minutes.map((m) => Math.round(m * MINUTE_MS));
}

export type PhaseState = 'done' | 'current' | 'skipped' | 'upcoming';

export interface PhaseResult {
  index: number;
  budgetMs: number;
  /** Time spent in the phase; 0 for phases not reached. */
  actualMs: number;
  /** actual minus budget: positive over, negative under. Only meaningful for done and current phases. */
  deltaMs: number;
  state: PhaseState;
}

/**
 * Each phase's time against its budget. Once finished, phases after the one the round ended in count as skipped (the
 * reader finished without reaching them).
 */
export function phaseResults(state: TimerState, budgetsMs: readonly number[], now: number): PhaseResult[] {
  const times = phaseTimes(state, now);
  const current = phaseIndex(state);
  const finished = state.finishedAt !== null;
  return budgetsMs.map((budgetMs, index) => {
    const actualMs = times[index] ?? 0;
    const phase: PhaseState =
      index < current ? 'done' : index === current ? (finished ? 'done' : 'current') : finished ? 'skipped' : 'upcoming';
    return { index, budgetMs, actualMs, deltaMs: actualMs - budgetMs, state: phase };
  });
}

/** Which budget, if any, ran out between two readings of the same round: for a chime or an announcement, once. */
export function budgetRanOut(before: TimerReading, after: TimerReading): 'phase' | 'round' | null {
  if (before.roundOvertimeMs === 0 && after.roundOvertimeMs > 0) return 'round';
  if (before.phaseIndex === after.phaseIndex && before.phaseOvertimeMs === 0 && after.phaseOvertimeMs > 0) return 'phase';
  return null;
}

/**
 * Whether the time between two ticks is too long to be ordinary tab throttling (browsers slow hidden tabs' timers to
 * about once a minute), so the computer probably slept or the tab was frozen.
 */
export const SLEEP_GAP_MS = 2 * MINUTE_MS;

export function isSleepGap(lastTick: number, now: number, thresholdMs = SLEEP_GAP_MS): boolean {
  return now - lastTick > thresholdMs;
}

/** "4:05" or "1:02:05" for a duration; negative durations read as their size. Rounds down to whole seconds. */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/**
 * A time left that counts down and then into overtime: "4:05" while time remains, "+1:10" past the budget. The display
 * shows the seconds it has not yet used up (so a fresh 7-minute phase reads 7:00, not 6:59).
 */
export function formatLeft(leftMs: number): string {
  if (leftMs > 0) return formatClock(Math.ceil(leftMs / 1000) * 1000);
  return leftMs === 0 ? '0:00' : `+${formatClock(-leftMs)}`;
}

/** "2 min 30 s"-style words for a duration, for screen readers and summaries. */
export function spokenDuration(ms: number): string {
  const total = Math.round(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} h`);
  if (minutes > 0) parts.push(`${minutes} min`);
  if (seconds > 0 || parts.length === 0) parts.push(`${seconds} s`);
  return parts.join(' ');
}

/** "+1:20" over or "−0:45" under a budget, for tables of phase times. */
export function formatDelta(deltaMs: number): string {
  const rounded = Math.round(deltaMs / 1000) * 1000;
  if (rounded === 0) return '±0:00';
  return `${rounded > 0 ? '+' : '−'}${formatClock(rounded)}`;
}
