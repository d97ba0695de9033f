import { describe, expect, it } from 'vitest';
import { COMPETENCY_IDS } from '../../src/lib/competencies';
import {
  ANSWER_MAX_MS,
  ANSWER_MIN_MS,
  ANSWER_TARGET_MS,
  DRILL_QUESTIONS,
  STAR_PARTS,
  answerZone,
  assessAnswer,
  expectedPart,
  pacingMarks,
  pickQuestion,
  questionById,
} from '../../src/lib/behavioral-drill';

/** A fixed sequence of "random" numbers. */
const sequence = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
};

describe('questions', () => {
  it('asks about every competency, three ways each, with unique ids', () => {
    expect(DRILL_QUESTIONS).toHaveLength(COMPETENCY_IDS.length * 3);
    for (const id of COMPETENCY_IDS) expect(DRILL_QUESTIONS.filter((q) => q.competency === id)).toHaveLength(3);
    expect(new Set(DRILL_QUESTIONS.map((q) => q.id)).size).toBe(DRILL_QUESTIONS.length);
    expect(questionById('prioritizing-2')?.competency).toBe('prioritizing');
    for (const q of DRILL_QUESTIONS) expect(q.text).toMatch(/[?.]$/);
  });

  it('draws from the competencies drilled least', () => {
    const drilled: Record<string, number> = {};
    for (const q of DRILL_QUESTIONS) if (q.competency !== 'earning-trust') drilled[q.id] = 1;
    for (let r = 0; r < 1; r += 0.1) expect(pickQuestion({ drilled, random: () => r }).competency).toBe('earning-trust');
  });

  it('within a competency, prefers its questions drilled least, and does not repeat the one just asked', () => {
    const drilled = { 'prioritizing': 2, 'prioritizing-2': 0, 'prioritizing-3': 1 };
    expect(pickQuestion({ competency: 'prioritizing', drilled, random: sequence(0.99) }).id).toBe('prioritizing-2');
    const next = pickQuestion({ competency: 'prioritizing', avoid: 'prioritizing-2', random: sequence(0) });
    expect(next.id).not.toBe('prioritizing-2');
    expect(next.competency).toBe('prioritizing');
  });

  it('covers the whole list when drawn at random with no history', () => {
    const seen = new Set<string>();
    for (let i = 0; i < DRILL_QUESTIONS.length; i += 1) seen.add(pickQuestion({ random: () => i / DRILL_QUESTIONS.length }).id);
    expect(seen.size).toBe(DRILL_QUESTIONS.length);
  });
});

describe('STAR pacing', () => {
  it('paces a two-and-a-half-minute answer with the action longest', () => {
    expect(ANSWER_MIN_MS).toBe(120_000);
    expect(ANSWER_MAX_MS).toBe(180_000);
    expect(ANSWER_TARGET_MS).toBe(150_000);
    const marks = pacingMarks();
    expect(marks.map((m) => [m.id, m.startMs, m.endMs])).toEqual([
      ['situation', 0, 20_000],
      ['task', 20_000, 35_000],
      ['action', 35_000, 120_000],
      ['result', 120_000, 150_000],
    ]);
    const action = STAR_PARTS.find((p) => p.id === 'action')!;
    for (const part of STAR_PARTS) if (part !== action) expect(action.budgetMs).toBeGreaterThan(part.budgetMs);
  });

  it('says which part should be spoken when, and where the answer stands against the window', () => {
    expect(expectedPart(0)).toBe(0);
    expect(expectedPart(19_999)).toBe(0);
    expect(expectedPart(20_000)).toBe(1);
    expect(expectedPart(60_000)).toBe(2);
    expect(expectedPart(130_000)).toBe(3);
    expect(expectedPart(400_000)).toBe(3);
    expect(answerZone(60_000)).toBe('early');
    expect(answerZone(125_000)).toBe('in-range');
    expect(answerZone(170_000)).toBe('wrap-up');
    expect(answerZone(181_000)).toBe('over');
  });

  it('judges the length of an answer', () => {
    expect(assessAnswer(90_000).verdict).toBe('short');
    expect(assessAnswer(150_000).verdict).toBe('on-pace');
    expect(assessAnswer(200_000).verdict).toBe('long');
    expect(assessAnswer(150_000).parts).toEqual([]);
  });

  it('gives advice from the time in each part when the reader marked them', () => {
    const long = assessAnswer(170_000, [50_000, 25_000, 60_000, 35_000]);
    expect(long.parts.map((p) => p.verdict)).toEqual(['long', 'long', 'on-pace', 'on-pace']);
    expect(long.advice.join(' ')).toMatch(/over a minute/);
    expect(long.advice.join(' ')).toMatch(/shorter than the setup/);
    const unfinished = assessAnswer(150_000, [20_000, 15_000, 115_000]);
    expect(unfinished.parts[3]?.verdict).toBe('missing');
    expect(unfinished.advice.join(' ')).toMatch(/never reached the result/);
    expect(assessAnswer(150_000, [20_000, 15_000, 85_000, 30_000]).advice).toEqual([]);
  });
});
