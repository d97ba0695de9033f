import { gzipSync } from 'node:zlib';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { inlineText, markdownHeadings, mdxToSearchText, searchRecords } from '../../src/lib/search-content';
import {
  FIELD_BOOSTS,
  TYPE_BOOSTS,
  buildSearchIndex,
  decodeBodies,
  encodeBodies,
  loadSearchIndex,
  serializeSearchIndex,
  termCounts,
} from '../../src/lib/search-index';
import { foldText, searchWords, toIndexText, wordSpans } from '../../src/lib/search-text';
import { realRecords } from './search-real-content';

/** The budget for the whole curriculum's index, gzipped, as the issue sets it. */
const INDEX_BUDGET_BYTES = 250 * 1024;

describe('search words', () => {
  it('folds case, accents, apostrophes and full-width letters', () => {
    expect(foldText('Café’s ＡＢ')).toBe("cafe's ab");
    expect(searchWords("The team’s A/B-test, p99.9 — naïve ÉCOLE")).toEqual(['the', 'teams', 'a', 'b', 'test', 'p99', '9', 'naive', 'ecole']);
    expect(toIndexText('critical-path-method!')).toBe('critical path method');
  });

  it('finds word positions in the original text, whatever folding does', () => {
    const text = 'Naïve café, team’s 🚀 plan';
    expect(wordSpans(text).map((span) => [text.slice(span.start, span.end), span.word])).toEqual([
      ['Naïve', 'naive'],
      ['café', 'cafe'],
      ['team’s', 'teams'],
      ['plan', 'plan'],
    ]);
  });
});

describe('MDX to search text', () => {
  const body = [
    "import Thing from './thing';",
    '',
    'The **critical path** is the [longest chain](/learn/program-execution/critical-path-method/).',
    '',
    '## Step 1: the *forward* pass',
    '',
    '<Callout type="tip" title="Float is slack">',
    '',
    'Total float &amp; free float.',
    '',
    '</Callout>',
    '',
    '<CheckYourself question="What is float?">Days a task can slip.</CheckYourself>',
    '',
    '<Diagram title="A network"><svg viewBox="0 0 10 10"><text>SVGLABEL</text></svg></Diagram>',
    '',
    '| Task | Days |',
    '|---|---|',
    '| A | 5 |',
    '',
    '```',
    '## not a heading',
    '```',
  ].join('\n');

  it('keeps what a reader reads and drops addresses, tags, drawings and imports', () => {
    const text = mdxToSearchText(body);
    for (const kept of ['critical path', 'longest chain', 'Float is slack', 'Total float & free float', 'What is float?', 'Days a task can slip', 'A network', 'Task', 'A', '5']) {
      expect(text).toContain(kept);
    }
    for (const dropped of ['/learn/', 'Callout', 'tip', 'SVGLABEL', 'import', 'Step 1', '**', '|']) expect(text).not.toContain(dropped);
  });

  it('lists ## and ### headings as plain text, ignoring code blocks', () => {
    expect(markdownHeadings(body)).toEqual(['Step 1: the forward pass']);
    expect(inlineText('**Bold** [link](/x/) `code` &quot;q&quot;')).toBe('Bold link code "q"');
  });
});

describe('search records from content', () => {
  const records = searchRecords({
    lessons: [
      {
        slug: 'critical-path-method',
        data: { id: 'critical-path-method', title: 'CPM', summary: 'Find the critical path.', track: 'program-execution', objectives: ['Compute float'] },
        body: '## Float\n\nSlack.',
        headings: [{ depth: 2, slug: 'float', text: 'Float' }, { depth: 1, slug: 'cpm', text: 'CPM' }],
      },
    ],
    cases: [],
    stories: [],
    decks: [
      {
        data: {
          id: 'pe',
          title: 'Program execution',
          track: 'program-execution',
          cards: [
            { id: 'c1', front: 'What is float?', back: 'Slack.', tags: ['scheduling'], lesson: 'critical-path-method' },
            { id: 'c2', front: 'What is a WBS?', back: 'A breakdown.', tags: [] },
          ],
        },
      },
    ],
  });

  it('makes one record per lesson and card, with root-relative URLs', () => {
    expect(records.map((record) => [record.type, record.id, record.url])).toEqual([
      ['lesson', 'critical-path-method', '/learn/program-execution/critical-path-method/'],
      ['card', 'c1', '/learn/program-execution/critical-path-method/'],
      ['card', 'c2', '/flashcards/pe/'],
    ]);
  });

  it('uses the rendered heading ids and keeps objectives in the body', () => {
    expect(records[0]?.headings).toEqual([{ text: 'Float', slug: 'float' }]);
    expect(records[0]?.body).toContain('Compute float');
    expect(records[1]?.context).toBe('Program execution deck · from CPM');
    expect(records[2]?.context).toBe('Program execution deck');
  });
});

describe('the index', () => {
  const records = realRecords();

  it('is built from the real curriculum', () => {
    const types = new Set(records.map((record) => record.type));
    expect([...types].sort()).toEqual(['card', 'case', 'lesson', 'story']);
    expect(records.length).toBeGreaterThan(100);
  });

  it('is the index a plain lunr build of the same texts gives, posting for posting and score for score', () => {
    const reference = lunr(function build() {
      this.ref('ref');
      for (const [field, boost] of Object.entries(FIELD_BOOSTS)) this.field(field, { boost });
      records.forEach((record, position) => {
        this.add(
          {
            ref: String(position),
            title: toIndexText(record.title),
            headings: toIndexText(record.headings.map((heading) => heading.text).join('\n')),
            summary: toIndexText(record.summary),
            body: toIndexText(record.body),
          },
          { boost: TYPE_BOOSTS[record.type] },
        );
      });
    });
    const ours = buildSearchIndex(records).index;
    expect(comparable(ours)).toEqual(comparable(reference));
  }, 60_000);

  it('round-trips the bodies through the compact encoding', () => {
    const bodies = [termCounts('float float slack critical path'), [], termCounts('zebra apple apple apple')];
    const encoded = encodeBodies(bodies);
    expect(encoded.terms).toEqual([...encoded.terms].sort());
    const counts = (pairs: number[]) => {
      const result: [string, number][] = [];
      for (let i = 0; i < pairs.length; i += 2) result.push([encoded.terms[pairs[i] ?? -1] ?? '?', pairs[i + 1] ?? 0]);
      return result;
    };
    const sorted = (list: [string, number][]) => [...list].sort((a, b) => a[0].localeCompare(b[0]));
    expect(decodeBodies(encoded.terms, encoded.body).map(counts)).toEqual(bodies.map(sorted));
    // Garbage is skipped, never guessed: not a number, negative, a zero count, a repeated term, a term past the end.
    expect(decodeBodies(['a', 'b'], ['0 x -1 0 1:0 5 0:2'])).toEqual([[0, 1]]);
  });

  it(`fits the budget: at most ${INDEX_BUDGET_BYTES / 1024} KB gzipped`, () => {
    const json = JSON.stringify(serializeSearchIndex(records));
    const gzipped = gzipSync(json, { level: 9 }).length;
    console.log(`search index: ${records.length} documents, ${(json.length / 1024).toFixed(0)} KB, ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    expect(gzipped).toBeLessThanOrEqual(INDEX_BUDGET_BYTES);
  }, 30_000);

  it('refuses a payload that is not a search index, with a readable error', () => {
    const good = serializeSearchIndex(records.slice(0, 3));
    expect(() => loadSearchIndex(good)).not.toThrow();
    expect(() => loadSearchIndex(null)).toThrow(/not a JSON object/);
    expect(() => loadSearchIndex('<!doctype html>')).toThrow(/not a JSON object/);
    expect(() => loadSearchIndex({ ...good, version: 99 })).toThrow(/version 99/);
    expect(() => loadSearchIndex({ ...good, documents: [{ title: 1 }] })).toThrow(/document table/);
    expect(() => loadSearchIndex({ ...good, body: [] })).toThrow(/one body entry per document/);
    expect(() => loadSearchIndex({ ...good, terms: [1] })).toThrow(/term list/);
  });

  it('keeps the document table small: no body text travels', () => {
    const payload = serializeSearchIndex(records);
    const lesson = payload.documents.find((document) => document.type === 'lesson');
    expect(Object.keys(lesson ?? {}).sort()).toEqual(['context', 'headings', 'summary', 'title', 'track', 'type', 'url']);
    expect(payload.documents.every((document) => document.url.startsWith('/') && document.url.endsWith('/'))).toBe(true);
  });
});

/** An index reduced to what decides results: postings and scores, keyed by term rather than by lunr's term numbers. */
function comparable(index: lunr.Index) {
  const json = JSON.parse(JSON.stringify(index)) as {
    fields: string[];
    pipeline: string[];
    invertedIndex: [string, { _index: number } & Record<string, Record<string, unknown>>][];
    fieldVectors: [string, number[]][];
  };
  const termByNumber = new Map(json.invertedIndex.map(([term, posting]) => [posting._index, term]));
  const postings = Object.fromEntries(
    json.invertedIndex.map(([term, posting]) => [term, Object.fromEntries(json.fields.map((field) => [field, Object.keys(posting[field] ?? {}).sort()]))]),
  );
  const vectors = Object.fromEntries(
    json.fieldVectors.map(([ref, elements]) => {
      const scores: Record<string, number> = {};
      for (let i = 0; i < elements.length; i += 2) scores[termByNumber.get(elements[i] ?? -1) ?? '?'] = elements[i + 1] ?? NaN;
      return [ref, scores];
    }),
  );
  return { fields: json.fields, pipeline: json.pipeline, postings, vectors };
}

