import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/lib/content-schema';
import { findIntegrityProblems, formatProblem } from '../../src/lib/content-integrity';
import { accessibleSvg } from '../../src/lib/diagram-svg';
import { slugOf, withBase } from '../../src/lib/routes';

const phase = (id: string, minutes: number) => ({ id, title: `Phase ${id}`, minutes, prompts: ['Ask something useful'] });
const rubric = ['a', 'b', 'c'].map((id) => ({ id, criterion: `Criterion ${id}`, excellent: 'What a four looks like.' }));

describe('case schema', () => {
  it('accepts phases that add up to the round', () => {
    const result = caseSchema.safeParse({ id: 'c', title: 'A case', kind: 'program', summary: 'A case summary long enough.', level: 'core', minutes: 45, phases: [phase('a', 20), phase('b', 25)], rubric });
    expect(result.success).toBe(true);
  });
  it('names the phases field when the minutes do not add up', () => {
    const result = caseSchema.safeParse({ id: 'c', title: 'A case', kind: 'program', summary: 'A case summary long enough.', level: 'core', minutes: 45, phases: [phase('a', 20), phase('b', 20)], rubric });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['phases']);
    expect(result.error?.issues[0]?.message).toBe('phase minutes add up to 40, but the round is 45 minutes');
  });
});

describe('content integrity', () => {
  it('names the file and field of a duplicate id and a dangling reference', () => {
    const problems = findIntegrityProblems([
      { kind: 'lesson', id: 'x', file: 'content/lessons/role/x.mdx', references: [{ field: 'related', id: 'nope', allowed: ['lesson'] }] },
      { kind: 'case', id: 'x', file: 'content/cases/x.mdx', references: [] },
    ]).map(formatProblem);
    expect(problems).toEqual([
      'content/cases/x.mdx: field "id": id "x" is already used by a lesson in content/lessons/role/x.mdx',
      'content/lessons/role/x.mdx: field "related": "nope" is not the id of any lesson',
    ]);
  });
  it('rejects a reference to the wrong kind of item', () => {
    const problems = findIntegrityProblems([
      { kind: 'deck', id: 'd', file: 'content/decks/d.yaml', references: [] },
      { kind: 'card', id: 'c1', file: 'content/decks/d.yaml', references: [{ field: 'cards[c1].lesson', id: 'd', allowed: ['lesson'] }] },
    ]);
    expect(problems[0]?.message).toBe('"d" is a deck; this field takes a lesson');
  });
});

describe('diagrams', () => {
  it('become images with a title and description and arrowheads of their own', () => {
    const html = accessibleSvg('<svg viewBox="0 0 10 10"><line class="d-line" marker-end="url(#arrow)"></line></svg>', { title: 'Flow <1>', description: 'A & B' });
    expect(html).toMatch(/<svg viewBox="0 0 10 10" role="img" aria-labelledby="(dg\d+)-title \1-desc"/);
    expect(html).toContain('<title id="');
    expect(html).toContain('Flow &lt;1&gt;</title>');
    expect(html).toContain('A &amp; B</desc>');
    expect(html).toMatch(/marker-end="url\(#dg\d+-arrow\)"/);
  });
  it('fail loudly when there is no drawing inside', () => {
    expect(() => accessibleSvg('<p>nothing</p>', { title: 'Empty', description: 'None' })).toThrow(/Empty/);
  });
});

describe('routes', () => {
  it('leave non-root links alone and add the base to root-relative ones', () => {
    expect(withBase('/learn/')).toBe('/learn/');
    expect(withBase('https://example.com/')).toBe('https://example.com/');
    expect(withBase('#top')).toBe('#top');
    expect(slugOf('role/what-a-tpm-does')).toBe('what-a-tpm-does');
  });
});
