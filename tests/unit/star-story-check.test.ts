import { describe, expect, it } from 'vitest';
import { checkStarStory, pronounCounts, type CheckStatus, type StarText } from '../../src/lib/star-story-check';
import { storyCoverage, coverageStatus } from '../../src/lib/story-coverage';
import { COMPETENCIES } from '../../src/lib/competencies';

const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

/** A story whose parts all sit inside their budgets: 45 + 25 + 240 + 55 words, about 2 min 26 s. */
const good: StarText = {
  situation: `At a 400-engineer payments company our ledger ran on Oracle and the support contract ended March 31. ${words(28)}`,
  task: `I was the TPM for the migration and owned the plan. ${words(14)}`,
  action: `I mapped every service that touched the ledger. I made reconciliation the exit criterion. We agreed the phasing. I took the drift report to the director. ${words(213)}`,
  result: `We cut over on March 9, three weeks early, with 6 minutes of downtime against a 30-minute budget and avoided the $1.8M renewal. ${words(32)}`,
};

const statusOf = (story: StarText, id: string, competencies = {}) => checkStarStory(story, competencies).checks.find((c) => c.id === id)?.status;

describe('checkStarStory: the result has a number', () => {
  const cases: Array<[string, CheckStatus]> = [
    ['Builds got 10x faster.', 'pass'],
    ['We avoided a $1.2M renewal.', 'pass'],
    ['3 of 5 teams adopted the template within a quarter.', 'pass'],
    ['Errors fell from 4% to 0.5%.', 'pass'],
    ['We launched three weeks early.', 'pass'],
    ['Zero customer-facing incidents during cutover.', 'pass'],
    ['Lead time halved.', 'pass'],
    ['We shipped in Q3.', 'warn'],
    ['We cut over on March 9.', 'warn'],
    ['It went really well and everyone was happy.', 'fail'],
    ['We moved to S3 and EC2 behind a p99 dashboard.', 'fail'],
    ['The GPT-4 pilot went live in 2024.', 'fail'],
    ['', 'fail'],
    ['   \n  ', 'fail'],
    ['<script>alert(1)</script>', 'fail'],
  ];
  it.each(cases)('%j → %s', (result, expected) => {
    expect(statusOf({ ...good, result }, 'result-number')).toBe(expected);
  });
});

describe('checkStarStory: the action says "I" more than "we"', () => {
  const cases: Array<[string, CheckStatus]> = [
    ['I mapped the services. I set the exit criterion. We agreed the phasing.', 'pass'],
    ['I’m the one who called it, and I’ve kept the habit.', 'pass'],
    ['i escalated early and i wrote the plan; we shipped', 'pass'],
    ['We set up a tracker. We escalated. We phased the rollout.', 'fail'],
    ['I built the tracker and we used it.', 'warn'],
    ["We're proud; we've shipped; I drove it.", 'fail'],
    ['The team did the work and the plan held.', 'fail'],
    ['Set up a tracker, escalated, phased the rollout.', 'fail'],
    ['i.e. the team owned it, we agreed', 'fail'],
    ['', 'fail'],
  ];
  it.each(cases)('%j → %s', (action, expected) => {
    expect(statusOf({ ...good, action }, 'first-person')).toBe(expected);
  });

  it('counts contractions and curly apostrophes, and not "i.e."', () => {
    expect(pronounCounts('I’m sure I’d do it; we’ll see; i.e. nothing')).toEqual({ i: 2, we: 1 });
  });
});

describe('checkStarStory: lengths at 150 words a minute', () => {
  it('passes a story whose parts sit inside their budgets', () => {
    const report = checkStarStory(good, { 'delivering-results': 'primary' });
    expect(report.checks.filter((c) => c.status !== 'pass').map((c) => c.id)).toEqual([]);
    expect(report.totalSeconds).toBeGreaterThanOrEqual(120);
    expect(report.totalSeconds).toBeLessThanOrEqual(180);
  });

  const cases: Array<[keyof StarText, number, CheckStatus]> = [
    ['situation', 0, 'fail'],
    ['situation', 45, 'pass'],
    ['situation', 90, 'warn'],
    ['task', 2, 'warn'],
    ['task', 60, 'warn'],
    ['action', 100, 'warn'],
    ['action', 240, 'pass'],
    ['action', 400, 'warn'],
    ['result', 10, 'warn'],
    ['result', 120, 'warn'],
  ];
  it.each(cases)('%s of %i words → %s', (part, n, expected) => {
    expect(statusOf({ ...good, [part]: words(n) }, `length-${part}`)).toBe(expected);
  });

  it('flags a setup past 30 seconds and a whole past three minutes', () => {
    const long = { ...good, situation: words(60), task: words(35), action: words(400) };
    expect(statusOf(long, 'setup')).toBe('warn');
    expect(statusOf(long, 'total')).toBe('warn');
    expect(checkStarStory(long).checks.find((c) => c.id === 'total')?.detail).toMatch(/over three minutes/);
  });

  it('reports an empty story as not written, without throwing', () => {
    const report = checkStarStory({ situation: '', task: '', action: '', result: '' });
    expect(report.totalWords).toBe(0);
    expect(report.checks.find((c) => c.id === 'total')?.status).toBe('fail');
    expect(report.checks.every((c) => c.detail.length > 0)).toBe(true);
  });
});

describe('checkStarStory: hypotheticals, competencies and bad input', () => {
  it('warns when the answer says what you would do', () => {
    expect(statusOf({ ...good, action: `${good.action} I would escalate to the VP.` }, 'hypothetical')).toBe('warn');
    expect(statusOf(good, 'hypothetical')).toBeUndefined();
  });

  it.each([
    [{}, 'warn'],
    [{ 'delivering-results': 'primary' }, 'pass'],
    [{ 'delivering-results': 'primary', prioritizing: 'primary', 'earning-trust': 'secondary' }, 'pass'],
    [{ 'delivering-results': 'primary', prioritizing: 'primary', 'earning-trust': 'primary' }, 'warn'],
  ] as const)('competencies %j → %s', (competencies, expected) => {
    expect(statusOf(good, 'competencies', competencies)).toBe(expected);
  });

  it('checks only the start of a pasted novel, quickly', () => {
    const huge = Array.from({ length: 10_000 }, (_, i) => `Line ${i}: we did things and I did things, saving $${i}K.`).join('\n');
    const started = performance.now();
    const report = checkStarStory({ situation: huge, task: huge, action: huge, result: huge });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(report.truncated).toBe(true);
    expect(report.parts.action.status).toBe('warn');
  });

  it('treats HTML as words, never as markup', () => {
    const report = checkStarStory({ ...good, result: '<img src=x onerror=alert(1)> saved $2M' });
    expect(report.checks.find((c) => c.id === 'result-number')?.detail).toContain('$2M');
  });
});

describe('storyCoverage', () => {
  it('counts stories per competency and lists gaps before thin rows', () => {
    const coverage = storyCoverage([
      { id: 'a', title: 'A', competencies: { 'delivering-results': 'primary', prioritizing: 'secondary' } },
      { id: 'b', title: 'B', competencies: { 'delivering-results': 'secondary' } },
      { id: 'c', title: 'C', competencies: { 'delivering-results': 'primary', 'not-a-competency': 'primary' } },
    ]);
    const row = (id: string) => coverage.rows.find((r) => r.competency.id === id);
    expect(row('delivering-results')).toMatchObject({ total: 3, primary: 2, status: 'covered', cells: ['primary', 'secondary', 'primary'] });
    expect(row('prioritizing')).toMatchObject({ total: 1, status: 'thin' });
    expect(coverage.covered).toBe(1);
    expect(coverage.needsWork).toHaveLength(COMPETENCIES.length - 1);
    expect(coverage.needsWork.at(-1)?.id).toBe('prioritizing');
  });

  it('treats an empty bank as all gaps', () => {
    const coverage = storyCoverage([]);
    expect(coverage.rows.every((r) => r.status === 'gap' && r.cells.length === 0)).toBe(true);
  });

  it.each([
    [0, 'gap'],
    [1, 'thin'],
    [2, 'covered'],
    [3, 'covered'],
    [4, 'deep'],
  ] as const)('%i stories → %s', (n, status) => {
    expect(coverageStatus(n)).toBe(status);
  });
});
