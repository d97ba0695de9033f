/** A running (or paused) attempt: the clock, the controls, the current phase's prompts and notes, and the agenda. */
import { useEffect, useRef, useState } from 'react';
import { budgetsOf, clockOf, type AttemptEntry } from '../../lib/case-attempts';
import {
  budgetRanOut,
  formatClock,
  formatLeft,
  phaseResults,
  readTimer,
  spokenDuration,
  timerStatus,
  type TimerReading,
} from '../../lib/case-timer';
import { discardAttempt, excludeGap, finishAttempt, nextPhaseOfAttempt, pauseAttempt, resumeAttempt, saveNote } from '../../stores/case-attempts';
import Agenda from './Agenda';
import { playChime, primeChime } from './chime';
import type { Announce, TimerPhase } from './types';
import { useTickingClock } from './use-ticking-clock';

interface Props {
  entry: AttemptEntry;
  /** The case's phases as the page has them now (for prompts); the attempt keeps its own titles and budgets. */
  phases: TimerPhase[];
  interview: boolean;
  chime: boolean;
  announce: Announce;
  focusOnMount: boolean;
  /** Controls shared with the idle view: interview mode and the chime. */
  options: React.ReactNode;
}

/** A running attempt older than this many round lengths was probably left open and forgotten. */
const FORGOTTEN_FACTOR = 3;
const NOTES_MAX = 20_000;

export default function RoundPanel({ entry, phases, interview, chime, announce, focusOnMount, options }: Props) {
  const { id, attempt } = entry;
  const clock = clockOf(attempt);
  const budgets = budgetsOf(attempt);
  const status = timerStatus(clock);
  const [gap, setGap] = useState<{ from: number; to: number } | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const roundOrigin = clock.startedAt + clock.pausedMs;
  const phaseOrigin = roundOrigin + (clock.phaseChanges[clock.phaseChanges.length - 1] ?? 0);
  const now = useTickingClock(status === 'running', [roundOrigin, phaseOrigin], (from, to) => setGap({ from, to }));
  const reading = readTimer(clock, budgets, now);
  const results = phaseResults(clock, budgets, now);
  const phaseCount = attempt.phases.length;
  const snapshot = attempt.phases[reading.phaseIndex];
  const phaseId = snapshot?.id ?? '';
  const phaseTitle = snapshot?.title ?? '';
  const prompts = phases.find((p) => p.id === phaseId)?.prompts ?? [];
  const agendaPhases: TimerPhase[] = attempt.phases.map((p) => ({ ...p, prompts: phases.find((q) => q.id === p.id)?.prompts ?? [] }));
  const toggleRef = useRef<HTMLButtonElement>(null);
  const clockRef = useRef<HTMLDivElement>(null);
  const [clockVisible, setClockVisible] = useState(true);

  useEffect(() => {
    if (focusOnMount) toggleRef.current?.focus();
  }, [focusOnMount]);

  // Time-up messages and the chime, once per budget, comparing this reading with the previous one.
  const previous = useRef<TimerReading | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = reading;
    if (!before) return;
    const ran = budgetRanOut(before, reading);
    if (ran === null) return;
    if (ran === 'round') announce(`The round’s ${spokenDuration(reading.roundBudgetMs)} are up. The clock keeps counting overtime.`);
    else announce(`Time is up for ${phaseTitle}.${reading.lastPhase ? '' : ' Move on when you are ready.'} The clock now counts overtime.`);
    if (chime) playChime();
  });

  // After a reload the browser only allows sound once the reader has touched the page.
  useEffect(() => {
    if (!chime) return;
    const prime = () => primeChime();
    document.addEventListener('pointerdown', prime, { once: true });
    document.addEventListener('keydown', prime, { once: true });
    return () => {
      document.removeEventListener('pointerdown', prime);
      document.removeEventListener('keydown', prime);
    };
  }, [chime]);

  // A compact clock at the bottom of the screen while the main one is scrolled out of view.
  useEffect(() => {
    const element = clockRef.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([item]) => setClockVisible(item?.isIntersecting ?? true));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  function pauseOrResume() {
    if (chime) primeChime();
    if (status === 'running') {
      pauseAttempt(id);
      announce(`Paused at ${spokenDuration(readTimer(clock, budgets, Date.now()).elapsedMs)}.`);
    } else {
      resumeAttempt(id);
      announce('Resumed.');
    }
  }

  function next() {
    if (chime) primeChime();
    nextPhaseOfAttempt(id);
    const upcoming = attempt.phases[reading.phaseIndex + 1];
    if (upcoming) announce(`Phase ${reading.phaseIndex + 2} of ${phaseCount}: ${upcoming.title}, ${upcoming.minutes} minutes.`);
  }

  function finish() {
    finishAttempt(id);
    announce(`Round finished at ${spokenDuration(readTimer(clock, budgets, Date.now()).elapsedMs)}. Score yourself on the rubric.`);
  }

  function leaveOutGap() {
    if (!gap) return;
    excludeGap(id, gap.from, gap.to);
    announce(`Left out ${spokenDuration(gap.to - gap.from)}.`);
    setGap(null);
  }

  const phaseOver = reading.phaseLeftMs < 0;
  const roundOver = reading.roundLeftMs < 0;
  const forgotten = reading.elapsedMs > FORGOTTEN_FACTOR * reading.roundBudgetMs;
  const phaseLine = `Phase ${reading.phaseIndex + 1} of ${phaseCount}`;

  return (
    <section className={`round${interview ? ' round--interview' : ''}`} aria-labelledby="round-heading">
      <h2 id="round-heading" className={interview ? 'visually-hidden' : undefined}>
        Timed attempt
      </h2>
      <div className={`clock${phaseOver ? ' clock--over' : ''}${status === 'paused' ? ' clock--paused' : ''}`} role="timer" ref={clockRef}>
        <p className="clock__phase">
          {phaseLine} · <strong>{phaseTitle}</strong>
          {status === 'paused' && <span className="pill clock__state">Paused</span>}
        </p>
        <p className="clock__main">
          <span className="clock__digits">{formatLeft(reading.phaseLeftMs)}</span>{' '}
          <span className="clock__unit">{phaseOver ? 'over this phase’s budget' : 'left in this phase'}</span>
        </p>
        <p className={`clock__round${roundOver ? ' is-over' : ''}`}>
          Round: <strong>{formatLeft(reading.roundLeftMs)}</strong> {roundOver ? 'over' : 'left'} of {formatClock(reading.roundBudgetMs)} ·{' '}
          {formatClock(reading.elapsedMs)} elapsed
        </p>
        <PhaseBar budgets={budgets} elapsedMs={reading.elapsedMs} changes={clock.phaseChanges} />
      </div>

      <div className="timer-controls">
        <button ref={toggleRef} type="button" className="button-primary" onClick={pauseOrResume}>
          {status === 'running' ? 'Pause' : 'Resume'}
        </button>
        <button type="button" onClick={next} disabled={reading.lastPhase} aria-describedby={reading.lastPhase ? 'last-phase-note' : undefined}>
          Next phase
        </button>
        <button type="button" onClick={finish}>
          Finish
        </button>
      </div>
      {reading.lastPhase && (
        <p className="meta" id="last-phase-note">
          This is the last phase. Finish when you are done.
        </p>
      )}
      <div className="round__options">{options}</div>

      {gap && (
        <div className="notice timer-notice" role="status">
          <p>
            The clock jumped {spokenDuration(gap.to - gap.from)} with no update: the computer may have slept, or the browser paused this tab. That
            time is counted in the round.
          </p>
          <p className="notice__actions">
            <button type="button" onClick={leaveOutGap}>
              Leave out those {spokenDuration(gap.to - gap.from)}
            </button>
            <button type="button" onClick={() => setGap(null)}>
              Keep them
            </button>
          </p>
        </div>
      )}
      {forgotten && !gap && (
        <div className="notice timer-notice">
          <p>This attempt has been open for {spokenDuration(reading.elapsedMs)}, so it may have been left running. Finish it to score it, or discard it.</p>
        </div>
      )}

      {!interview && prompts.length > 0 && (
        <div className="round__prompts">
          <h3>The interviewer asks</h3>
          <ul>
            {prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="round__notes">
        <label htmlFor={`notes-${phaseId}`} className="round__notes-label">
          Notes for {phaseTitle}
        </label>
        <textarea
          id={`notes-${phaseId}`}
          value={attempt.notes[phaseId] ?? ''}
          onChange={(event) => saveNote(id, phaseId, event.target.value)}
          rows={interview ? 14 : 8}
          maxLength={NOTES_MAX}
          spellCheck
          aria-describedby="notes-saved"
        />
        <p className="meta" id="notes-saved">
          Saved on this device as you type.
        </p>
        {reading.phaseIndex > 0 && (
          <details className="round__earlier">
            <summary>Notes from earlier phases</summary>
            {attempt.phases.slice(0, reading.phaseIndex).map((phase) => (
              <div key={phase.id} className="round__earlier-phase">
                <label htmlFor={`notes-${phase.id}`}>Notes for {phase.title}</label>
                <textarea
                  id={`notes-${phase.id}`}
                  value={attempt.notes[phase.id] ?? ''}
                  onChange={(event) => saveNote(id, phase.id, event.target.value)}
                  rows={4}
                  maxLength={NOTES_MAX}
                />
              </div>
            ))}
          </details>
        )}
      </div>

      {!interview && (
        <>
          <h3>Agenda</h3>
          <Agenda phases={agendaPhases} results={results} showPrompts={false} />
        </>
      )}

      <div className="round__discard">
        {confirmDiscard ? (
          <>
            <span>Discard this attempt and its notes?</span>
            <button type="button" className="button-danger" onClick={() => discardAttempt(id)}>
              Discard
            </button>
            <button type="button" onClick={() => setConfirmDiscard(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="button-quiet" onClick={() => setConfirmDiscard(true)}>
            Discard attempt…
          </button>
        )}
      </div>

      {!clockVisible && (
        <div className={`mini-clock${phaseOver ? ' clock--over' : ''}`} aria-hidden="true">
          <span>{phaseTitle}</span>
          <strong>{formatLeft(reading.phaseLeftMs)}</strong>
          <span>
            Round {formatLeft(reading.roundLeftMs)}
            {status === 'paused' ? ' · Paused' : ''}
          </span>
        </div>
      )}
    </section>
  );
}

/** The round's phases as a bar in proportion to their budgets, with a marker at the current time. Decorative. */
function PhaseBar({ budgets, elapsedMs, changes }: { budgets: number[]; elapsedMs: number; changes: number[] }) {
  const total = Math.max(
    budgets.reduce((sum, ms) => sum + ms, 0),
    elapsedMs,
  );
  let at = 0;
  return (
    <div className="phase-bar" aria-hidden="true">
      {budgets.map((ms, index) => {
        const left = (at / total) * 100;
        at += ms;
        return <span key={index} className={`phase-bar__segment${index < changes.length ? ' is-done' : ''}`} style={{ left: `${left}%`, width: `${(ms / total) * 100}%` }} />;
      })}
      <span className="phase-bar__now" style={{ left: `${Math.min(100, (elapsedMs / total) * 100)}%` }} />
    </div>
  );
}
