import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attemptSchema } from '../../src/lib/app-state';
import { clockOf, newAttempt, withClock } from '../../src/lib/case-attempts';
import {
  budgetRanOut,
  budgetsFromMinutes,
  elapsedMs,
  excludeInterval,
  finishTimer,
  formatClock,
  formatDelta,
  formatLeft,
  isSleepGap,
  nextPhase,
  pauseTimer,
  phaseResults,
  phaseTimes,
  readTimer,
  reopenTimer,
  resumeTimer,
  spokenDuration,
  startTimer,
  timerStatus,
  type TimerState,
} from '../../src/lib/case-timer';

const MIN = 60_000;
/** The six phases of a 45-minute program case. */
const BUDGETS = budgetsFromMinutes([7, 8, 8, 8, 7, 7]);
const PHASES = [7, 8, 8, 8, 7, 7].map((minutes, i) => ({ id: `phase-${i + 1}`, title: `Phase ${i + 1}`, minutes }));

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-03-02T09:00:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

/** A display that refreshes on an interval, as the island does, and only ever reads the clock. */
function mountDisplay(getClock: () => TimerState, everyMs = 1000) {
  const shown: { text: string; ticks: number } = { text: '', ticks: 0 };
  const handle = setInterval(() => {
    shown.ticks += 1;
    shown.text = formatClock(elapsedMs(getClock(), Date.now()));
  }, everyMs);
  return { shown, stop: () => clearInterval(handle) };
}

describe('honest time from the wall clock', () => {
  it('keeps within a second over a 45-minute round with pauses, late ticks and a throttled background tab', () => {
    const start = Date.now();
    let clock = startTimer(start);
    let ticking = mountDisplay(() => clock);
    let naiveCount = 0;
    const naive = setInterval(() => {
      naiveCount += 1000;
      // Each tick's work runs 40 ms late, as on a busy main thread: a counter that adds 1000 per tick falls behind.
      vi.setSystemTime(Date.now() + 40);
    }, 1000);

    vi.advanceTimersByTime(12 * MIN);
    clock = pauseTimer(clock, Date.now());
    vi.advanceTimersByTime(4 * MIN);
    clock = resumeTimer(clock, Date.now());
    clock = nextPhase(clock, BUDGETS.length, Date.now());

    // The tab goes to the background: the browser stops the display's timer for 15 minutes.
    ticking.stop();
    vi.advanceTimersByTime(15 * MIN);
    ticking = mountDisplay(() => clock);

    vi.advanceTimersByTime(6 * MIN);
    clock = pauseTimer(clock, Date.now());
    vi.advanceTimersByTime(90_000);
    clock = resumeTimer(clock, Date.now());
    vi.advanceTimersByTime(12 * MIN);
    clearInterval(naive);
    ticking.stop();

    const wallMs = Date.now() - start;
    const pausedMs = 4 * MIN + 90_000 + Math.round((4 * MIN + 90_000) / 1000) * 40;
    const trueRoundMs = wallMs - pausedMs;
    const reading = elapsedMs(clock, Date.now());
    expect(Math.abs(reading - trueRoundMs)).toBeLessThanOrEqual(1000);
    expect(trueRoundMs).toBeGreaterThanOrEqual(45 * MIN);
    expect(Math.abs(reading - 45 * MIN)).toBeLessThan(2 * MIN);
    // What counting ticks would have shown instead: well over a second off.
    expect(Math.abs(naiveCount - wallMs)).toBeGreaterThan(60_000);
    expect(phaseTimes(clock, Date.now()).reduce((a, b) => a + b, 0)).toBe(reading);
  });

  it('reads exactly the wall time minus pauses, to the millisecond, with no tick at all', () => {
    let clock = startTimer(Date.now());
    vi.advanceTimersByTime(10 * MIN + 1);
    clock = pauseTimer(clock, Date.now());
    vi.advanceTimersByTime(3 * MIN);
    expect(elapsedMs(clock, Date.now())).toBe(10 * MIN + 1);
    clock = resumeTimer(clock, Date.now());
    vi.advanceTimersByTime(35 * MIN - 1);
    expect(elapsedMs(clock, Date.now())).toBe(45 * MIN);
    expect(formatClock(elapsedMs(clock, Date.now()))).toBe('45:00');
  });

  it('ignores Pause while paused and Resume while running', () => {
    let clock = startTimer(Date.now());
    vi.advanceTimersByTime(MIN);
    clock = pauseTimer(clock, Date.now());
    const paused = clock;
    vi.advanceTimersByTime(MIN);
    expect(pauseTimer(clock, Date.now())).toBe(paused);
    clock = resumeTimer(clock, Date.now());
    expect(resumeTimer(clock, Date.now())).toBe(clock);
    expect(timerStatus(clock)).toBe('running');
    expect(elapsedMs(clock, Date.now())).toBe(MIN);
  });
});

describe('phases', () => {
  it('records each phase change on the round clock and times each phase', () => {
    let clock = startTimer(Date.now());
    vi.advanceTimersByTime(6 * MIN);
    clock = nextPhase(clock, BUDGETS.length, Date.now());
    expect(readTimer(clock, BUDGETS, Date.now())).toMatchObject({ phaseIndex: 1, phaseElapsedMs: 0, phaseLeftMs: 8 * MIN, roundLeftMs: 39 * MIN });
    vi.advanceTimersByTime(2 * MIN);
    clock = pauseTimer(clock, Date.now());
    vi.advanceTimersByTime(5 * MIN);
    clock = resumeTimer(clock, Date.now());
    vi.advanceTimersByTime(7 * MIN);
    clock = nextPhase(clock, BUDGETS.length, Date.now());
    vi.advanceTimersByTime(30_000);
    expect(clock.phaseChanges).toEqual([6 * MIN, 15 * MIN]);
    expect(phaseTimes(clock, Date.now())).toEqual([6 * MIN, 9 * MIN, 30_000]);
    const results = phaseResults(clock, BUDGETS, Date.now());
    expect(results.map((r) => r.state)).toEqual(['done', 'done', 'current', 'upcoming', 'upcoming', 'upcoming']);
    expect(results[0]?.deltaMs).toBe(-MIN);
    expect(results[1]?.deltaMs).toBe(MIN);
  });

  it('changes phase while paused at the paused time, and never past the last phase', () => {
    let clock = startTimer(Date.now());
    vi.advanceTimersByTime(3 * MIN);
    clock = pauseTimer(clock, Date.now());
    vi.advanceTimersByTime(10 * MIN);
    clock = nextPhase(clock, 2, Date.now());
    expect(clock.phaseChanges).toEqual([3 * MIN]);
    expect(nextPhase(clock, 2, Date.now())).toBe(clock);
    expect(readTimer(clock, BUDGETS.slice(0, 2), Date.now()).lastPhase).toBe(true);
  });

  it('marks phases not reached as skipped once the round is finished', () => {
    let clock = startTimer(Date.now());
    vi.advanceTimersByTime(20 * MIN);
    clock = nextPhase(clock, BUDGETS.length, Date.now());
    vi.advanceTimersByTime(5 * MIN);
    clock = finishTimer(clock, Date.now());
    expect(phaseResults(clock, BUDGETS, Date.now()).map((r) => r.state)).toEqual(['done', 'done', 'skipped', 'skipped', 'skipped', 'skipped']);
  });
});

describe('overtime', () => {
  it('keeps counting past a phase budget and past the round, rather than stopping', () => {
    let clock = startTimer(Date.now());
    vi.advanceTimersByTime(8 * MIN + 30_000);
    let reading = readTimer(clock, BUDGETS, Date.now());
    expect(reading).toMatchObject({ phaseIndex: 0, phaseLeftMs: -90_000, phaseOvertimeMs: 90_000, roundOvertimeMs: 0 });
    expect(formatLeft(reading.phaseLeftMs)).toBe('+1:30');
    for (let i = 1; i < BUDGETS.length; i += 1) clock = nextPhase(clock, BUDGETS.length, Date.now());
    vi.advanceTimersByTime(40 * MIN);
    reading = readTimer(clock, BUDGETS, Date.now());
    expect(reading.status).toBe('running');
    expect(reading.lastPhase).toBe(true);
    expect(reading.roundOvertimeMs).toBe(3 * MIN + 30_000);
    expect(formatLeft(reading.roundLeftMs)).toBe('+3:30');
    expect(reading.phaseOvertimeMs).toBe(33 * MIN);
  });

  it('reports a budget running out once, between the two readings that straddle it', () => {
    const clock = startTimer(Date.now());
    const at = (ms: number) => readTimer(clock, BUDGETS, Date.parse('2026-03-02T09:00:00.000Z') + ms);
    expect(budgetRanOut(at(6 * MIN), at(6 * MIN + 59_000))).toBeNull();
    expect(budgetRanOut(at(6 * MIN + 59_000), at(7 * MIN + 1))).toBe('phase');
    expect(budgetRanOut(at(7 * MIN + 1), at(7 * MIN + 2000))).toBeNull();
    expect(budgetRanOut(at(44 * MIN), at(46 * MIN))).toBe('round');
  });
});

describe('resuming after a reload', () => {
  it('reads the same time from the saved record as the clock that never stopped', () => {
    const phases = PHASES;
    let clock = startTimer(Date.now());
    vi.advanceTimersByTime(9 * MIN);
    clock = nextPhase(clock, phases.length, Date.now());
    vi.advanceTimersByTime(2 * MIN);
    clock = pauseTimer(clock, Date.now());
    vi.advanceTimersByTime(MIN);
    clock = resumeTimer(clock, Date.now());
    vi.advanceTimersByTime(30_000);
    // Save, "reload" (serialise to text and validate), and read the clock back.
    const saved = JSON.stringify(withClock(newAttempt('case-x', phases, clock.startedAt), clock, Date.now()));
    vi.advanceTimersByTime(4 * MIN);
    const restored = clockOf(attemptSchema().parse(JSON.parse(saved)));
    expect(restored).toEqual(clock);
    expect(readTimer(restored, BUDGETS, Date.now())).toEqual(readTimer(clock, BUDGETS, Date.now()));
    expect(elapsedMs(restored, Date.now())).toBe(15 * MIN + 30_000);
  });

  it('restores a paused round paused, at the time it was paused', () => {
    let clock = startTimer(Date.now());
    vi.advanceTimersByTime(5 * MIN);
    clock = pauseTimer(clock, Date.now());
    const saved = JSON.stringify(withClock(newAttempt('case-x', PHASES, clock.startedAt), clock, Date.now()));
    vi.advanceTimersByTime(60 * MIN);
    const restored = clockOf(attemptSchema().parse(JSON.parse(saved)));
    expect(timerStatus(restored)).toBe('paused');
    expect(elapsedMs(restored, Date.now())).toBe(5 * MIN);
    expect(elapsedMs(resumeTimer(restored, Date.now()), Date.now() + 1000)).toBe(5 * MIN + 1000);
  });
});

describe('a laptop that sleeps mid-round', () => {
  it('counts the jump in wall time, flags it, and reports the budgets it crossed only once', () => {
    let clock = startTimer(Date.now());
    vi.advanceTimersByTime(5 * MIN);
    const lastTick = Date.now();
    const before = readTimer(clock, BUDGETS, lastTick);
    vi.setSystemTime(Date.now() + 50 * MIN); // the lid was closed; no timer ran
    const after = readTimer(clock, BUDGETS, Date.now());
    expect(after.elapsedMs).toBe(55 * MIN);
    expect(isSleepGap(lastTick, Date.now())).toBe(true);
    expect(isSleepGap(lastTick, lastTick + 61_000)).toBe(false);
    expect(budgetRanOut(before, after)).toBe('round');
    // The reader chooses not to count the time asleep: the round resumes from where it was.
    clock = excludeInterval(clock, lastTick, Date.now());
    expect(elapsedMs(clock, Date.now())).toBe(5 * MIN);
    vi.advanceTimersByTime(MIN);
    expect(elapsedMs(clock, Date.now())).toBe(6 * MIN);
  });

  it('moves a phase change made after waking back with the excluded time', () => {
    let clock = startTimer(Date.now());
    vi.advanceTimersByTime(5 * MIN);
    const lastTick = Date.now();
    vi.setSystemTime(Date.now() + 20 * MIN);
    clock = nextPhase(clock, BUDGETS.length, Date.now());
    vi.advanceTimersByTime(MIN);
    clock = excludeInterval(clock, lastTick, lastTick + 20 * MIN);
    expect(clock.phaseChanges).toEqual([5 * MIN]);
    expect(phaseTimes(clock, Date.now())).toEqual([5 * MIN, MIN]);
  });

  it('leaves a paused or finished round alone', () => {
    const paused = pauseTimer(startTimer(Date.now()), Date.now() + MIN);
    expect(excludeInterval(paused, Date.now() + MIN, Date.now() + 30 * MIN)).toBe(paused);
    const finished = finishTimer(startTimer(Date.now()), Date.now() + MIN);
    expect(excludeInterval(finished, Date.now(), Date.now() + 30 * MIN)).toBe(finished);
  });

  it('never runs backwards when the wall clock is set back', () => {
    let clock = startTimer(Date.now());
    vi.advanceTimersByTime(10 * MIN);
    clock = nextPhase(clock, BUDGETS.length, Date.now());
    vi.setSystemTime(Date.now() - 30 * MIN);
    expect(elapsedMs(clock, Date.now())).toBe(10 * MIN);
    expect(readTimer(clock, BUDGETS, Date.now()).phaseElapsedMs).toBe(0);
    expect(elapsedMs(startTimer(Date.now() + MIN), Date.now())).toBe(0);
  });
});

describe('finishing', () => {
  it('freezes the time, closes a pause in progress, and can be taken back', () => {
    let clock = startTimer(Date.now());
    vi.advanceTimersByTime(30 * MIN);
    clock = pauseTimer(clock, Date.now());
    vi.advanceTimersByTime(2 * MIN);
    clock = finishTimer(clock, Date.now());
    expect(timerStatus(clock)).toBe('finished');
    expect(clock.pausedAt).toBeNull();
    vi.advanceTimersByTime(10 * MIN);
    expect(elapsedMs(clock, Date.now())).toBe(30 * MIN);
    expect(finishTimer(clock, Date.now())).toBe(clock);
    clock = reopenTimer(clock);
    expect(timerStatus(clock)).toBe('paused');
    expect(elapsedMs(clock, Date.now())).toBe(30 * MIN);
    clock = resumeTimer(clock, Date.now());
    vi.advanceTimersByTime(MIN);
    expect(elapsedMs(clock, Date.now())).toBe(31 * MIN);
  });
});

describe('formatting', () => {
  it('shows minutes and seconds, hours when needed, and overtime with a plus', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65_999)).toBe('1:05');
    expect(formatClock(3_725_000)).toBe('1:02:05');
    expect(formatLeft(7 * MIN)).toBe('7:00');
    expect(formatLeft(7 * MIN - 1)).toBe('7:00');
    expect(formatLeft(7 * MIN - 1001)).toBe('6:59');
    expect(formatLeft(0)).toBe('0:00');
    expect(formatLeft(-61_000)).toBe('+1:01');
    expect(formatDelta(80_000)).toBe('+1:20');
    expect(formatDelta(-45_000)).toBe('−0:45');
    expect(formatDelta(200)).toBe('±0:00');
    expect(spokenDuration(150_000)).toBe('2 min 30 s');
    expect(spokenDuration(0)).toBe('0 s');
  });
});
