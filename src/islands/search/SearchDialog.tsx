/**
 * The search dialog, mounted once per page by the layout and hydrated by `client:search` on the reader's first
 * gesture towards search (see search-directive.ts). It opens itself if that gesture asked for it, fetches the index
 * the first time it opens, and gives focus back to whatever opened it when it closes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { OPEN_EVENT, PREFETCH_EVENT, searchBridge, type SearchOpenDetail } from './search-bridge';
import { onInputKeyDown } from './result-keys';
import SearchFilter from './SearchFilter';
import SearchInput from './SearchInput';
import SearchResults from './SearchResults';
import { useSearch } from './use-search';
import './search.css';

interface Props {
  /** URL of the index JSON, with the base path. */
  indexUrl: string;
  /** URL of the search page, with the base path. */
  searchPageUrl: string;
}

/** The dialog shows this many results; the search page shows them all. */
const DIALOG_LIMIT = 20;

export default function SearchDialog({ indexUrl, searchPageUrl }: Props) {
  const [open, setOpen] = useState(false);
  const [warm, setWarm] = useState(false);
  const search = useSearch(indexUrl, open || warm);
  const { setQuery } = search;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);

  const close = useCallback((restoreFocus: boolean) => {
    const dialog = dialogRef.current;
    if (dialog?.open) dialog.close();
    setOpen(false);
    const opener = openerRef.current;
    openerRef.current = null;
    if (restoreFocus && opener?.isConnected) opener.focus();
  }, []);

  useEffect(() => {
    const bridge = searchBridge();
    const onOpen = (event: Event) => {
      const detail = (event as CustomEvent<SearchOpenDetail>).detail;
      if (!dialogRef.current?.open) openerRef.current = detail?.opener ?? null;
      setOpen(true);
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    const onPrefetch = () => setWarm(true);
    window.addEventListener(OPEN_EVENT, onOpen);
    window.addEventListener(PREFETCH_EVENT, onPrefetch);
    bridge.mounted = true;
    if (bridge.pending) {
      openerRef.current = bridge.pending.opener;
      setOpen(true);
    } else if (bridge.prefetch) {
      setWarm(true);
    }
    return () => {
      window.removeEventListener(OPEN_EVENT, onOpen);
      window.removeEventListener(PREFETCH_EVENT, onPrefetch);
      bridge.mounted = false;
    };
  }, []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog) return;
    if (!dialog.open) dialog.showModal();
    const bridge = searchBridge();
    const typed = bridge.pending ? bridge.typed : '';
    bridge.pending = null;
    bridge.typed = '';
    const input = inputRef.current;
    if (typed && input) {
      // Written into the field before it takes focus, so a key pressed before React re-renders appends to it
      // instead of replacing it.
      input.value = typed;
      input.setSelectionRange(typed.length, typed.length);
    }
    input?.focus();
    if (typed) setQuery(typed);
    else input?.select();
  }, [open, setQuery]);

  // Arriving back on this page from the history cache, the dialog a result was followed from is closed.
  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) close(false);
    };
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, [close]);

  if (!open) return null;

  const typed = search.query.trim();
  const allResultsUrl = `${searchPageUrl}?q=${encodeURIComponent(typed)}${search.type === 'all' ? '' : `&type=${search.type}`}`;

  return (
    <dialog
      ref={dialogRef}
      className="search-dialog"
      aria-label="Find lessons, cases, stories and cards"
      onCancel={(event) => {
        event.preventDefault();
        close(true);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close(true);
        }
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog itself; the panel covers everything else.
        if (event.target === event.currentTarget) close(true);
      }}
    >
      <div className="search-dialog__panel">
        <div className="search-bar">
          <SearchInput
            inputRef={inputRef}
            value={search.query}
            onChange={(event) => search.setQuery(event.target.value)}
            onKeyDown={(event) => onInputKeyDown(event, listRef)}
            enterKeyHint="go"
          />
          <button type="button" className="search-bar__close" onClick={() => close(true)}>
            Close <kbd aria-hidden="true">Esc</kbd>
          </button>
        </div>
        {typed && search.outcome && search.outcome.hits.length > 0 && (
          <SearchFilter value={search.type} onChange={search.setType} counts={search.outcome.counts} total={search.outcome.hits.length} />
        )}
        <div className="search-dialog__body" aria-busy={search.stale || undefined}>
          <SearchResults
            search={search}
            limit={DIALOG_LIMIT}
            listRef={listRef}
            inputRef={inputRef}
            onFollow={() => setTimeout(() => close(false), 0)}
            allResultsUrl={allResultsUrl}
          />
        </div>
        <p className="search-dialog__keys" aria-hidden="true">
          <span>
            <kbd>↑</kbd> <kbd>↓</kbd> move
          </span>
          <span>
            <kbd>Enter</kbd> open
          </span>
          <span>
            <kbd>Esc</kbd> close
          </span>
        </p>
      </div>
    </dialog>
  );
}
