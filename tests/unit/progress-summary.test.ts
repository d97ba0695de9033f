import { describe, expect, it } from 'vitest';
import { continueLesson, nextBestStep, readiness, retention, reviewHeatmap, trackCompletion, type LessonRef } from '../../src/lib/progress-summary';
import { recommendFromRatings } from '../../src/lib/skills';
import type { Review } from '../../src/lib/app-state';

const lessons: LessonRef[] = [
  { id: 'a1', title: 'A1', url: '/learn/a/a1/', track: 'a' },
  { id: 'a2', title: 'A2', url: '/learn/a/a2/', track: 'a' },
  { id: 'a3', title: 'A3', url: '/learn/a/a3/', track: 'a' },
  { id: 'b1', title: 'B1', url: '/learn/b/b1/', track: 'b' },
];
const at = (h: number) => new Date(2026, 10, 22, h).toISOString();

describe('lesson progress', () => {
  it('computes completion per track', () => {
    expect(trackCompletion(['a', 'b'], lessons, new Set(['a1', 'a2']))).toEqual([
      { track: 'a', done: 2, total: 3, share: 2 / 3 },
      { track: 'b', done: 0, total: 1, share: 0 },
    ]);
  });
  it('continues the most recently opened unfinished lesson', () => {
    const progress = { a1: { status: 'complete' as const, updatedAt: at(9) }, b1: { status: 'started' as const, updatedAt: at(8), visitedAt: at(10) } };
    expect(continueLesson(lessons, progress)?.id).toBe('b1');
  });
  it('otherwise continues after the most recently completed lesson, ignoring tombstones', () => {
    const progress = { a1: { status: 'complete' as const, updatedAt: at(9) }, b1: { updatedAt: at(10), deleted: true as const } };
    expect(continueLesson(lessons, progress)?.id).toBe('a2');
    expect(continueLesson(lessons, {})).toBeUndefined();
  });
});

describe('reviews', () => {
  const review = (day: number, rating: number, wasNew = false): [string, Review] => {
    const when = new Date(2026, 10, day, 12).toISOString();
    return [`c${day}${rating}${wasNew}@${when}`, { updatedAt: when, cardId: `c${day}`, rating, reviewedAt: when, wasNew, scheduledDays: 1 }];
  };
  const reviews = Object.fromEntries([review(22, 3), review(22, 1), review(21, 4), review(20, 3, true), review(1, 3)]);
  const now = new Date(2026, 10, 22, 18);
  it('draws 90 days ending today', () => {
    const days = reviewHeatmap(reviews, now);
    expect(days).toHaveLength(90);
    expect(days[89]).toEqual({ date: '2026-11-22', count: 2 });
    expect(days[88]).toEqual({ date: '2026-11-21', count: 1 });
  });
  it('measures retention over seen cards in the last 30 days', () => {
    expect(retention(reviews, now)).toBeCloseTo(3 / 4);
    expect(retention(reviews, now, 1)).toBeCloseTo(1 / 2);
    expect(retention({}, now)).toBeUndefined();
  });
});

describe('readiness and next step', () => {
  const empty = { trackShare: {}, completed: new Set<string>(), attempts: [], stories: [], designCardsLearned: 0 };
  it('is zero with no work and rises with practice', () => {
    expect(readiness(empty).every((r) => r.score === 0)).toBe(true);
    const practised = readiness({ ...empty, trackShare: { 'system-design': 1 }, attempts: [{ caseId: 'x', kind: 'system-design', averageScore: 4 }, { caseId: 'y', kind: 'system-design', averageScore: 3 }] });
    const tech = practised.find((r) => r.round === 'technical-depth')!;
    expect(tech.score).toBeGreaterThan(60);
    expect(tech.score).toBeLessThanOrEqual(100);
  });
  it('sends the reader to due cards first, then to where they left off', () => {
    expect(nextBestStep({ dueCards: 12, weakest: undefined, continueWith: lessons[0], hasPlan: true }).url).toBe('/flashcards/review/');
    expect(nextBestStep({ dueCards: 2, weakest: undefined, continueWith: lessons[1], hasPlan: true }).url).toBe('/learn/a/a2/');
    expect(nextBestStep({ dueCards: 0, weakest: undefined, continueWith: undefined, hasPlan: false }).url).toBe('/plan/');
  });
});

describe('skills self-assessment', () => {
  it('turns the biggest weighted gaps into lessons not yet done', () => {
    const recs = recommendFromRatings({ 'technical-depth': 1, 'agile-scrum': 1, communication: 4 }, new Set(['design-round-framework']));
    expect(recs[0]?.skill.id).toBe('technical-depth');
    expect(recs[0]?.lessons).not.toContain('design-round-framework');
    expect(recs.map((r) => r.skill.id)).not.toContain('communication');
  });
});
