/** The model walkthrough beside the reader's notes, with the scores still adjustable. */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { summarizeAttempt, type AttemptEntry } from '../../lib/case-attempts';
import { formatClock } from '../../lib/case-timer';
import { saveScore } from '../../stores/case-attempts';
import NotesList from './NotesList';
import { showWalkthroughIn } from './page-hooks';
import PhaseTimes from './PhaseTimes';
import RubricForm from './RubricForm';
import type { TimerCriterion } from './types';

interface Props {
  entry: AttemptEntry;
  rubric: TimerCriterion[];
  focusOnMount: boolean;
  onDone: () => void;
}

const formatDate = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export default function ReviewPanel({ entry, rubric, focusOnMount, onDone }: Props) {
  const { id, attempt } = entry;
  const summary = summarizeAttempt(entry, Date.now());
  const modelRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [missing, setMissing] = useState(false);

  useLayoutEffect(() => {
    const container = modelRef.current;
    if (!container) return;
    const restore = showWalkthroughIn(container);
    setMissing(restore === null);
    return () => restore?.();
  }, []);

  useEffect(() => {
    if (!focusOnMount) return;
    headingRef.current?.focus({ preventScroll: true });
    headingRef.current?.scrollIntoView?.({ block: 'start' });
  }, [focusOnMount]);

  return (
    <section className="review-attempt" aria-labelledby="review-heading">
      <h2 id="review-heading" ref={headingRef} tabIndex={-1}>
        Compare with the model walkthrough
      </h2>
      <p className="meta">
        Your attempt of {formatDate(attempt.startedAt)}: {formatClock(summary.totalMs)} of {formatClock(summary.budgetMs)}
        {summary.averageScore !== null && <>, average self-score {summary.averageScore.toFixed(1)} of 4</>}.
      </p>
      <div className="compare">
        <div className="compare__model">
          {missing && <p>This case has no model walkthrough yet.</p>}
          <div ref={modelRef} />
        </div>
        <aside className="compare__notes" aria-labelledby="your-notes-heading">
          <h3 id="your-notes-heading">Your notes</h3>
          <NotesList attempt={attempt} headingLevel={4} />
        </aside>
      </div>
      <PhaseTimes summary={summary} caption="Your time per phase against its budget" />
      <h3>Your scores</h3>
      <p className="meta">Now that you have seen the model, change any score that was generous.</p>
      <RubricForm attemptId={id} rubric={rubric} scores={attempt.scores} onScore={(criterion, score) => saveScore(id, criterion, score)} />
      <div className="timer-controls">
        <button type="button" className="button-primary" onClick={onDone}>
          Done
        </button>
      </div>
    </section>
  );
}
