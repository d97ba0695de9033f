/**
 * Runs a search and decides what to show. Results that contain every word come first and alone; if none does, the
 * search tries near spellings ("critcal path"), and only then shows results with some of the words, saying so.
 */
import type lunr from 'lunr';
import { SEARCH_TYPES, type LoadedSearchIndex, type SearchDocument, type SearchType } from './search-index';
import { MIN_PREFIX, addClauses, editDistanceFor, exactForms, hasSearchTerms, parseQuery, type ParseOptions, type ParsedQuery, type QueryTerm } from './search-query';
import { indexHasPrefix, indexHasTerm, indexTerm } from './search-index';

/**
 * - `all`: every result has every word.
 * - `similar`: nothing had every word as typed; results have every word or a near spelling of it.
 * - `some`: no result has every word, even spelled differently; results have some of them (and every `+word`).
 * - `none`: nothing matched.
 * - `empty`: there was nothing to search for (no input, or only very common words).
 */
export type SearchMode = 'all' | 'similar' | 'some' | 'none' | 'empty';

export interface SearchHit {
  /** Position of the document in the table. */
  ref: number;
  document: SearchDocument;
  score: number;
  /** The index terms (stems) this document matched: what to highlight. */
  terms: string[];
}

/** A word replaced by a word from the curriculum spelled nearly the same. */
export interface Correction {
  from: string;
  to: string;
}

export interface SearchOutcome {
  query: ParsedQuery;
  mode: SearchMode;
  /** Words replaced before searching, when that is what found the results (mode `similar`). */
  corrections: Correction[];
  hits: SearchHit[];
  /** Hits per type, for the type filter. */
  counts: Record<SearchType, number>;
}

const rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance between `a` and `b` (insertions, deletions, substitutions and swaps of neighbours),
 * or `limit + 1` as soon as it must exceed `limit`. Only the band of cells within `limit` of the diagonal is computed,
 * so checking a word against the whole vocabulary stays well under a millisecond.
 */
export function editDistance(a: string, b: string, limit: number): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  if (a === b) return 0;
  const width = b.length + 1;
  if (rows[0]!.length < width) for (let r = 0; r < 3; r += 1) rows[r] = new Int32Array(width * 2);
  let before = rows[0]!;
  let previous = rows[1]!;
  let current = rows[2]!;
  for (let j = 0; j < width; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current[0] = i;
    if (from > 1) current[from - 1] = over;
    let best = from > 1 ? over : i;
    for (let j = from; j <= to; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current[j] = value;
      if (value < best) best = value;
    }
    if (to < b.length) current[to + 1] = over;
    if (best > limit) return over;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return Math.min(previous[b.length]!, over);
}

/** Which query words (as bit masks over the positive words) an index term matches exactly, or as a longer word or near spelling. */
interface Match {
  exact: number;
  near: number;
}

/**
 * Classifies index terms against the query's words, once per term per search: a search that expands a short prefix
 * meets the same few hundred terms in every result.
 */
function classifier(positive: QueryTerm[], index: lunr.Index, fuzzy: boolean): (candidate: string) => Match {
  const words = positive.map((term) => ({
    forms: new Set(exactForms(term, index)),
    stem: indexTerm(term.text) || term.text,
    distance: fuzzy ? editDistanceFor(term.text) : 0,
    prefix: term.prefix && term.text.length >= MIN_PREFIX ? term.text : undefined,
  }));
  const cache = new Map<string, Match>();
  return (candidate) => {
    let match = cache.get(candidate);
    if (match) return match;
    match = { exact: 0, near: 0 };
    words.forEach((word, position) => {
      const bit = 1 << position;
      if (word.forms.has(candidate)) match.exact |= bit;
      else if (word.prefix && candidate.startsWith(word.prefix)) match.near |= bit;
      else if (word.distance > 0 && editDistance(candidate, word.stem, word.distance) <= word.distance) match.near |= bit;
    });
    cache.set(candidate, match);
    return match;
  };
}

interface Scored {
  result: lunr.Index.Result;
  /** Bit mask of the positive query words this document matched. */
  mask: number;
  /** The index terms to highlight: for each word, its exact forms if the document has them, else what matched it. */
  terms: string[];
}

function score(results: lunr.Index.Result[], positive: QueryTerm[], index: lunr.Index, fuzzy: boolean): Scored[] {
  const classify = classifier(positive, index, fuzzy);
  // Words limited to one field (`title:word`) only count where the term was found in that field.
  const fieldMasks = new Map<string, number>();
  positive.forEach((term, position) => {
    if (term.field) fieldMasks.set(term.field, (fieldMasks.get(term.field) ?? 0) | (1 << position));
  });
  const restricted = [...fieldMasks.values()].reduce((all, mask) => all | mask, 0);
  return results.map((result) => {
    const metadata = result.matchData.metadata as Record<string, Record<string, unknown>>;
    const candidates: [string, number, number][] = [];
    let exactMask = 0;
    let mask = 0;
    for (const candidate in metadata) {
      let { exact, near } = classify(candidate);
      if (restricted !== 0) {
        let allowed = ~restricted;
        for (const field in metadata[candidate]) allowed |= fieldMasks.get(field) ?? 0;
        exact &= allowed;
        near &= allowed;
      }
      if ((exact | near) === 0) continue;
      candidates.push([candidate, exact, near]);
      exactMask |= exact;
      mask |= exact | near;
    }
    // A word typed in full highlights as itself: "star" should not light up every "start" on the page.
    const terms = candidates.filter(([, exact, near]) => (exact | (near & ~exactMask)) !== 0).map(([candidate]) => candidate);
    return { result, mask, terms };
  });
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}

function toHits(scored: Scored[], documents: readonly SearchDocument[]): SearchHit[] {
  return scored.flatMap(({ result, terms }) => {
    const ref = Number(result.ref);
    const document = documents[ref];
    return document ? [{ ref, document, score: result.score, terms }] : [];
  });
}

function countByType(hits: readonly SearchHit[]): Record<SearchType, number> {
  const counts = Object.fromEntries(SEARCH_TYPES.map((type) => [type, 0])) as Record<SearchType, number>;
  for (const hit of hits) counts[hit.document.type] += 1;
  return counts;
}

function outcome(query: ParsedQuery, mode: SearchMode, hits: SearchHit[], corrections: Correction[] = []): SearchOutcome {
  return { query, mode, corrections, hits, counts: countByType(hits) };
}

function isKnown(term: QueryTerm, index: lunr.Index): boolean {
  if (exactForms(term, index).some((form) => indexHasTerm(index, form))) return true;
  return term.prefix && term.text.length >= MIN_PREFIX && indexHasPrefix(index, term.text);
}

/** The query with each word the index does not know replaced by the closest curriculum word, if one is close. */
export function correctQuery(query: ParsedQuery, loaded: LoadedSearchIndex): { query: ParsedQuery; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const terms = query.terms.map((term) => {
    const limit = editDistanceFor(term.text);
    if (term.presence === 'prohibited' || limit === 0 || isKnown(term, loaded.index)) return term;
    let best: { word: string; distance: number; count: number } | undefined;
    for (const [word, count] of loaded.vocabulary) {
      let distance = editDistance(term.text, word, limit);
      if (term.prefix && word.length > term.text.length) distance = Math.min(distance, editDistance(term.text, word.slice(0, term.text.length), limit));
      if (distance > limit) continue;
      if (!best || distance < best.distance || (distance === best.distance && (count > best.count || (count === best.count && word < best.word)))) {
        best = { word, distance, count };
      }
    }
    if (!best) return term;
    corrections.push({ from: term.text, to: best.word });
    return { ...term, text: best.word, prefix: false };
  });
  return { query: { ...query, terms }, corrections };
}

/** Searches the index for what a person typed (or an already parsed query). Never throws on any input. */
export function runSearch(loaded: LoadedSearchIndex, input: string | ParsedQuery, options: ParseOptions = {}): SearchOutcome {
  const query = typeof input === 'string' ? parseQuery(input, options) : input;
  if (!hasSearchTerms(query)) return outcome(query, 'empty', []);
  const { index, documents } = loaded;
  const positive = query.terms.filter((term) => term.presence !== 'prohibited');
  const every = (1 << positive.length) - 1;
  const requiredMask = positive.reduce((mask, term, position) => (term.presence === 'required' ? mask | (1 << position) : mask), 0);
  const hasEvery = (entry: Scored) => entry.mask === every;
  const hasRequired = (entry: Scored) => (entry.mask & requiredMask) === requiredMask;

  const exact = score(index.query((builder) => addClauses(builder, query, index)), positive, index, false);
  const complete = exact.filter(hasEvery);
  if (complete.length > 0) return outcome(query, 'all', toHits(complete, documents));

  const corrected = correctQuery(query, loaded);
  if (corrected.corrections.length > 0) {
    const correctedPositive = corrected.query.terms.filter((term) => term.presence !== 'prohibited');
    const found = score(index.query((builder) => addClauses(builder, corrected.query, index)), correctedPositive, index, false).filter(hasEvery);
    if (found.length > 0) return outcome(query, 'similar', toHits(found, documents), corrected.corrections);
  }

  const canBeFuzzy = positive.some((term) => editDistanceFor(term.text) > 0);
  const fuzzy = canBeFuzzy ? score(index.query((builder) => addClauses(builder, query, index, { fuzzy: true })), positive, index, true) : [];
  const similar = fuzzy.filter(hasEvery);
  if (similar.length > 0) return outcome(query, 'similar', toHits(similar, documents));

  const byCoverage = (a: Scored, b: Scored) => bitCount(b.mask) - bitCount(a.mask) || b.result.score - a.result.score;
  const some = exact.filter(hasRequired).sort(byCoverage);
  if (some.length > 0) return outcome(query, 'some', toHits(some, documents));
  const someSimilar = fuzzy.filter(hasRequired).sort(byCoverage);
  if (someSimilar.length > 0) return outcome(query, 'similar', toHits(someSimilar, documents));
  return outcome(query, 'none', []);
}
