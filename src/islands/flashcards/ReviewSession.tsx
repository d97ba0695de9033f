/**
 * A review session: due cards, then new ones up to the daily limit; or, in cram mode, the whole deck without touching
 * the schedule. Keyboard: Space or Enter shows the answer, 1 to 4 grade, Z undoes.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { GRADES, formatInterval, previewDue, type Grade } from '../../lib/card-schedule';
import { buildQueue, deckCounts, liveCard, nextDue, summarize } from '../../lib/review-queue';
import { isTypingTarget } from '../../lib/typing-target';
import { gradeAndSave, undoGrade, type UndoToken } from '../../stores/flashcards';
import { useAppState } from '../shared/use-app-store';
import StorageNotices from '../shared/StorageNotices';
import './flashcards.css';

export interface ReviewCard {
  id: string;
  front: string;
  back: string;
  /** Title of the deck, shown when a session spans decks. */
  deck: string;
  lessonUrl?: string;
  lessonTitle?: string;
}

interface Props {
  cards: ReviewCard[];
  /** Cram mode is offered for one deck, not for the all-decks review. */
  allowCram?: boolean;
}

type Step = { kind: 'scheduled'; token: UndoToken; rating: Grade } | { kind: 'cram'; previousQueue: string[]; rating: Grade };

const LEARN_AHEAD_MINUTES = 20;

export default function ReviewSession({ cards, allowCram = true }: Props) {
  const hydrated = useAppState((s) => s.hydrated);
  const saved = useAppState((s) => s.saved);
  const [now, setNow] = useState(() => new Date());
  const [revealed, setRevealed] = useState(false);
  const [cram, setCram] = useState(false);
  const [cramQueue, setCramQueue] = useState<string[]>([]);
  const [history, setHistory] = useState<Step[]>([]);
  const showRef = useRef<HTMLButtonElement>(null);
  const goodRef = useRef<HTMLButtonElement>(null);
  const byId = useMemo(() => new Map(cards.map((card) => [card.id, card])), [cards]);
  const ids = useMemo(() => cards.map((card) => card.id), [cards]);

  const queue = useMemo(
    () =>
      buildQueue({
        cardIds: ids,
        cards: saved.cards,
        now,
        newCardsPerDay: saved.settings.newCardsPerDay,
        learnAheadMinutes: LEARN_AHEAD_MINUTES,
      }),
    [ids, saved, now],
  );
  const currentId = cram ? cramQueue[0] : (queue.due[0] ?? queue.fresh[0]);
  const current = currentId ? byId.get(currentId) : undefined;
  const retention = saved.settings.desiredRetention;
  const previews = useMemo(
    () => (current && !cram ? previewDue(liveCard(saved.cards, current.id), now, retention) : undefined),
    [current, cram, saved, now, retention],
  );

  const reveal = useCallback(() => {
    if (!current) return;
    setRevealed(true);
  }, [current]);

  const grade = useCallback(
    (rating: Grade) => {
      if (!current || !revealed) return;
      const at = new Date();
      if (cram) {
        setCramQueue(rating === 1 ? [...cramQueue.slice(1), current.id] : cramQueue.slice(1));
        setHistory((h) => [...h, { kind: 'cram', previousQueue: cramQueue, rating }]);
      } else {
        const token = gradeAndSave(current.id, rating, at);
        setHistory((h) => [...h, { kind: 'scheduled', token, rating }]);
      }
      setNow(at);
      setRevealed(false);
    },
    [current, revealed, cram, cramQueue],
  );

  const undo = useCallback(() => {
    const last = history[history.length - 1];
    if (!last) return;
    if (last.kind === 'scheduled') undoGrade(last.token);
    else setCramQueue(last.previousQueue);
    setHistory((h) => h.slice(0, -1));
    setNow(new Date());
    setRevealed(false);
  }, [history]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      // Space and Enter keep their own meaning on other controls (a link, the cram checkbox).
      const onControl = event.target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY', 'INPUT'].includes(event.target.tagName);
      if ((event.key === ' ' || event.key === 'Enter') && !revealed && current) {
        if (onControl && event.target !== showRef.current) return;
        event.preventDefault();
        reveal();
      } else if (revealed && ['1', '2', '3', '4'].includes(event.key)) {
        event.preventDefault();
        grade(Number(event.key) as Grade);
      } else if (event.key === 'z' || event.key === 'Z') {
        event.preventDefault();
        undo();
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [revealed, current, reveal, grade, undo]);

  useEffect(() => {
    if (revealed) goodRef.current?.focus();
    else if (history.length > 0) showRef.current?.focus();
  }, [revealed, history.length]);

  function startCram(on: boolean) {
    setCram(on);
    setCramQueue(on ? [...ids] : []);
    setHistory([]);
    setRevealed(false);
  }

  const counts = deckCounts(ids, saved.cards, now);
  const ratings = history.map((step) => step.rating);
  const summary = summarize(ratings);
  const upcoming = nextDue(ids, saved.cards, now);

  if (!hydrated) {
    return <p className="review__loading">Loading your progress…</p>;
  }

  return (
    <section className="review" aria-label="Review session">
      <StorageNotices />
      <div className="review__bar">
        <p className="review__counts" aria-live="polite">
          {cram ? (
            <>Cram mode: {cramQueue.length} left · your schedule is not changed</>
          ) : (
            <>
              <strong>{queue.due.length}</strong> due · <strong>{queue.fresh.length}</strong> new today · {counts.learned} learned of {counts.total}
            </>
          )}
        </p>
        {allowCram && (
          <label className="review__cram">
            <input type="checkbox" checked={cram} onChange={(e) => startCram(e.target.checked)} /> Cram the whole deck
          </label>
        )}
      </div>

      {current ? (
        <div className="flashcard" role="group" aria-label="Flashcard">
          {cards.some((c) => c.deck !== current.deck) && <p className="flashcard__deck">{current.deck}</p>}
          <p className="flashcard__front">{current.front}</p>
          {revealed && (
            <div className="flashcard__back" aria-live="polite">
              <p>{current.back}</p>
              {current.lessonUrl && (
                <p className="meta">
                  Learn more: <a href={current.lessonUrl}>{current.lessonTitle}</a>
                </p>
              )}
            </div>
          )}
          <div className="flashcard__actions">
            {!revealed ? (
              <button ref={showRef} type="button" className="button-primary" onClick={reveal} aria-keyshortcuts="Space Enter">
                Show answer <kbd aria-hidden="true">Space</kbd>
              </button>
            ) : (
              GRADES.map((g) => (
                <button
                  key={g.rating}
                  ref={g.label === 'Good' ? goodRef : undefined}
                  type="button"
                  className={`grade grade--${g.label.toLowerCase()}`}
                  onClick={() => grade(g.rating)}
                  aria-keyshortcuts={g.key}
                  aria-describedby={`interval-${g.label}`}
                >
                  <span>{g.label}</span>
                  <span className="grade__interval" id={`interval-${g.label}`}>
                    {cram ? `key ${g.key}` : previews ? formatInterval(now, previews[g.rating]) : ''}
                  </span>
                </button>
              ))
            )}
          </div>
        </div>
      ) : (
        <div className="review__done">
          <h2>{history.length > 0 ? 'Session complete' : 'Nothing to review right now'}</h2>
          <dl className="review__summary">
            <div>
              <dt>Cards reviewed</dt>
              <dd>{summary.reviewed}</dd>
            </div>
            <div>
              <dt>Again rate</dt>
              <dd>{Math.round(summary.againRate * 100)}%</dd>
            </div>
            <div>
              <dt>Next card due</dt>
              <dd>{upcoming ? `in ${formatInterval(now, upcoming)} (${upcoming.toLocaleString()})` : counts.unseen > 0 ? 'new cards tomorrow' : 'none scheduled'}</dd>
            </div>
          </dl>
        </div>
      )}
      <p className="review__footer">
        <button type="button" onClick={undo} disabled={history.length === 0} aria-keyshortcuts="Z">
          Undo <kbd aria-hidden="true">Z</kbd>
        </button>
        <span className="meta">Keys: Space shows the answer, 1 to 4 grade, Z undoes.</span>
      </p>
    </section>
  );
}
