import { describe, expect, it } from 'vitest';
import { findQuantities, hasBeforeAfter, isDate, isMeasure, isScope, type QuantityKind } from '../../src/lib/quantities';

const kinds = (text: string) => findQuantities(text).map((q) => [q.kind, q.text]);

describe('findQuantities', () => {
  const cases: Array<[string, Array<[QuantityKind, string]>]> = [
    ['10x faster builds', [['multiplier', '10x']]],
    ['a 3× improvement', [['multiplier', '3×']]],
    ['saved $1.2M a year', [['money', '$1.2M']]],
    [
      '€300K in licences and 40 thousand dollars',
      [
        ['money', '€300K'],
        ['money', '40 thousand dollars'],
      ],
    ],
    ['launched in Q3', [['period', 'Q3']]],
    [
      'by H1 2026 and FY25',
      [
        ['period', 'H1 2026'],
        ['period', 'FY25'],
      ],
    ],
    ['3 of 5 teams adopted it', [['ratio', '3 of 5 teams']]],
    [
      'from 2 of 11 teams to 11 of 11',
      [
        ['ratio', '2 of 11 teams'],
        ['ratio', '11 of 11'],
      ],
    ],
    ['three of five teams', [['ratio', 'three of five teams']]],
    ['cut costs 27%', [['percent', '27%']]],
    ['raised it 12 percentage points', [['percent', '12 percentage points']]],
    [
      'in 8 months across 7 teams (52 engineers)',
      [
        ['duration', '8 months'],
        ['count', '7 teams'],
        ['count', '52 engineers'],
      ],
    ],
    [
      'p99 fell from 1.2 s to 380 ms',
      [
        ['duration', '1.2 s'],
        ['duration', '380 ms'],
      ],
    ],
    [
      '2.1M users and 40K documents',
      [
        ['count', '2.1M users'],
        ['count', '40K documents'],
      ],
    ],
    ['between 40-50 engineers', [['count', '40-50 engineers']]],
    ['zero downtime', [['count', 'zero downtime']]],
    [
      'doubled throughput, halved cost',
      [
        ['multiplier', 'doubled'],
        ['multiplier', 'halved'],
      ],
    ],
    [
      'due Mar 21, then 2026-04-14 and 4/14',
      [
        ['date', 'Mar 21'],
        ['date', '2026-04-14'],
        ['date', '4/14'],
      ],
    ],
    ['on 14 March 2026', [['date', '14 March 2026']]],
    [
      'by Friday or EOW',
      [
        ['date', 'Friday'],
        ['date', 'EOW'],
      ],
    ],
    ['in 2024', [['year', '2024']]],
    [
      'cut pages from 31 a week to 9',
      [
        ['number', '31'],
        ['number', '9'],
      ],
    ],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  const none = [
    'S3, EC2 and GPT-4 behind p99 dashboards',
    'a Sev-1 on v2 of the API over IPv6 and HTTP/2',
    'we may march on',
    'she sat with the ones who wed',
    'double-check everything',
    'M3 and M4 are milestones',
    '24/7 support',
    '(1) consumers were not idempotent',
    'ran standups',
    '',
  ];
  it.each(none)('finds no quantity in %j', (text) => {
    expect(findQuantities(text)).toEqual([]);
  });

  it('tells measures from dates', () => {
    const [q3, money] = findQuantities('Q3 saved $5M');
    expect(q3 && isDate(q3)).toBe(true);
    expect(q3 && isMeasure(q3)).toBe(false);
    expect(money && isMeasure(money)).toBe(true);
    const [year] = findQuantities('in 2024');
    expect(year && (isDate(year) || isMeasure(year))).toBe(false);
  });

  it('marks counts of teams, people and systems and timelines as scope', () => {
    const scope = findQuantities('7 teams, 52 engineers, 38 services, in 8 months, 45 ms, 120 jobs, 3 of 5 teams')
      .filter(isScope)
      .map((q) => q.text);
    expect(scope).toEqual(['7 teams', '52 engineers', '38 services', '8 months', '3 of 5 teams']);
  });

  it('stays fast on a long paste', () => {
    const text = 'Led 7 teams to cut p99 from 240 ms to 45 ms, saving $1.2M in Q3. '.repeat(2_000);
    const started = performance.now();
    expect(findQuantities(text).length).toBeGreaterThan(8_000);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('hasBeforeAfter', () => {
  it.each([
    ['lead time fell from 9 days to 4', true],
    ['from 41% to 93%', true],
    ['p99 1.2 s → 380 ms', true],
    ['from biweekly to weekly', false],
    ['fell 68%', false],
    ['moved from Oracle to Postgres in 2024', false],
  ])('%s → %s', (text, expected) => {
    expect(hasBeforeAfter(text)).toBe(expected);
  });
});
