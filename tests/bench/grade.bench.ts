// Budgets for flashcards at scale, measured with vitest's bench fixture (tinybench) and asserted on its statistics.
import { expect, test } from 'vitest';
import { Rating } from 'ts-fsrs';
import { gradeCard } from '../../src/lib/card-schedule';
import { buildQueue } from '../../src/lib/review-queue';
import { gradeAndSave } from '../../src/stores/flashcards';
import { useAppStore } from '../../src/stores/app-store';
import { emptyState, type CardState } from '../../src/lib/app-state';

// A 2,000-card collection, every card reviewed once, plus a review log of the same size.
const start = new Date(2026, 0, 1, 9);
const cardIds = Array.from({ length: 2000 }, (_, i) => `card-${i}`);
const state = emptyState();
for (const id of cardIds) {
  const result = gradeCard(id, undefined, Rating.Good, start, 0.9);
  state.cards[id] = result.record;
  state.reviews[result.reviewId] = result.review;
}

test('grading one card in a 2,000-card collection takes under 2 ms', async ({ bench }) => {
  useAppStore.setState({ saved: structuredClone(state) });
  let tick = 0;
  const result = await bench('grade one card (schedule + store update)', () => {
    tick += 1;
    gradeAndSave(cardIds[tick % cardIds.length]!, Rating.Good, new Date(start.getTime() + 86_400_000 * 3 + tick));
  }).run();
  expect(result.latency.p99).toBeLessThan(2);
});

test('building the review queue over 2,000 cards takes under 5 ms', async ({ bench }) => {
  const result = await bench('build the review queue', () => {
    buildQueue({ cardIds, cards: state.cards as Record<string, CardState>, now: new Date(start.getTime() + 86_400_000 * 5), newCardsPerDay: 20 });
  }).run();
  expect(result.latency.p99).toBeLessThan(5);
});
