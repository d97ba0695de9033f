/**
 * Flashcard scheduling: a thin, JSON-safe layer over ts-fsrs. FSRS decides every interval; this module only converts
 * between its `Card` (with Date objects) and the saved record (ISO strings), and labels intervals for buttons.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type FSRS, type Grade } from 'ts-fsrs';
import type { CardState, Review } from './app-state';

export { Rating, State };
export type { Grade };

export const GRADES: readonly { rating: Grade; label: 'Again' | 'Hard' | 'Good' | 'Easy'; key: string }[] = [
  { rating: Rating.Again, label: 'Again', key: '1' },
  { rating: Rating.Hard, label: 'Hard', key: '2' },
  { rating: Rating.Good, label: 'Good', key: '3' },
  { rating: Rating.Easy, label: 'Easy', key: '4' },
];

const schedulers = new Map<number, FSRS>();

/** One scheduler per desired retention, default parameters, no fuzz (so intervals are reproducible). */
export function schedulerFor(desiredRetention: number): FSRS {
  let scheduler = schedulers.get(desiredRetention);
  if (!scheduler) {
    scheduler = fsrs(generatorParameters({ request_retention: desiredRetention, enable_fuzz: false }));
    schedulers.set(desiredRetention, scheduler);
  }
  return scheduler;
}

export function toCard(record: CardState | undefined, now: Date): Card {
  if (!record) return createEmptyCard(now);
  return {
    due: new Date(record.due),
    stability: record.stability,
    difficulty: record.difficulty,
    elapsed_days: record.elapsed_days,
    scheduled_days: record.scheduled_days,
    learning_steps: record.learning_steps,
    reps: record.reps,
    lapses: record.lapses,
    state: record.state as State,
    ...(record.last_review ? { last_review: new Date(record.last_review) } : {}),
  };
}

export function toRecord(card: Card, updatedAt: Date): CardState {
  return {
    updatedAt: updatedAt.toISOString(),
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
  };
}

export interface GradeResult {
  record: CardState;
  review: Review;
  reviewId: string;
}

/** Grades a card at `now`; returns its new saved state and the review to log. */
export function gradeCard(cardId: string, record: CardState | undefined, rating: Grade, now: Date, desiredRetention: number): GradeResult {
  const before = toCard(record, now);
  const { card } = schedulerFor(desiredRetention).next(before, now, rating);
  const reviewedAt = now.toISOString();
  const introducedAt = record?.introducedAt ?? (before.state === State.New ? reviewedAt : undefined);
  return {
    record: { ...toRecord(card, now), ...(introducedAt ? { introducedAt } : {}) },
    reviewId: `${cardId}@${reviewedAt}`,
    review: {
      updatedAt: reviewedAt,
      cardId,
      rating,
      reviewedAt,
      wasNew: before.state === State.New,
      scheduledDays: card.scheduled_days,
    },
  };
}

/** When each grade would bring the card back, as Anki shows on its buttons. */
export function previewDue(record: CardState | undefined, now: Date, desiredRetention: number): Record<Grade, Date> {
  const preview = schedulerFor(desiredRetention).repeat(toCard(record, now), now);
  return {
    [Rating.Again]: preview[Rating.Again].card.due,
    [Rating.Hard]: preview[Rating.Hard].card.due,
    [Rating.Good]: preview[Rating.Good].card.due,
    [Rating.Easy]: preview[Rating.Easy].card.due,
  } as Record<Grade, Date>;
}

/** "under 1 min", "10 min", "5 h", "3 d", "2.5 mo", "1.2 y". */
export function formatInterval(from: Date, to: Date): string {
  const minutes = (to.getTime() - from.getTime()) / 60_000;
  if (minutes < 1) return 'under 1 min';
  if (minutes < 60) return `${Math.round(minutes)} min`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)} h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)} d`;
  if (days < 365) return `${(days / 30).toFixed(1).replace(/\.0$/, '')} mo`;
  return `${(days / 365).toFixed(1).replace(/\.0$/, '')} y`;
}
