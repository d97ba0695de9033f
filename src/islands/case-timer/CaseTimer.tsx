/**
 * The case page's timer. Without JavaScript (and before saved progress loads) it is the case's agenda. Then:
 * Start runs a timed attempt (Pause, Resume, Next phase, Finish, notes per phase); Finish leads to self-scores on the
 * rubric and then to the model walkthrough beside the notes; past attempts form the case's history. A running attempt
 * lives in saved progress, so a reload resumes it.
 */
import { useEffect, useRef, useState } from 'react';
import { completedAttempts, openAttemptFor } from '../../lib/case-attempts';
import { startAttempt } from '../../stores/case-attempts';
import { useAppStore } from '../../stores/app-store';
import StorageNotices from '../shared/StorageNotices';
import { useAppState } from '../shared/use-app-store';
import Agenda from './Agenda';
import AttemptHistory from './AttemptHistory';
import { playChime, primeChime } from './chime';
import { hideWalkthrough, interviewModeInUrl, markRoundRunning, setInterviewFlag, setInterviewParam } from './page-hooks';
import ReviewPanel from './ReviewPanel';
import RoundPanel from './RoundPanel';
import ScoringPanel from './ScoringPanel';
import type { TimerCriterion, TimerPhase } from './types';
import { useAnnouncer } from './use-announcer';
import './case-timer.css';

export interface CaseTimerProps {
  caseId: string;
  /** The round's length in minutes. */
  minutes: number;
  phases: TimerPhase[];
  rubric: TimerCriterion[];
}

type View = 'static' | 'idle' | 'round' | 'scoring' | 'review';

export default function CaseTimer({ caseId, minutes, phases, rubric }: CaseTimerProps) {
  const [mounted, setMounted] = useState(false);
  const hydrated = useAppState((s) => s.hydrated);
  const saved = useAppState((s) => s.saved);
  const chime = saved.settings.chime;
  const [interview, setInterview] = useState(false);
  const [reviewingId, setReviewingId] = useState<string | null>(null);
  const [announcement, announce] = useAnnouncer();
  // Focus moves with the reader's own actions only, never on page load.
  const acted = useRef(false);
  const startRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    setMounted(true);
    setInterview(interviewModeInUrl());
  }, []);

  const ready = mounted && hydrated;
  const open = ready ? openAttemptFor(saved.attempts, caseId) : undefined;
  const history = ready ? completedAttempts(saved.attempts, caseId).filter((entry) => entry.attempt.status === 'reviewed') : [];
  const reviewing = reviewingId ? history.find((entry) => entry.id === reviewingId) : undefined;
  const view: View = !ready ? 'static' : open ? (open.attempt.status === 'running' ? 'round' : 'scoring') : reviewing ? 'review' : 'idle';
  const interviewActive = interview && (view === 'round' || view === 'idle');

  useEffect(() => {
    if (mounted) setInterviewFlag(interviewActive);
  }, [mounted, interviewActive]);
  useEffect(() => {
    markRoundRunning(view === 'round');
  }, [view]);
  useEffect(
    () => () => {
      setInterviewFlag(false);
      markRoundRunning(false);
    },
    [],
  );

  useEffect(() => {
    if (view === 'round' || view === 'scoring') hideWalkthrough(true);
    else if (view === 'idle') hideWalkthrough(false);
  }, [view]);

  useEffect(() => {
    if (view === 'idle' && acted.current) startRef.current?.focus();
  }, [view]);

  function start() {
    if (chime) primeChime();
    startAttempt(
      caseId,
      phases.map(({ id, title, minutes: m }) => ({ id, title, minutes: m })),
    );
    const first = phases[0];
    announce(`Round started: ${minutes} minutes. Phase 1 of ${phases.length}: ${first?.title ?? ''}, ${first?.minutes ?? 0} minutes.`);
  }

  function toggleInterview() {
    const next = !interview;
    setInterview(next);
    setInterviewParam(next);
    announce(next ? 'Interview mode: only the brief, the clock and your notes are shown.' : 'Interview mode off.');
  }

  function toggleChime(on: boolean) {
    useAppStore.getState().updateSettings({ chime: on });
    if (on) {
      primeChime();
      playChime();
    }
  }

  const options = (
    <>
      <button type="button" aria-pressed={interview} onClick={toggleInterview}>
        Interview mode
      </button>
      <label className="timer-option">
        <input type="checkbox" checked={chime} onChange={(event) => toggleChime(event.target.checked)} /> Soft chime when a phase’s time is up
      </label>
    </>
  );

  return (
    <div
      className="case-timer"
      data-view={view}
      onClickCapture={() => {
        acted.current = true;
      }}
    >
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {ready && <StorageNotices />}

      {(view === 'static' || view === 'idle') && (
        <section className="case-agenda" aria-labelledby="agenda-heading">
          <h2 id="agenda-heading">Agenda</h2>
          <p className="meta">
            {minutes} minutes in {phases.length} phases.{' '}
            {view === 'idle' && 'Start the clock when you have read the brief below; the model walkthrough stays hidden until you finish.'}
          </p>
          {view === 'idle' && (
            <div className="timer-controls">
              <button ref={startRef} type="button" className="button-primary" onClick={start}>
                Start
              </button>
              {options}
            </div>
          )}
          {!(view === 'idle' && interview) && <Agenda phases={phases} showPrompts />}
        </section>
      )}

      {view === 'round' && open && (
        <RoundPanel entry={open} phases={phases} interview={interview} chime={chime} announce={announce} focusOnMount={acted.current} options={options} />
      )}

      {view === 'scoring' && open && (
        <ScoringPanel
          entry={open}
          rubric={rubric}
          announce={announce}
          focusOnMount={acted.current}
          onRevealed={(id) => {
            acted.current = true;
            setReviewingId(id);
          }}
        />
      )}

      {view === 'review' && reviewing && (
        <ReviewPanel
          entry={reviewing}
          rubric={rubric}
          focusOnMount={acted.current}
          onDone={() => {
            acted.current = true;
            setReviewingId(null);
          }}
        />
      )}

      {(view === 'idle' || view === 'review') && !(view === 'idle' && interview) && (
        <AttemptHistory
          entries={history}
          phases={phases}
          rubric={rubric}
          announce={announce}
          onReview={(id) => {
            acted.current = true;
            setReviewingId(id);
          }}
        />
      )}
    </div>
  );
}
