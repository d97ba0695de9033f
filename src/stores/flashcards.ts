/** Flashcard actions on the shared store. Scheduling rules live in src/lib/card-schedule.ts. */
import { putRecords, type CardState } from '../lib/app-state';
import { gradeCard, type Grade } from '../lib/card-schedule';
import { liveCard } from '../lib/review-queue';
import { useAppStore } from './app-store';

/** What `undoGrade` needs to take a grade back. */
export interface UndoToken {
  cardId: string;
  previous: CardState | undefined;
  reviewId: string;
}

/** Grades a card and saves the new schedule and the review at once, so a reload loses nothing. */
export function gradeAndSave(cardId: string, rating: Grade, now = new Date()): UndoToken {
  const { saved, updateSaved } = useAppStore.getState();
  const previous = liveCard(saved.cards, cardId);
  const result = gradeCard(cardId, previous, rating, now, saved.settings.desiredRetention);
  updateSaved((s) => putRecords(s, { cards: { [cardId]: result.record }, reviews: { [result.reviewId]: result.review } }));
  return { cardId, previous, reviewId: result.reviewId };
}

/** Restores the card's schedule from before the grade and withdraws the review. */
export function undoGrade(token: UndoToken, now = new Date()): void {
  const updatedAt = now.toISOString();
  useAppStore.getState().updateSaved((s) =>
    putRecords(s, {
      cards: { [token.cardId]: token.previous ? { ...token.previous, updatedAt } : { updatedAt, deleted: true } },
      reviews: { [token.reviewId]: { updatedAt, deleted: true } },
    }),
  );
}

/** Makes every card of a deck new again. Review history is kept for the dashboard. */
export function resetCards(cardIds: readonly string[], now = new Date()): void {
  const updatedAt = now.toISOString();
  useAppStore.getState().updateSaved((s) =>
    putRecords(s, { cards: Object.fromEntries(cardIds.filter((id) => s.cards[id]).map((id) => [id, { updatedAt, deleted: true as const }])) }),
  );
}
