import { BUDGETS, PAGE_TYPES, belowMinimum, formatKb, overBudget, pageTypeOf, samplePages } from '../../src/lib/page-budgets';

const paths = [
  '/',
  '/learn/',
  '/learn/role/',
  '/learn/role/what-a-tpm-does/',
  '/learn/role/how-technical/',
  '/cases/',
  '/cases/design-chat/',
  '/stories/',
  '/stories/competency/earning-trust/',
  '/stories/winning-over-sre/',
  '/flashcards/',
  '/flashcards/review/',
  '/flashcards/role-essentials/',
  '/flashcards/role-essentials/browse/',
  '/tools/',
  '/tools/resume/',
  '/tools/critical-path/',
  '/search/',
];

describe('page types', () => {
  it('tells each kind of page by its path', () => {
    expect(pageTypeOf('/')).toBe('home');
    expect(pageTypeOf('/learn/role/what-a-tpm-does/')).toBe('lesson');
    expect(pageTypeOf('/learn/role/')).toBe('track');
    expect(pageTypeOf('/stories/competency/earning-trust/')).toBe('competency');
    expect(pageTypeOf('/stories/winning-over-sre/')).toBe('story');
    expect(pageTypeOf('/flashcards/review/')).toBe('due review');
    expect(pageTypeOf('/flashcards/role-essentials/')).toBe('deck review');
    expect(pageTypeOf('/flashcards/role-essentials/browse/')).toBe('deck browse');
    expect(pageTypeOf('/tools/resume/')).toBe('tool');
    expect(pageTypeOf('/nowhere/at/all/deep/')).toBeUndefined();
  });

  it('gives every type a budget', () => {
    for (const kind of PAGE_TYPES) expect(BUDGETS[kind.type]).toBeDefined();
  });

  it('samples one page of each type, every tool, in a stable order', () => {
    const sample = samplePages([...paths].reverse());
    expect(sample.map((page) => page.label)).toEqual([
      'home',
      'tracks',
      'track',
      'lesson',
      'cases',
      'case',
      'stories',
      'story',
      'competency',
      'decks',
      'deck review',
      'deck browse',
      'due review',
      'tools',
      'tool: critical-path',
      'tool: resume',
      'search',
    ]);
    expect(sample.find((page) => page.type === 'lesson')?.path).toBe('/learn/role/how-technical/');
  });
});

describe('budgets and minimums', () => {
  it('holds the lesson page to 10 KB of HTML, 15 KB of CSS and no JavaScript', () => {
    expect(BUDGETS.lesson).toEqual({ html: 10 * 1024, css: 15 * 1024, js: 0 });
  });

  it('names what is over budget', () => {
    expect(overBudget({ html: 10 * 1024, css: 1000, js: 0 }, BUDGETS.lesson)).toEqual([]);
    expect(overBudget({ html: 11 * 1024, css: 1000, js: 1 }, BUDGETS.lesson)).toEqual(['html 11.0 KB > 10.0 KB', 'js 0.0 KB > 0.0 KB']);
  });

  it('names the scores below their minimum', () => {
    expect(belowMinimum({ performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 })).toEqual([]);
    expect(belowMinimum({ performance: 94, accessibility: 100, 'best-practices': 96, seo: 100 })).toEqual([
      'performance 94 < 95',
      'best-practices 96 < 100',
    ]);
  });

  it('formats kilobytes', () => {
    expect(formatKb(1536)).toBe('1.5 KB');
  });
});
