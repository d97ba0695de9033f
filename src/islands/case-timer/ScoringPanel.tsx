/** After Finish: the attempt's phase times, then self-scores on the rubric, then the reveal of the model walkthrough. */
import { useEffect, useRef, useState } from 'react';
import { summarizeAttempt, type AttemptEntry } from '../../lib/case-attempts';
import { formatClock } from '../../lib/case-timer';
import { discardAttempt, markReviewed, reopenAttempt, saveScore } from '../../stores/case-attempts';
import NotesList from './NotesList';
import PhaseTimes from './PhaseTimes';
import RubricForm from './RubricForm';
import type { Announce, TimerCriterion } from './types';

interface Props {
  entry: AttemptEntry;
  rubric: TimerCriterion[];
  announce: Announce;
  focusOnMount: boolean;
  onRevealed: (attemptId: string) => void;
}

export default function ScoringPanel({ entry, rubric, announce, focusOnMount, onRevealed }: Props) {
  const { id, attempt } = entry;
  const summary = summarizeAttempt(entry, Date.now());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [warned, setWarned] = useState(false);
  const scored = rubric.filter((item) => attempt.scores[item.id] !== undefined).length;
  const unscored = rubric.length - scored;

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  function reveal(force: boolean) {
    if (unscored > 0 && !force) {
      setWarned(true);
      return;
    }
    markReviewed(id);
    onRevealed(id);
  }

  return (
    <section className="scoring" aria-labelledby="scoring-heading">
      <h2 id="scoring-heading" ref={headingRef} tabIndex={-1}>
        Round finished: score yourself
      </h2>
      <p>
        You took <strong>{formatClock(summary.totalMs)}</strong> of the round’s {formatClock(summary.budgetMs)}. Score each criterion honestly
        before you look at the model walkthrough: it is easier to see what you missed once you have committed to a number.
      </p>
      <PhaseTimes summary={summary} caption="Time per phase against its budget" />
      <h3>Rubric</h3>
      <RubricForm attemptId={id} rubric={rubric} scores={attempt.scores} onScore={(criterion, score) => saveScore(id, criterion, score)} />
      <p className="meta" aria-live="polite">
        {scored} of {rubric.length} criteria scored.
      </p>
      <div className="timer-controls">
        <button type="button" className="button-primary" onClick={() => reveal(false)}>
          Show the model walkthrough
        </button>
        <button
          type="button"
          onClick={() => {
            reopenAttempt(id);
            announce('Back to the round. The clock is paused where you finished.');
          }}
        >
          Back to the round
        </button>
        <button
          type="button"
          className="button-quiet"
          onClick={() => {
            discardAttempt(id);
            announce('Attempt discarded.');
          }}
        >
          Discard attempt
        </button>
      </div>
      {warned && unscored > 0 && (
        <div className="notice timer-notice" role="alert">
          <p>
            {unscored} {unscored === 1 ? 'criterion has' : 'criteria have'} no score yet. Score {unscored === 1 ? 'it' : 'them'} first, or look at
            the walkthrough now and score later.
          </p>
          <p className="notice__actions">
            <button type="button" onClick={() => reveal(true)}>
              Show it without those scores
            </button>
          </p>
        </div>
      )}
      <details className="scoring__notes">
        <summary>Your notes</summary>
        <NotesList attempt={attempt} headingLevel={4} />
      </details>
    </section>
  );
}
