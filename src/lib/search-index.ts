/**
 * The search index: built once at build time from plain records, shipped as JSON, loaded in the browser the first
 * time a reader opens search. A match in a title counts most, then a heading, then the summary, then the body; words
 * are stemmed (English) so "balancer" finds "balancing".
 */
import lunr from 'lunr';
import { isStopWord, searchWords, stemWord } from './search-text';
import { isSearchType, type SearchType } from './search-types';

export { SEARCH_TYPES, SEARCH_TYPE_LABELS, type SearchType } from './search-types';

export interface SearchHeading {
  text: string;
  /** The heading's id on the rendered page, when known. */
  slug?: string;
}

/** One searchable item, as plain data. */
export interface SearchRecord {
  type: SearchType;
  /** The content's stable id. */
  id: string;
  title: string;
  /** Root-relative URL; the browser adds the base path. */
  url: string;
  summary: string;
  headings: SearchHeading[];
  /** Plain text of everything else a reader reads on the page. */
  body: string;
  /** The track a lesson or a card's deck belongs to. */
  track?: string;
  /** A short line that places the result: a track title, a case kind, a card's deck. */
  context?: string;
}

/** What the browser keeps per document to show a result. Headings are [text, id] pairs (id may be empty). */
export interface SearchDocument {
  type: SearchType;
  title: string;
  url: string;
  summary: string;
  track?: string;
  context?: string;
  headings?: [string, string][];
}

/**
 * What the build writes and the browser fetches. lunr's own JSON for this curriculum is well over the 250 KB budget,
 * so the index travels as its inputs instead: the document table (whose titles, summaries and headings are indexed
 * as they stand) and each document's body as counted, stemmed terms. `createIndex` turns them into the index a plain
 * `lunr()` build of the same texts gives, score for score (a unit test holds it to that).
 */
export interface SearchIndexPayload {
  version: typeof PAYLOAD_VERSION;
  documents: SearchDocument[];
  /** Every term used in a body, sorted. */
  terms: string[];
  /**
   * Per document, its body's terms as ascending positions in `terms`, each written as the gap from the one before
   * (the first from 0) and followed by `:count` when the body uses it more than once; space-separated.
   */
  body: string[];
}

export interface LoadedSearchIndex {
  index: lunr.Index;
  documents: SearchDocument[];
  /**
   * The words of the titles, headings and summaries (not stemmed, no stop words or numbers), with how often each
   * occurs: the words a misspelling is most likely meant to be.
   */
  vocabulary: Map<string, number>;
}

export const PAYLOAD_VERSION = 1;

/** Field weights: title above headings, headings above summary, summary above body. */
export const FIELD_BOOSTS = { title: 10, headings: 4, summary: 2, body: 1 } as const;
export type SearchField = keyof typeof FIELD_BOOSTS;
export const SEARCH_FIELDS = Object.keys(FIELD_BOOSTS) as SearchField[];

/**
 * Document weights. A lesson is the fullest answer to most questions, so it edges out a flashcard whose question
 * happens to use the same words in fewer of them.
 */
export const TYPE_BOOSTS: Record<SearchType, number> = { lesson: 1.5, case: 1.2, story: 1.1, card: 0.8 };

/** A field's terms with their counts, in order of first use. */
export type TermCounts = [term: string, count: number][];

/**
 * The terms lunr's English pipeline makes of a text (trim, drop stop words, stem), counted. Stems are cached: the
 * same few thousand words recur across the curriculum, and stemming is most of the cost of building the index.
 */
export function termCounts(text: string, vocabulary?: Map<string, number>): TermCounts {
  const counts = new Map<string, number>();
  for (const word of searchWords(text)) {
    const term = indexTerm(word);
    if (!term) continue;
    counts.set(term, (counts.get(term) ?? 0) + 1);
    if (vocabulary && word.length >= 3 && !/^\d+$/.test(word)) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
  }
  return [...counts];
}

/** True when the index holds `term` (a stem) exactly. */
export function indexHasTerm(index: lunr.Index, term: string): boolean {
  // lunr keeps its postings on the index without declaring them in its types.
  const { invertedIndex } = index as unknown as { invertedIndex: Record<string, unknown> };
  return Object.prototype.hasOwnProperty.call(invertedIndex, term);
}

interface TermTable {
  /** Every term of the index, sorted. */
  sorted: string[];
  /** How many documents use a term (in any field), filled in as asked. */
  frequency: Map<string, number>;
  postings: Record<string, Record<string, object>>;
}

const termTables = new WeakMap<lunr.Index, TermTable>();

function termTable(index: lunr.Index): TermTable {
  let table = termTables.get(index);
  if (!table) {
    const { invertedIndex } = index as unknown as { invertedIndex: Record<string, Record<string, object>> };
    table = { sorted: Object.keys(invertedIndex).sort(), frequency: new Map(), postings: invertedIndex };
    termTables.set(index, table);
  }
  return table;
}

function documentFrequency(table: TermTable, term: string): number {
  let count = table.frequency.get(term);
  if (count === undefined) {
    const posting = table.postings[term] ?? {};
    const documents = new Set<string>();
    for (const field of SEARCH_FIELDS) for (const ref in posting[field] ?? {}) documents.add(ref);
    count = documents.size;
    table.frequency.set(term, count);
  }
  return count;
}

/** The positions in `sorted` where terms starting with `prefix` begin and end. */
function prefixRange(sorted: readonly string[], prefix: string): [number, number] {
  const lowerBound = (value: string) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] ?? '') < value) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return [lowerBound(prefix), lowerBound(`${prefix}\uffff`)];
}

/** True when some term in the index starts with `prefix`. */
export function indexHasPrefix(index: lunr.Index, prefix: string): boolean {
  const [start, end] = prefixRange(termTable(index).sorted, prefix);
  return end > start;
}

/**
 * The index terms that start with `prefix`, at most `limit` of them: those used by the most documents when there
 * are more. Three typed letters can begin hundreds of terms; searching them all costs time and adds only noise.
 */
export function prefixExpansions(index: lunr.Index, prefix: string, limit: number): string[] {
  const table = termTable(index);
  const [start, end] = prefixRange(table.sorted, prefix);
  const terms = table.sorted.slice(start, end);
  if (terms.length <= limit) return terms;
  return terms
    .map((term) => [term, documentFrequency(table, term)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([term]) => term);
}

const termCache = new Map<string, string>();

/** The index term for one folded word, or an empty string for a stop word. */
export function indexTerm(word: string): string {
  let term = termCache.get(word);
  if (term === undefined) {
    term = isStopWord(word) ? '' : stemWord(word);
    if (termCache.size > 50_000) termCache.clear();
    termCache.set(word, term);
  }
  return term;
}

/** The bodies' terms as the payload stores them (see `SearchIndexPayload`). */
export function encodeBodies(bodies: readonly TermCounts[]): Pick<SearchIndexPayload, 'terms' | 'body'> {
  const terms = [...new Set(bodies.flatMap((body) => body.map(([term]) => term)))].sort();
  const ids = new Map(terms.map((term, id) => [term, id]));
  const body = bodies.map((counts) => {
    let previous = 0;
    return counts
      .map(([term, count]): [number, number] => [ids.get(term) ?? 0, count])
      .sort((a, b) => a[0] - b[0])
      .map(([id, count]) => {
        const gap = id - previous;
        previous = id;
        return count > 1 ? `${gap}:${count}` : String(gap);
      })
      .join(' ');
  });
  return { terms, body };
}

/**
 * The bodies from the payload: per document, a flat list of [term position in `terms`, count] pairs, positions
 * ascending and each used once. Entries that do not decode are skipped, never guessed.
 */
export function decodeBodies(terms: readonly string[], body: readonly string[]): number[][] {
  return body.map((encoded) => {
    const pairs: number[] = [];
    let id = 0;
    let first = true;
    for (const entry of encoded ? encoded.split(' ') : []) {
      const colon = entry.indexOf(':');
      const gap = Number(colon < 0 ? entry : entry.slice(0, colon));
      const count = colon < 0 ? 1 : Number(entry.slice(colon + 1));
      if (!Number.isInteger(gap) || gap < 0 || (gap === 0 && !first)) continue;
      id += gap;
      first = false;
      if (id < terms.length && Number.isInteger(count) && count > 0) pairs.push(id, count);
    }
    return pairs;
  });
}

const headingsText = (document: SearchDocument) => (document.headings ?? []).map(([text]) => text).join('\n');

/** lunr's BM25 constants (its defaults, which `lunr()` builds with). */
const K1 = 1.2;
const B = 0.75;

/** lunr only reads a posting's metadata (to copy it into results); with none recorded, all can share one object. */
const NO_METADATA: object = Object.freeze(Object.create(null));

/**
 * The lunr index for a document table and its bodies' counted terms (`terms` and `bodies` as `decodeBodies` gives
 * them): the index a plain `lunr()` build of the same texts gives, posting for posting and score for score, though
 * its internal term numbers differ. Building through lunr's Builder would re-read the whole curriculum and cost
 * hundreds of milliseconds when a reader opens search; here lunr's serialised form is assembled directly from the
 * counts, with lunr's own scoring formula and rounding, and handed to `lunr.Index.load`.
 */
export function createIndex(
  documents: readonly SearchDocument[],
  terms: readonly string[],
  bodies: readonly (readonly number[])[],
  vocabulary?: Map<string, number>,
): lunr.Index {
  // Term ids: body terms keep their positions in `terms`; terms first met in a title, heading or summary come after.
  const allTerms = [...terms];
  const ids = new Map<string, number>();
  terms.forEach((term, id) => ids.set(term, id));
  /** For each field, for each term id, the documents using it (in document order). */
  const postings: number[][][] = SEARCH_FIELDS.map(() => []);
  /** For each field of each document: its length and flat [term id, count] pairs, ids ascending. */
  const vectors: { field: number; ref: number; length: number; pairs: readonly number[] }[] = [];
  const totalLength = SEARCH_FIELDS.map(() => 0);

  const pairsOf = (counts: TermCounts): number[] => {
    const pairs: [number, number][] = counts.map(([term, count]) => {
      let id = ids.get(term);
      if (id === undefined) {
        id = allTerms.length;
        allTerms.push(term);
        ids.set(term, id);
      }
      return [id, count];
    });
    return pairs.sort((a, b) => a[0] - b[0]).flat();
  };

  documents.forEach((document, ref) => {
    const fields = [
      pairsOf(termCounts(document.title, vocabulary)),
      pairsOf(termCounts(headingsText(document), vocabulary)),
      pairsOf(termCounts(document.summary, vocabulary)),
      bodies[ref] ?? [],
    ];
    fields.forEach((pairs, field) => {
      let length = 0;
      const byTerm = postings[field] ?? [];
      for (let i = 0; i < pairs.length; i += 2) {
        const id = pairs[i] ?? 0;
        length += pairs[i + 1] ?? 0;
        (byTerm[id] ??= []).push(ref);
      }
      totalLength[field] = (totalLength[field] ?? 0) + length;
      vectors.push({ field, ref, length, pairs });
    });
  });

  const documentCount = documents.length;
  const idf = allTerms.map((_, id) => {
    const documentsWithTerm = postings.reduce((sum, byTerm) => sum + (byTerm[id]?.length ?? 0), 0);
    return Math.log(1 + Math.abs((documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5)));
  });
  const averageLength = totalLength.map((total) => total / documentCount);
  const fieldVectors = vectors.map(({ field, ref, length, pairs }) => {
    const name = SEARCH_FIELDS[field] ?? 'body';
    const fieldBoost = FIELD_BOOSTS[name];
    const documentBoost = TYPE_BOOSTS[documents[ref]?.type ?? 'card'];
    const norm = K1 * (1 - B + B * (length / (averageLength[field] ?? 1)));
    const elements: number[] = [];
    for (let i = 0; i < pairs.length; i += 2) {
      const id = pairs[i] ?? 0;
      const tf = pairs[i + 1] ?? 1;
      // Operation for operation as lunr's Builder computes it, so that rounding matches.
      let score = ((idf[id] ?? 0) * ((K1 + 1) * tf)) / (norm + tf);
      score *= fieldBoost;
      score *= documentBoost;
      elements.push(id, Math.round(score * 1000) / 1000);
    }
    return [`${name}/${ref}`, elements];
  });

  const invertedIndex = allTerms
    .map((term, id) => {
      const posting: Record<string, unknown> = { _index: id };
      SEARCH_FIELDS.forEach((name, field) => {
        const refs: Record<number, object> = {};
        for (const ref of postings[field]?.[id] ?? []) refs[ref] = NO_METADATA;
        posting[name] = refs;
      });
      return [term, posting] as const;
    })
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return lunr.Index.load({ version: lunr.version, fields: SEARCH_FIELDS, fieldVectors, invertedIndex, pipeline: ['stemmer'] });
}

function toDocument(record: SearchRecord): SearchDocument {
  const document: SearchDocument = { type: record.type, title: record.title, url: record.url, summary: record.summary };
  if (record.track) document.track = record.track;
  if (record.context) document.context = record.context;
  if (record.headings.length > 0) document.headings = record.headings.map((heading) => [heading.text, heading.slug ?? '']);
  return document;
}

/** The JSON the build writes and the browser fetches. */
export function serializeSearchIndex(records: readonly SearchRecord[]): SearchIndexPayload {
  return { version: PAYLOAD_VERSION, documents: records.map(toDocument), ...encodeBodies(records.map((record) => termCounts(record.body))) };
}

/** The lunr index and document table for a set of records, as the browser will have them. */
export function buildSearchIndex(records: readonly SearchRecord[]): LoadedSearchIndex {
  return loadSearchIndex(serializeSearchIndex(records));
}

const isString = (value: unknown): value is string => typeof value === 'string';

function isDocument(value: unknown): value is SearchDocument {
  if (typeof value !== 'object' || value === null) return false;
  const doc = value as Record<string, unknown>;
  return (
    isSearchType(doc['type']) &&
    isString(doc['title']) &&
    isString(doc['url']) &&
    isString(doc['summary']) &&
    (doc['headings'] === undefined ||
      (Array.isArray(doc['headings']) && doc['headings'].every((pair) => Array.isArray(pair) && pair.length === 2 && pair.every(isString))))
  );
}

/** Loads a fetched payload; throws a readable error if it is not one (a stale cache, a proxy's error page). */
export function loadSearchIndex(payload: unknown): LoadedSearchIndex {
  if (typeof payload !== 'object' || payload === null) throw new Error('The search index is not a JSON object.');
  const data = payload as Partial<SearchIndexPayload>;
  if (data.version !== PAYLOAD_VERSION) throw new Error(`The search index has version ${String(data.version)}, expected ${PAYLOAD_VERSION}.`);
  const { documents, terms, body } = data;
  if (!Array.isArray(documents) || !documents.every(isDocument)) throw new Error('The search index has a malformed document table.');
  if (!Array.isArray(terms) || !terms.every(isString)) throw new Error('The search index has a malformed term list.');
  if (!Array.isArray(body) || body.length !== documents.length || !body.every(isString)) {
    throw new Error('The search index does not have one body entry per document.');
  }
  const vocabulary = new Map<string, number>();
  return { index: createIndex(documents, terms, decodeBodies(terms, body), vocabulary), documents, vocabulary };
}
