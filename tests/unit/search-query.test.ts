import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, MAX_TERMS, MAX_TERM_LENGTH, hasSearchTerms, parseQuery } from '../../src/lib/search-query';
import { buildSearchIndex, type SearchRecord } from '../../src/lib/search-index';
import { runSearch } from '../../src/lib/search-results';
import { describeHit } from '../../src/lib/search-snippet';
import { realRecords } from './search-real-content';

/** What people type, on purpose or not. Every one must search without throwing. */
export const HOSTILE_INPUTS: string[] = [
  '',
  '   ',
  ':',
  'title:',
  ':risk',
  'foo:bar',
  'title:risk:register',
  '~',
  'risk~',
  'risk~2',
  '~risk',
  '^',
  'risk^10',
  'risk^',
  '*',
  '**',
  '*risk',
  'ri*sk',
  'risk*',
  '+',
  '++risk',
  '-',
  '--',
  '-risk',
  '- risk',
  '+-risk',
  'risk -',
  '"',
  '"critical path',
  'critical path"',
  '"""',
  '"critical" "path',
  '\u201ccritical path\u201d',
  'critical-path',
  "stakeholder's map",
  'A/B testing',
  'p99.9 latency < 200ms',
  '<script>alert(1)</script>',
  '${process.env}',
  '\\',
  '\\\\u0000',
  '\u0000\u0001\u0002',
  '🚀',
  '🚀 launch 🚀',
  '👩‍👩‍👧‍👦 family',
  'café résumé naïve',
  'Ｃｒｉｔｉｃａｌ',
  '中文 搜索',
  'مرحبا',
  '\u202e reversed',
  'x'.repeat(10_000),
  'risk '.repeat(500),
  'a b c d e f g h i j k l m n o p q r s t u v w x y z',
  'the of and to in',
  '((((risk))))',
  '[risk]{register}',
  'risk || path && float',
  'title:title:title',
  '\n\t\r',
  'constructor',
  '__proto__ prototype hasOwnProperty',
  'toString valueOf',
];

describe('parseQuery', () => {
  it('never throws and never returns characters lunr would read as syntax', () => {
    expect(HOSTILE_INPUTS.length).toBeGreaterThanOrEqual(20);
    for (const input of HOSTILE_INPUTS) {
      const parsed = parseQuery(input);
      for (const term of parsed.terms) {
        expect(term.text, JSON.stringify(input)).toMatch(/^[a-z0-9]+$/);
        expect(term.text.length).toBeLessThanOrEqual(MAX_TERM_LENGTH);
      }
      expect(parsed.terms.length).toBeLessThanOrEqual(MAX_TERMS);
    }
  });

  it('reads plain words, dropping very common ones', () => {
    const parsed = parseQuery('What is float in a schedule ');
    expect(parsed.terms.map((term) => term.text)).toEqual(['float', 'schedule']);
    expect(parsed.ignored).toEqual(['what', 'is', 'in', 'a']);
    expect(parsed.terms.every((term) => term.presence === 'optional' && !term.prefix)).toBe(true);
  });

  it('treats the last word as a prefix only while it is being typed', () => {
    expect(parseQuery('load bal').terms.map((term) => term.prefix)).toEqual([false, true]);
    expect(parseQuery('load bal ').terms.map((term) => term.prefix)).toEqual([false, false]);
    expect(parseQuery('load bal', { prefixLast: false }).terms.map((term) => term.prefix)).toEqual([false, false]);
  });

  it('honours +required, -excluded, quoted phrases and known fields', () => {
    const parsed = parseQuery('+risk -register "critical path" title:float ');
    expect(parsed.terms).toEqual([
      { text: 'risk', presence: 'required', prefix: false },
      { text: 'register', presence: 'prohibited', prefix: false },
      { text: 'critical', presence: 'required', prefix: false },
      { text: 'path', presence: 'required', prefix: false },
      { text: 'float', presence: 'optional', field: 'title', prefix: false },
    ]);
    expect(parsed.plain).toBe(false);
  });

  it('falls back to plain words for syntax it cannot honour', () => {
    for (const [input, words] of [
      ['risk~2 ', ['risk', '2']],
      ['risk^10 ', ['risk', '10']],
      ['foo:bar ', ['foo', 'bar']],
      ['"critical path ', ['critical', 'path']],
      ['*risk ', ['risk']],
      ['ri*sk ', ['ri', 'sk']],
      ['++risk ', ['risk']],
    ] as const) {
      const parsed = parseQuery(input);
      expect(parsed.terms.map((term) => term.text), input).toEqual(words);
      expect(parsed.terms.every((term) => term.presence === 'optional'), input).toBe(true);
      expect(parsed.plain, input).toBe(true);
    }
  });

  it('reads a search made only of exclusions as plain words', () => {
    const parsed = parseQuery('-risk -path');
    expect(parsed.terms.map((term) => [term.text, term.presence])).toEqual([
      ['risk', 'optional'],
      ['path', 'optional'],
    ]);
    expect(parsed.plain).toBe(true);
  });

  it('keeps an explicit trailing * as a prefix', () => {
    expect(parseQuery('balanc* ').terms).toEqual([{ text: 'balanc', presence: 'optional', prefix: true }]);
  });

  it('splits words the way the index does: hyphens, slashes, apostrophes, accents, full-width letters', () => {
    expect(parseQuery('critical-path A/B ').terms.map((term) => term.text)).toEqual(['critical', 'path', 'b']);
    expect(parseQuery("stakeholder's ").terms.map((term) => term.text)).toEqual(['stakeholders']);
    expect(parseQuery('Café résumé ').terms.map((term) => term.text)).toEqual(['cafe', 'resume']);
    expect(parseQuery('Ｃｒｉｔｉｃａｌ ').terms.map((term) => term.text)).toEqual(['critical']);
  });

  it('caps very long input and reports it', () => {
    const long = parseQuery('x'.repeat(10_000));
    expect(long.truncated).toBe(true);
    expect(long.terms).toHaveLength(1);
    expect(long.terms[0]?.text.length).toBe(MAX_TERM_LENGTH);
    const many = parseQuery(Array.from({ length: 30 }, (_, i) => `word${i}`).join(' '));
    expect(many.terms).toHaveLength(MAX_TERMS);
    expect(many.truncated).toBe(true);
    expect(parseQuery('y'.repeat(MAX_QUERY_LENGTH + 1)).truncated).toBe(true);
  });

  it('has nothing to search for in emoji, other scripts or only common words', () => {
    for (const input of ['🚀', '中文 搜索', 'the of and to in', '   ', '']) expect(hasSearchTerms(parseQuery(input)), input).toBe(false);
  });
});

const tinyRecords: SearchRecord[] = [
  { type: 'lesson', id: 'cpm', title: 'The critical path method', url: '/learn/pe/cpm/', summary: 'Forward and backward pass, float.', headings: [{ text: 'Float', slug: 'float' }], body: 'Total float and free float.', track: 'program-execution' },
  { type: 'card', id: 'c1', title: 'What is float?', url: '/learn/pe/cpm/', summary: 'The slack a task has.', headings: [], body: 'scheduling' },
];

describe('runSearch on hostile input', () => {
  const tiny = buildSearchIndex(tinyRecords);
  const real = buildSearchIndex(realRecords());

  it.each(HOSTILE_INPUTS.map((input) => [JSON.stringify(input).slice(0, 60), input]))('%s searches without throwing', (_label, input) => {
    for (const loaded of [tiny, real]) {
      for (const prefixLast of [true, false]) {
        const outcome = runSearch(loaded, input, { prefixLast });
        expect(['all', 'similar', 'some', 'none', 'empty']).toContain(outcome.mode);
        for (const hit of outcome.hits.slice(0, 5)) {
          const view = describeHit(hit);
          expect(view.title.map((segment) => segment.text).join('')).toBe(hit.document.title);
        }
      }
    }
  });

  it('answers a hostile search quickly, even a very long one', () => {
    for (const input of ['x'.repeat(10_000), 'risk '.repeat(500), 'a b c d e f g h i j k l m n o p q r s t u v w x y z', 'qqqq zzzz xxxx']) {
      // The best of three runs, so a busy machine's pauses do not count against the search.
      const times = [0, 1, 2].map(() => {
        const start = performance.now();
        runSearch(real, input);
        return performance.now() - start;
      });
      expect(Math.min(...times), input.slice(0, 20)).toBeLessThan(50);
    }
  });
});
