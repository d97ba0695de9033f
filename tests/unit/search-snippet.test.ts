import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../src/lib/search-results';
import { describeHit, highlight, snippet, type Segment } from '../../src/lib/search-snippet';

const marked = (segments: Segment[]) => segments.map((segment) => (segment.match ? `[${segment.text}]` : segment.text)).join('');

describe('highlight', () => {
  it('marks words whose stem matched, in any inflection, and merges neighbours', () => {
    expect(marked(highlight('Load balancers balance load; the balancing act.', new Set(['load', 'balanc'])))).toBe(
      '[Load balancers balance load]; the [balancing] act.',
    );
  });

  it('keeps the original text exactly, accents and emoji included', () => {
    const text = 'Naïve café 🚀 critical-path';
    const segments = highlight(text, new Set(['cafe', 'critic']));
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(marked(segments)).toBe('Naïve [café] 🚀 [critical]-path');
  });

  it('never marks stop words or partial words', () => {
    expect(marked(highlight('The path is the critical pathway', new Set(['path'])))).toBe('The [path] is the critical pathway');
  });

  it('treats markup as text', () => {
    const text = '<img src=x onerror=alert(1)> float';
    expect(highlight(text, new Set(['float'])).map((segment) => segment.text).join('')).toBe(text);
  });
});

describe('snippet', () => {
  const long = `${'Intro words here. '.repeat(20)}The critical path is the longest chain of dependent tasks. ${'Outro words follow. '.repeat(20)}`;

  it('shows short text whole', () => {
    expect(marked(snippet('Find the critical path.', new Set(['critic'])))).toBe('Find the [critical] path.');
  });

  it('cuts long text around the first match, at word boundaries, with ellipses', () => {
    const segments = snippet(long, new Set(['critic']), 120);
    const text = segments.map((segment) => segment.text).join('');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(122);
    expect(marked(segments)).toContain('[critical]');
    expect(text).not.toMatch(/…\S*\s{2}/);
  });

  it('starts at the beginning when nothing matched', () => {
    const text = snippet(long, new Set(['zebra']), 60).map((segment) => segment.text).join('');
    expect(text.startsWith('Intro')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('describeHit', () => {
  const hit = (terms: string[], title = 'The critical path method'): SearchHit => ({
    ref: 0,
    score: 1,
    terms,
    document: {
      type: 'lesson',
      title,
      url: '/learn/program-execution/critical-path-method/',
      summary: 'Run the forward and backward pass and compute float.',
      headings: [
        ['The terms', 'the-terms'],
        ['Step 3: float for every task', 'step-3-float-for-every-task'],
      ],
    },
  });

  it('marks the title and the summary', () => {
    const view = describeHit(hit(['critic', 'float']));
    expect(marked(view.title)).toBe('The [critical] path method');
    expect(marked(view.snippet)).toContain('[float]');
  });

  it('names the section that matched and links to it when the title did not match', () => {
    const view = describeHit(hit(['float']));
    expect(marked(view.section ?? [])).toBe('Step 3: [float] for every task');
    expect(view.href).toBe('/learn/program-execution/critical-path-method/#step-3-float-for-every-task');
  });

  it('links to the page itself when the title matched', () => {
    expect(describeHit(hit(['critic', 'float'])).href).toBe('/learn/program-execution/critical-path-method/');
  });
});
