import { describe, expect, it } from 'vitest';
import { checkStatusUpdate, hasDate, hasOwner, MAX_WORDS } from '../../src/lib/status-update-check';
import type { CheckStatus } from '../../src/lib/star-story-check';
import { MODEL_STATUS_UPDATE } from '../../src/data/practice-examples';

const statusOf = (text: string, id: string) => checkStatusUpdate(text).checks.find((c) => c.id === id);

const RISKS = 'Risk: the vendor API may slip. Owner: Mei, due Mar 21.';
const ASK = 'Decision needed: approve two more engineers by Friday.';
const MILESTONE = 'Next milestone: load test passes on Mar 24.';

describe('the model update', () => {
  it('passes every check', () => {
    const report = checkStatusUpdate(MODEL_STATUS_UPDATE);
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['overall', 'pass'],
      ['risks', 'pass'],
      ['asks', 'pass'],
      ['milestones', 'pass'],
      ['length', 'pass'],
    ]);
    expect(report.rag).toBe('amber');
    expect(report.words).toBeLessThanOrEqual(MAX_WORDS);
  });
});

describe('overall status with a reason', () => {
  const cases: Array<[string, CheckStatus, string | null]> = [
    ['Overall: Green. On track because the Q3 beta landed on Mar 3 with 3 of 5 teams live.', 'pass', 'green'],
    ['Status: AMBER. Why: load tests reach 7,000 of 12,000 events/s.', 'pass', 'amber'],
    ['Overall: Yellow due to a 10x spike in the vendor error rate.', 'pass', 'amber'],
    ['🔴 Red: the $1.2M contract lapses on Apr 1 unless legal signs by Mar 28.', 'pass', 'red'],
    ['Overall: Red.', 'warn', 'red'],
    ['Overall: Red. The vendor API slipped to Apr 28.', 'pass', 'red'],
    ['Overall: Red.\nTop risks\n- Vendor API late. Owner: Mei, Apr 2.', 'warn', 'red'],
    ['Status: Green-Amber because of testing.', 'warn', 'green'],
    ['Amber/Green this week, as discussed.', 'warn', 'amber'],
    ['The launch is going fine and the team is busy.', 'fail', null],
    ['', 'fail', null],
  ];
  it.each(cases)('%j → %s', (text, expected, rag) => {
    expect(statusOf(text, 'overall')?.status).toBe(expected);
    expect(checkStatusUpdate(text).rag).toBe(rag);
  });

  it('notices a change of colour', () => {
    expect(statusOf('Overall: Amber (was Green) because the vendor slipped 2 weeks.', 'overall')?.detail).toMatch(/change since last time/);
  });
});

describe('top risks with owners and dates', () => {
  const cases: Array<[string, CheckStatus]> = [
    [RISKS, 'pass'],
    ['Top risks\n- Vendor API may slip. Owner: Mei, due Mar 21.\n- Fraud consumer behind. Priya to fix by 2026-03-18.', 'pass'],
    ['Blocked on SP-91 (Mei, due Mar 14).', 'pass'],
    ['Risk: capacity in Q3, @dev owns it.', 'pass'],
    ['Risk: the vendor API may slip.', 'warn'],
    ['Risk: the vendor API may slip by Mar 21.', 'warn'],
    ['Risk: the vendor API may slip; owner is Mei.', 'warn'],
    ['Risk: the vendor may slip, fix soon, TBD.', 'warn'],
    ['No open risks this week.', 'pass'],
    ['Overall: Green because everything landed on Mar 3.', 'fail'],
  ];
  it.each(cases)('%j → %s', (text, expected) => {
    expect(statusOf(text, 'risks')?.status).toBe(expected);
  });

  it('names each risk with what it lacks', () => {
    expect(statusOf('Top risks\n- Vendor may slip.\n- Fraud consumer behind, due Mar 18.', 'risks')?.detail).toBe(
      '“Vendor may slip.” has no owner or date; “Fraud consumer behind, due Mar 18.” has no owner. Write “Owner: Mei, due Mar 21”.',
    );
  });

  it('names the risk that lacks an owner', () => {
    expect(statusOf('Top risks\n- Vendor may slip. Owner: Mei, due Mar 21.\n- Fraud consumer behind, due Mar 18.', 'risks')?.detail).toMatch(
      /“Fraud consumer behind, due Mar 18\.” has no owner/,
    );
  });

  it.each([
    ['Owner: Mei', true],
    ['owned by the Payments team', true],
    ['Mei will retest', true],
    ['Payments team to fix', true],
    ['(SP-91, Mei, due Mar 14)', true],
    ['@priya', true],
    ['The vendor may slip in March', false],
    ['If it fails we turn Red', false],
  ])('hasOwner(%j) → %s', (text, expected) => {
    expect(hasOwner(text)).toBe(expected);
  });

  it.each([
    ['due Mar 21', true],
    ['by Q3', true],
    ['on 2026-04-14', true],
    ['by Friday', true],
    ['soon', false],
    ['TBD', false],
  ])('hasDate(%j) → %s', (text, expected) => {
    expect(hasDate(text)).toBe(expected);
  });
});

describe('decision or help needed', () => {
  const cases: Array<[string, CheckStatus]> = [
    [`Overall: Amber because of load. ${ASK}`, 'pass'],
    ['Overall: Amber because of load. Ask: keep Fraud’s engineer off on-call until Mar 18.', 'pass'],
    ['Overall: Green because it landed. No decision needed this week.', 'pass'],
    ['Overall: Green because it landed.', 'warn'],
    ['Overall: Red because the vendor slipped 3 weeks. No decision needed.', 'fail'],
    ['Overall: Red because the vendor slipped 3 weeks.', 'fail'],
    ['Overall: Red because the vendor slipped. We need a decision on scope by Friday.', 'pass'],
  ];
  it.each(cases)('%j → %s', (text, expected) => {
    expect(statusOf(text, 'asks')?.status).toBe(expected);
  });
});

describe('next milestones with dates', () => {
  const cases: Array<[string, CheckStatus]> = [
    [MILESTONE, 'pass'],
    ['Next milestones\n- M4 load test: Mar 24\n- M5 cutover: Apr 14', 'pass'],
    ['Beta ships in Q3 to 3 of 5 regions.', 'pass'],
    ['Next milestones\n- M4 load test: Mar 24\n- M5 cutover', 'warn'],
    ['The launch will happen soon.', 'fail'],
    ['Cutover TBD.', 'fail'],
    ['We are working hard.', 'fail'],
  ];
  it.each(cases)('%j → %s', (text, expected) => {
    expect(statusOf(text, 'milestones')?.status).toBe(expected);
  });
});

describe('length', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
  it.each([
    [0, 'fail'],
    [20, 'warn'],
    [120, 'pass'],
    [200, 'pass'],
    [201, 'fail'],
  ] as const)('%i words → %s', (n, expected) => {
    expect(statusOf(words(n), 'length')?.status).toBe(expected);
  });

  it('says how much to cut', () => {
    expect(statusOf(words(250), 'length')?.detail).toMatch(/250 words: cut 50/);
  });
});

describe('bad input', () => {
  it('handles empty input with a message for every check', () => {
    const report = checkStatusUpdate('');
    expect(report.words).toBe(0);
    expect(report.checks.every((c) => c.status !== 'pass' && c.detail.length > 0)).toBe(true);
  });

  it('checks 10,000 lines quickly and says it was too long', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `- Risk ${i}: vendor slip. Owner: Mei, due Mar 21. Overall: Amber because of load.`).join(
      '\n',
    );
    const started = performance.now();
    const report = checkStatusUpdate(text);
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(report.truncated).toBe(true);
    expect(report.checks.find((c) => c.id === 'length')?.status).toBe('fail');
  });

  it('reads HTML and script tags as words', () => {
    const report = checkStatusUpdate('<script>alert("Red")</script> <b>Overall: Green</b> because it shipped on Mar 3.');
    expect(report.rag).toBe('red');
    expect(report.checks.find((c) => c.id === 'overall')?.status).toBe('pass');
  });

  it('flags activity reported as progress', () => {
    expect(statusOf('Overall: Green because we held 4 syncs and closed 31 tickets.', 'activity')?.status).toBe('warn');
  });
});

describe('an ask section that says none', () => {
  it.each([
    ['Overall: Green because it landed on Mar 3.\nDecisions needed: none', 'pass'],
    ['Overall: Red because the vendor slipped 3 weeks.\nAsks:\n- None', 'fail'],
    ['Overall: Red because the vendor slipped 3 weeks.\nAsks:\n- Approve a 2-week slip by Friday', 'pass'],
  ] as const)('%j → %s', (text, expected) => {
    expect(checkStatusUpdate(text).checks.find((c) => c.id === 'asks')?.status).toBe(expected);
  });
});
