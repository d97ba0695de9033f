/**
 * What to review next: due cards first (earliest due first), then new cards up to the daily limit. The limit counts
 * new cards introduced since local midnight, so it resets when the reader's day does.
 */
import { isLive, type CardState, type Review, type Tombstone } from './app-state';


export type CardRecords = Record<string, CardState | Tombstone>;
export type ReviewRecords = Record<string, Review | Tombstone>;

/** Local midnight at the start of `now`'s day. */
export function startOfLocalDay(now: Date): Date {
  const day = new Date(now);
  day.setHours(0, 0, 0, 0);
  return day;
}

export function liveCard(records: CardRecords, id: string): CardState | undefined {
  const record = records[id];
  return isLive(record) ? (record as CardState) : undefined;
}

/** How many new cards the reader has started today (local time), across all decks. O(cards), not O(reviews). */
export function newCardsIntroducedToday(cards: CardRecords, now: Date): number {
  const since = startOfLocalDay(now).getTime();
  let count = 0;
  for (const record of Object.values(cards)) {
    if (!isLive(record)) continue;
    const at = (record as CardState).introducedAt;
    if (at && Date.parse(at) >= since && Date.parse(at) <= now.getTime()) count += 1;
  }
  return count;
}

export interface QueueInput {
  /** Card ids in deck order (new cards are introduced in this order). */
  cardIds: readonly string[];
  cards: CardRecords;
  now: Date;
  newCardsPerDay: number;
  /** When nothing is due or new, cards due within this many minutes are shown early (Anki's learn-ahead). */
  learnAheadMinutes?: number;
}

export interface Queue {
  /** Ids of cards due now, earliest due first. */
  due: string[];
  /** Ids of new cards allowed today, in deck order. */
  fresh: string[];
}

export function buildQueue({ cardIds, cards, now, newCardsPerDay, learnAheadMinutes = 0 }: QueueInput): Queue {
  const dueWithTime: { id: string; at: number }[] = [];
  const soon: { id: string; at: number }[] = [];
  const unseen: string[] = [];
  const nowMs = now.getTime();
  const aheadMs = nowMs + learnAheadMinutes * 60_000;
  for (const id of cardIds) {
    const record = liveCard(cards, id);
    if (!record || record.state === 0) unseen.push(id);
    else {
      const at = Date.parse(record.due);
      if (at <= nowMs) dueWithTime.push({ id, at });
      else if (at <= aheadMs) soon.push({ id, at });
    }
  }
  dueWithTime.sort((a, b) => a.at - b.at);
  const allowance = Math.max(0, newCardsPerDay - newCardsIntroducedToday(cards, now));
  const fresh = unseen.slice(0, allowance);
  if (dueWithTime.length === 0 && fresh.length === 0) dueWithTime.push(...soon.sort((a, b) => a.at - b.at));
  return { due: dueWithTime.map((d) => d.id), fresh };
}

export interface DeckCounts {
  total: number;
  /** Seen cards due now. */
  due: number;
  /** Cards never reviewed. */
  unseen: number;
  /** Cards reviewed at least once and not due now. */
  learned: number;
}

export function deckCounts(cardIds: readonly string[], cards: CardRecords, now: Date): DeckCounts {
  let due = 0;
  let unseen = 0;
  for (const id of cardIds) {
    const record = liveCard(cards, id);
    if (!record || record.state === 0) unseen += 1;
    else if (Date.parse(record.due) <= now.getTime()) due += 1;
  }
  return { total: cardIds.length, due, unseen, learned: cardIds.length - due - unseen };
}

/** The earliest future due time among the given cards, or undefined when none is scheduled. */
export function nextDue(cardIds: readonly string[], cards: CardRecords, now: Date): Date | undefined {
  let best: number | undefined;
  for (const id of cardIds) {
    const record = liveCard(cards, id);
    if (!record || record.state === 0) continue;
    const at = Date.parse(record.due);
    if (at > now.getTime() && (best === undefined || at < best)) best = at;
  }
  return best === undefined ? undefined : new Date(best);
}

export interface SessionSummary {
  reviewed: number;
  again: number;
  /** Share of answers graded Again, 0 to 1. */
  againRate: number;
}

export function summarize(ratings: readonly number[]): SessionSummary {
  const again = ratings.filter((r) => r === 1).length;
  return { reviewed: ratings.length, again, againRate: ratings.length === 0 ? 0 : again / ratings.length };
}
