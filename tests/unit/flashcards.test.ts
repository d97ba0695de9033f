import { describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs, generatorParameters, Rating } from 'ts-fsrs';
import { emptyState, type CardState } from '../../src/lib/app-state';
import { formatInterval, gradeCard, previewDue, toCard } from '../../src/lib/card-schedule';
import { buildQueue, deckCounts, newCardsIntroducedToday, nextDue, startOfLocalDay, summarize } from '../../src/lib/review-queue';
import { deckToTsv } from '../../src/lib/anki-export';
import { loadState, saveState, type StorageLike } from '../../src/lib/storage';

const ids = Array.from({ length: 30 }, (_, i) => `c${i}`);
const day1 = new Date(2026, 10, 20, 9, 0, 0); // local time, 20 Nov 2026 09:00


describe('scheduling', () => {
  it('equals what ts-fsrs computes directly for the same card and time', () => {
    const f = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: false }));
    let direct = createEmptyCard(day1);
    let saved: CardState | undefined;
    let at = day1;
    for (const rating of [Rating.Good, Rating.Good, Rating.Hard, Rating.Again, Rating.Easy] as const) {
      direct = f.next(direct, at, rating).card;
      saved = gradeCard('c0', saved, rating, at, 0.9).record;
      expect(saved.due).toBe(direct.due.toISOString());
      expect(saved.stability).toBe(direct.stability);
      expect(saved.difficulty).toBe(direct.difficulty);
      expect(saved.state).toBe(direct.state);
      at = new Date(direct.due.getTime() + 60_000);
    }
  });

  it('previews the due time of each grade exactly as grading would set it', () => {
    const preview = previewDue(undefined, day1, 0.9);
    for (const rating of [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const) {
      expect(preview[rating].toISOString()).toBe(gradeCard('c0', undefined, rating, day1, 0.9).record.due);
    }
  });

  it('gives longer intervals for a lower desired retention', () => {
    const graded = (retention: number) => {
      let record = gradeCard('c0', undefined, Rating.Good, day1, retention).record;
      record = gradeCard('c0', record, Rating.Good, new Date(record.due), retention).record;
      return Date.parse(record.due);
    };
    expect(graded(0.8)).toBeGreaterThan(graded(0.95));
  });

  it('dates survive the JSON round trip', () => {
    const { record } = gradeCard('c0', undefined, Rating.Good, day1, 0.9);
    const back = JSON.parse(JSON.stringify(record)) as CardState;
    expect(toCard(back, day1).due.getTime()).toBe(new Date(record.due).getTime());
  });

  it('labels intervals like Anki buttons', () => {
    expect(formatInterval(day1, new Date(day1.getTime() + 30_000))).toBe('under 1 min');
    expect(formatInterval(day1, new Date(day1.getTime() + 10 * 60_000))).toBe('10 min');
    expect(formatInterval(day1, new Date(day1.getTime() + 3 * 86_400_000))).toBe('3 d');
    expect(formatInterval(day1, new Date(day1.getTime() + 75 * 86_400_000))).toBe('2.5 mo');
  });
});

describe('the review queue', () => {
  it('puts due cards first by due time, then new cards up to the daily limit', () => {
    const cards: Record<string, CardState> = {};
    const late = gradeCard('c5', undefined, Rating.Good, new Date(day1.getTime() - 3 * 86_400_000), 0.9).record;
    const early = gradeCard('c9', undefined, Rating.Good, new Date(day1.getTime() - 5 * 86_400_000), 0.9).record;
    cards['c5'] = late;
    cards['c9'] = early;
    const queue = buildQueue({ cardIds: ids, cards, now: day1, newCardsPerDay: 5 });
    expect(queue.due).toEqual(['c9', 'c5']);
    expect(queue.fresh).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
  });

  it('counts new cards introduced today against the limit, and resets at local midnight', () => {
    const cards = Object.fromEntries([0, 1, 2].map((i) => [`c${i}`, gradeCard(`c${i}`, undefined, Rating.Good, new Date(day1.getTime() + i * 60_000), 0.9).record]));
    const later = new Date(2026, 10, 20, 23, 59, 0);
    expect(newCardsIntroducedToday(cards, later)).toBe(3);
    expect(buildQueue({ cardIds: ids, cards, now: later, newCardsPerDay: 5 }).fresh).toEqual(['c3', 'c4']);
    const nextMorning = new Date(2026, 10, 21, 0, 1, 0);
    expect(startOfLocalDay(nextMorning).getDate()).toBe(21);
    expect(newCardsIntroducedToday(cards, nextMorning)).toBe(0);
    expect(buildQueue({ cardIds: ids, cards, now: nextMorning, newCardsPerDay: 5 }).fresh).toHaveLength(5);
  });

  it('treats a reset card (tombstone) as new again', () => {
    const cards = { c0: { updatedAt: day1.toISOString(), deleted: true as const } };
    expect(deckCounts(['c0'], cards, day1)).toEqual({ total: 1, due: 0, unseen: 1, learned: 0 });
  });

  it('summarises a session', () => {
    expect(summarize([1, 3, 3, 4])).toEqual({ reviewed: 4, again: 1, againRate: 0.25 });
    expect(summarize([])).toEqual({ reviewed: 0, again: 0, againRate: 0 });
  });
});

class MemoryStorage implements StorageLike {
  data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

describe('persistence across simulated days', () => {
  it('brings back exactly the cards that are due after the clock moves forward', () => {
    const storage = new MemoryStorage();
    let state = emptyState();
    for (const [id, rating] of [['c0', Rating.Good], ['c1', Rating.Easy], ['c2', Rating.Again]] as const) {
      const result = gradeCard(id, undefined, rating, day1, 0.9);
      state = { ...state, cards: { ...state.cards, [id]: result.record }, reviews: { ...state.reviews, [result.reviewId]: result.review } };
    }
    saveState(storage, state);
    const reloaded = loadState(storage).state;
    expect(reloaded).toEqual(state);
    const sameDay = buildQueue({ cardIds: ids.slice(0, 3), cards: reloaded.cards, now: new Date(day1.getTime() + 2 * 60_000), newCardsPerDay: 20 });
    expect(sameDay.due).toEqual(['c2']);
    const tomorrow = new Date(day1.getTime() + 86_400_000 + 3_600_000);
    const due = buildQueue({ cardIds: ids.slice(0, 3), cards: reloaded.cards, now: tomorrow, newCardsPerDay: 20 }).due;
    const expected = ['c0', 'c1', 'c2'].filter((id) => Date.parse((reloaded.cards[id] as CardState).due) <= tomorrow.getTime());
    expect(due.sort()).toEqual(expected.sort());
    expect(due).toContain('c2');
    expect(due).not.toContain('c1');
    expect(nextDue(['c1'], reloaded.cards, tomorrow)?.toISOString()).toBe((reloaded.cards['c1'] as CardState).due);
  });

  it('makes a card new again when its saved state fails validation, keeping the old record in a backup', () => {
    const storage = new MemoryStorage();
    const good = gradeCard('c0', undefined, Rating.Good, day1, 0.9).record;
    storage.setItem('critical-path:state', JSON.stringify({ version: 1, state: { cards: { c0: good, c1: { ...good, stability: 'high' } } } }));
    const result = loadState(storage);
    expect(Object.keys(result.state.cards)).toEqual(['c0']);
    expect(deckCounts(['c0', 'c1'], result.state.cards, day1).unseen).toBe(1);
    const backupKey = result.notices[0]?.backupKey;
    expect(backupKey && storage.getItem(backupKey)).toContain('"stability":"high"');
  });
});

describe('Anki export', () => {
  it('writes one tab-separated note per card with tags last', () => {
    const tsv = deckToTsv({ id: 'd', title: 'Deck', cards: [{ id: 'a', front: 'Q\twith tab', back: 'Line1\nLine2', tags: ['x', 'y'] }] });
    const lines = tsv.trim().split('\n');
    expect(lines).toContain('#separator:tab');
    expect(lines[lines.length - 1]).toBe('Q with tab\tLine1 Line2\tx y d');
  });
});
