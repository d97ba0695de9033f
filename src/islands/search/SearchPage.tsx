/**
 * The search page, `/search/?q=…&type=…`: the same results as the dialog, as a page that can be bookmarked and
 * shared. The address follows what is typed; Back returns to earlier searches committed with Enter.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { isSearchType } from '../../lib/search-types';
import { onInputKeyDown } from './result-keys';
import SearchFilter from './SearchFilter';
import SearchInput from './SearchInput';
import SearchResults from './SearchResults';
import { useSearch, type TypeFilter } from './use-search';
import './search.css';

interface Props {
  /** URL of the index JSON, with the base path. */
  indexUrl: string;
  /** The page's title without a query, e.g. "Search · Critical Path". */
  pageTitle: string;
}

const PAGE_SIZE = 30;

function fromAddress(): { query: string; type: TypeFilter } {
  const params = new URLSearchParams(window.location.search);
  const type = params.get('type');
  return { query: params.get('q') ?? '', type: isSearchType(type) ? type : 'all' };
}

function addressFor(query: string, type: TypeFilter): string {
  const url = new URL(window.location.href);
  url.search = '';
  if (query.trim()) url.searchParams.set('q', query.trim());
  if (type !== 'all') url.searchParams.set('type', type);
  return url.pathname + url.search + url.hash;
}

export default function SearchPage({ indexUrl, pageTitle }: Props) {
  const search = useSearch(indexUrl, true);
  const { query, type, setQuery, setType } = search;
  const [limit, setLimit] = useState(PAGE_SIZE);
  // Rendered on the server without JavaScript: the input stays disabled (and the page's <noscript> explains) until
  // the island runs.
  const [hydrated, setHydrated] = useState(false);
  const focusWhenReady = useRef(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const hintId = useId();

  useEffect(() => {
    const read = () => {
      const initial = fromAddress();
      setQuery(initial.query);
      setType(initial.type);
      return initial;
    };
    focusWhenReady.current = !read().query;
    setHydrated(true);
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [setQuery, setType]);

  useEffect(() => {
    if (!hydrated || !focusWhenReady.current) return;
    focusWhenReady.current = false;
    inputRef.current?.focus();
  }, [hydrated]);

  useEffect(() => {
    if (!hydrated) return undefined;
    setLimit(PAGE_SIZE);
    const typed = query.trim();
    document.title = typed ? `“${typed}” · ${pageTitle}` : pageTitle;
    const timer = setTimeout(() => {
      const next = addressFor(query, type);
      if (next !== window.location.pathname + window.location.search + window.location.hash) window.history.replaceState(window.history.state, '', next);
    }, 300);
    return () => clearTimeout(timer);
  }, [hydrated, query, type, pageTitle]);

  return (
    <div className="search-page">
      <form
        role="search"
        className="search-bar search-bar--page"
        onSubmit={(event) => {
          event.preventDefault();
          const next = addressFor(query, type);
          if (next !== window.location.pathname + window.location.search) window.history.pushState(null, '', next);
        }}
      >
        <SearchInput
          inputRef={inputRef}
          name="q"
          data-search-page-input
          disabled={!hydrated}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // Enter keeps its form meaning here (the address is committed); Down still moves into the results.
            if (event.key !== 'Enter') onInputKeyDown(event, listRef);
          }}
          aria-describedby={hintId}
          enterKeyHint="search"
        />
      </form>
      <p id={hintId} className="search-page__hint">
        Results update as you type. Press <kbd>↓</kbd> to move into them. Add <code>-word</code> to leave a word out, or put
        words in quotes to require them all.
      </p>
      {query.trim() && search.outcome && search.outcome.hits.length > 0 && (
        <SearchFilter value={type} onChange={setType} counts={search.outcome.counts} total={search.outcome.hits.length} />
      )}
      {hydrated && (
        <SearchResults search={search} limit={limit} listRef={listRef} inputRef={inputRef} onShowMore={() => setLimit((current) => current + PAGE_SIZE)} />
      )}
    </div>
  );
}
