/**
 * The state both search views share: the index (loaded when `wanted` first turns true), the text typed, the type
 * filter, and the outcome of searching for it. Answers arrive asynchronously (from the search worker); while a newer
 * query is on its way the last answer stays on screen, marked stale.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DescribedHit, DescribedOutcome } from '../../lib/search-engine';
import type { SearchType } from '../../lib/search-types';
import { loadSearchClient, type SearchClient } from './search-client';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
export type TypeFilter = SearchType | 'all';

export interface SearchState {
  status: LoadStatus;
  error: string | undefined;
  engine: SearchClient | undefined;
  /** Fetches the index now (idempotent); also the "Try again" action. */
  load: () => void;
  query: string;
  setQuery: (query: string) => void;
  type: TypeFilter;
  setType: (type: TypeFilter) => void;
  /** The latest answer, once the index is ready and there is a query. */
  outcome: DescribedOutcome | undefined;
  /** The outcome's hits of the selected type. */
  hits: DescribedHit[];
  /** True while the shown results are for an older query than the one in the input. */
  stale: boolean;
}

interface Answer {
  input: string;
  outcome: DescribedOutcome;
}

export function useSearch(indexUrl: string, wanted: boolean, options: { prefixLast?: boolean } = {}): SearchState {
  const [engine, setEngine] = useState<SearchClient>();
  const [status, setStatus] = useState<LoadStatus>('idle');
  const [error, setError] = useState<string>();
  const [query, setQuery] = useState('');
  const [type, setType] = useState<TypeFilter>('all');
  const [answer, setAnswer] = useState<Answer>();
  const prefixLast = options.prefixLast ?? true;

  const load = useCallback(() => {
    setStatus((current) => (current === 'ready' ? current : 'loading'));
    loadSearchClient(indexUrl).then(
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

  useEffect(() => {
    if (!engine || !query.trim()) return undefined;
    let current = true;
    engine.answer(query, { prefixLast }).then(
      (outcome) => {
        if (current) setAnswer({ input: query, outcome });
      },
      (reason: unknown) => {
        if (!current) return;
        setStatus('error');
        setError(reason instanceof Error ? reason.message : String(reason));
      },
    );
    return () => {
      current = false;
    };
  }, [engine, query, prefixLast]);

  const outcome = query.trim() ? answer?.outcome : undefined;
  const hits = useMemo(() => (outcome ? (type === 'all' ? outcome.hits : outcome.hits.filter((hit) => hit.document.type === type)) : []), [outcome, type]);

  return { status, error, engine, load, query, setQuery, type, setType, outcome, hits, stale: outcome !== undefined && answer?.input !== query };
}
