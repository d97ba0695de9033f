/**
 * Everything the search UI needs once the index has arrived, in one object: the browser loads this module (and lunr
 * with it) only when a reader first opens search.
 */
import { loadSearchIndex, type SearchDocument } from './search-index';
import { runSearch, type SearchHit, type SearchOutcome } from './search-results';
import { describeHit, type ResultView } from './search-snippet';
import type { ParseOptions } from './search-query';

/** A hit with what its result shows (highlighted title, snippet, section, link) worked out. */
export interface DescribedHit extends SearchHit {
  view: ResultView;
}

/** An outcome whose hits are described: everything the results list needs, and plain data that can cross threads. */
export interface DescribedOutcome extends Omit<SearchOutcome, 'hits'> {
  hits: DescribedHit[];
}

export interface SearchEngine {
  /** How many documents the index holds. */
  size: number;
  search(input: string, options?: ParseOptions): SearchOutcome;
  describe(hit: SearchHit): ResultView;
  /** `search`, with every hit described. */
  answer(input: string, options?: ParseOptions): DescribedOutcome;
  documents: readonly SearchDocument[];
}

/** Builds the engine from the fetched JSON; throws a readable error if it is not a search index. */
export function createSearchEngine(payload: unknown): SearchEngine {
  const loaded = loadSearchIndex(payload);
  let lastInput: string | undefined;
  let lastPrefix: boolean | undefined;
  let lastOutcome: SearchOutcome | undefined;
  const engine: SearchEngine = {
    size: loaded.documents.length,
    documents: loaded.documents,
    search(input, options = {}) {
      const prefix = options.prefixLast ?? true;
      // The dialog and the page re-render often with the same text; the last answer is reused.
      if (lastOutcome && input === lastInput && prefix === lastPrefix) return lastOutcome;
      lastInput = input;
      lastPrefix = prefix;
      lastOutcome = runSearch(loaded, input, options);
      return lastOutcome;
    },
    describe: (hit) => describeHit(hit),
    answer(input, options = {}) {
      const outcome = engine.search(input, options);
      return { ...outcome, hits: outcome.hits.map((hit) => ({ ...hit, view: describeHit(hit) })) };
    },
  };
  return engine;
}
