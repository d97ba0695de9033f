/**
 * The review of everything due across decks: fetches every card (src/pages/flashcards/cards.json.ts) once the page
 * is up, then runs an ordinary review session over them.
 */
import { startTransition, useCallback, useEffect, useState } from 'react';
import ReviewSession, { type ReviewCard } from './ReviewSession';
import './flashcards.css';

interface Props {
  /** URL of the cards file, with the base path. */
  cardsUrl: string;
}

function isReviewCard(value: unknown): value is ReviewCard {
  if (typeof value !== 'object' || value === null) return false;
  const card = value as Record<string, unknown>;
  return typeof card['id'] === 'string' && typeof card['front'] === 'string' && typeof card['back'] === 'string' && typeof card['deck'] === 'string';
}

async function fetchCards(url: string): Promise<ReviewCard[]> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`the cards file answered ${response.status} ${response.statusText}`.trim());
  const cards: unknown = await response.json();
  if (!Array.isArray(cards) || !cards.every(isReviewCard)) throw new Error('the cards file is not a list of cards');
  return cards;
}

export default function DueReview({ cardsUrl }: Props) {
  const [cards, setCards] = useState<ReviewCard[]>();
  const [error, setError] = useState<string>();

  const load = useCallback(() => {
    setError(undefined);
    fetchCards(cardsUrl).then(
      (loaded) => startTransition(() => setCards(loaded)),
      (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)),
    );
  }, [cardsUrl]);

  useEffect(load, [load]);

  if (error) {
    return (
      <div className="review__error" role="alert">
        <p>
          <strong>The cards could not load</strong> ({error}). Check your connection, then try again.
        </p>
        <p>
          <button type="button" onClick={load}>
            Try again
          </button>
        </p>
      </div>
    );
  }
  if (!cards) return <p className="review__loading">Loading your cards…</p>;
  return <ReviewSession cards={cards} allowCram={false} />;
}
