/**
 * The state both search views share: the index (loaded when `wanted` first turns true), the text typed, the type
 * filter, and the outcome of searching for it.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { SearchEngine } from '../../lib/search-engine';
import type { SearchHit, SearchOutcome } from '../../lib/search-results';
import type { SearchType } from '../../lib/search-types';
import { loadSearchEngine } from './search-client';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
export type TypeFilter = SearchType | 'all';

export interface SearchState {
  status: LoadStatus;
  error: string | undefined;
  engine: SearchEngine | undefined;
  /** Fetches the index now (idempotent); also the "Try again" action. */
  load: () => void;
  query: string;
  setQuery: (query: string) => void;
  type: TypeFilter;
  setType: (type: TypeFilter) => void;
  /** The outcome for the (deferred) query, once the index is ready and there is a query. */
  outcome: SearchOutcome | undefined;
  /** The outcome's hits of the selected type. */
  hits: SearchHit[];
  /** True while the shown results are for an older query than the one in the input. */
  stale: boolean;
}

export function useSearch(indexUrl: string, wanted: boolean, options: { prefixLast?: boolean } = {}): SearchState {
  const [engine, setEngine] = useState<SearchEngine>();
  const [status, setStatus] = useState<LoadStatus>('idle');
  const [error, setError] = useState<string>();
  const [query, setQuery] = useState('');
  const [type, setType] = useState<TypeFilter>('all');
  const deferredQuery = useDeferredValue(query);
  const prefixLast = options.prefixLast ?? true;

  const load = useCallback(() => {
    setStatus((current) => (current === 'ready' ? current : 'loading'));
    loadSearchEngine(indexUrl).then(
      (loaded) => {
        setEngine(loaded);
        setStatus('ready');
        setError(undefined);
      },
      (reason: unknown) => {
        setStatus('error');
        setError(reason instanceof Error ? reason.message : String(reason));
      },
    );
  }, [indexUrl]);

  useEffect(() => {
    if (wanted && status === 'idle') load();
  }, [wanted, status, load]);

  const outcome = useMemo(
    () => (engine && deferredQuery.trim() ? engine.search(deferredQuery, { prefixLast }) : undefined),
    [engine, deferredQuery, prefixLast],
  );
  const hits = useMemo(() => (outcome ? (type === 'all' ? outcome.hits : outcome.hits.filter((hit) => hit.document.type === type)) : []), [outcome, type]);

  return { status, error, engine, load, query, setQuery, type, setType, outcome, hits, stale: deferredQuery !== query };
}
