/**
 * Everything under the search input, for the dialog and the page alike: the introduction before anything is typed,
 * loading and error states, notes on how the query was read, the results, and a helpful message when there are none.
 */
import { useId, type MouseEvent, type RefObject } from 'react';
import type { DescribedHit } from '../../lib/search-engine';
import type { SearchOutcome } from '../../lib/search-results';
import { SEARCH_TYPE_LABELS } from '../../lib/search-types';
import { routes, withBase } from '../../lib/routes';
import Highlighted from './Highlighted';
import { onListKeyDown } from './result-keys';
import type { SearchState } from './use-search';

/** Searches that show what the index holds; each finds its lesson first. */
export const SUGGESTIONS = ['critical path', 'STAR method', 'load balancer', 'stakeholder map', 'risk register'];

interface Props {
  search: SearchState;
  /** How many results to show. */
  limit: number;
  listRef: RefObject<HTMLDivElement | null>;
  inputRef: RefObject<HTMLInputElement | null>;
  /** Called after the reader follows a result in this tab. */
  onFollow?: () => void;
  /** The full results page for this query, offered when there are more results than `limit`. */
  allResultsUrl?: string;
  /** Shows more results on the page. */
  onShowMore?: () => void;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function positiveWords(outcome: SearchOutcome, replace = true): string {
  return outcome.query.terms
    .filter((term) => term.presence !== 'prohibited')
    .map((term) => (replace ? (outcome.corrections.find((c) => c.from === term.text)?.to ?? term.text) : term.text))
    .join(' ');
}

function ResultItem({ hit, onFollow }: { hit: DescribedHit; onFollow: ((event: MouseEvent) => void) | undefined }) {
  const id = useId();
  const { document, view } = hit;
  return (
    <li className={`search-hit search-hit--${document.type}`}>
      <a
        className="search-hit__link"
        href={withBase(view.href)}
        data-search-result
        aria-label={`${SEARCH_TYPE_LABELS[document.type].singular}: ${document.title}`}
        aria-describedby={`${id}-details`}
        onClick={onFollow}
      >
        <span className="search-hit__type">{SEARCH_TYPE_LABELS[document.type].singular}</span>{' '}
        <span className="search-hit__title">
          <Highlighted segments={view.title} />
        </span>
      </a>
      <div className="search-hit__details" id={`${id}-details`}>
        {view.section && (
          <p className="search-hit__section">
            <span className="search-hit__label">Section:</span> <Highlighted segments={view.section} />
          </p>
        )}
        <p className="search-hit__snippet">
          <Highlighted segments={view.snippet} />
        </p>
        {document.context && <p className="search-hit__context">{document.context}</p>}
      </div>
    </li>
  );
}

function Intro({ onPick }: { onPick: (query: string) => void }) {
  return (
    <div className="search-intro">
      <p>Search every lesson, case, story and flashcard. Results update as you type.</p>
      <p className="search-intro__try">
        <span>Try</span>
        {SUGGESTIONS.map((suggestion) => (
          <button key={suggestion} type="button" className="search-suggestion" onClick={() => onPick(suggestion)}>
            {suggestion}
          </button>
        ))}
      </p>
    </div>
  );
}

function Browse() {
  return (
    <>
      Or browse the <a href={withBase(routes.learn())}>lessons</a>, <a href={withBase(routes.cases())}>cases</a>,{' '}
      <a href={withBase(routes.stories())}>stories</a> and <a href={withBase(routes.flashcards())}>flashcards</a>.
    </>
  );
}

export default function SearchResults({ search, limit, listRef, inputRef, onFollow, allResultsUrl, onShowMore }: Props) {
  const { status, error, engine, outcome, hits, query, type } = search;
  const typed = query.trim();

  if (status === 'error') {
    return (
      <div className="search-message" role="alert">
        <p>
          <strong>Search could not load.</strong> {error ? `(${error}.) ` : ''}Check your connection, then try again.
        </p>
        <p>
          <button type="button" onClick={search.load}>
            Try again
          </button>
        </p>
      </div>
    );
  }
  if (!typed) {
    return (
      <Intro
        onPick={(picked) => {
          search.setQuery(picked);
          inputRef.current?.focus();
        }}
      />
    );
  }
  if (!engine || !outcome) {
    return (
      <p className="search-message search-message--loading" role="status">
        {engine ? 'Searching…' : 'Loading search…'}
      </p>
    );
  }

  const total = outcome.hits.length;
  const shown = hits.slice(0, limit);
  const follow = onFollow
    ? (event: MouseEvent) => {
        if (event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey) onFollow();
      }
    : undefined;
  const summary =
    outcome.mode === 'empty'
      ? 'Nothing to search for yet'
      : total === 0
        ? 'No results'
        : type === 'all'
          ? plural(total, 'result', 'results')
          : `${plural(hits.length, SEARCH_TYPE_LABELS[type].singular.toLowerCase(), SEARCH_TYPE_LABELS[type].plural.toLowerCase())} of ${plural(total, 'result', 'results')}`;

  return (
    <>
      <p className="search-summary" role="status">
        {summary}
      </p>
      {outcome.mode === 'similar' && outcome.corrections.length > 0 && (
        <p className="search-notice">
          No results for “{typed}”. Showing results for “<strong>{positiveWords(outcome)}</strong>”.
        </p>
      )}
      {outcome.mode === 'similar' && outcome.corrections.length === 0 && (
        <p className="search-notice">No exact matches for “{typed}”. Showing results for words spelled similarly.</p>
      )}
      {outcome.mode === 'some' && (
        <p className="search-notice">No result has every word of “{typed}”. Showing results with some of them.</p>
      )}
      {outcome.query.truncated && total > 0 && <p className="search-notice">That is a long search: only its first words were used.</p>}
      {outcome.mode === 'empty' && (
        <div className="search-message">
          <p>
            <strong>“{typed}” has no words to search for.</strong> Search skips very common words such as{' '}
            {outcome.query.ignored.length > 0 ? outcome.query.ignored.slice(0, 3).map((word) => `“${word}”`).join(', ') : '“the”'} and
            anything that is not a letter or a digit.
          </p>
          <p>Add a word that names the topic, such as “float” or “stakeholder”.</p>
        </div>
      )}
      {outcome.mode === 'none' && (
        <div className="search-message">
          <p>
            <strong>No results for “{typed}”.</strong>
          </p>
          <ul>
            <li>Check the spelling, or use fewer words.</li>
            <li>Try a broader term: “risk” rather than “risk burndown chart”.</li>
            <li>
              <Browse />
            </li>
          </ul>
        </div>
      )}
      {total > 0 && hits.length === 0 && type !== 'all' && (
        <div className="search-message">
          <p>
            No {SEARCH_TYPE_LABELS[type].plural.toLowerCase()} match “{typed}”.{' '}
            <button type="button" onClick={() => search.setType('all')}>
              Show all {plural(total, 'result', 'results')}
            </button>
          </p>
        </div>
      )}
      {shown.length > 0 && (
        <div className="search-results" ref={listRef} onKeyDown={(event) => onListKeyDown(event, listRef, inputRef)}>
          <ul className="search-results__list">
            {shown.map((hit) => (
              <ResultItem key={hit.ref} hit={hit} onFollow={follow} />
            ))}
          </ul>
          {allResultsUrl && hits.length > limit && (
            <p className="search-results__more">
              <a href={allResultsUrl} data-search-result onClick={follow}>
                See all {plural(hits.length, 'result', 'results')}
              </a>
            </p>
          )}
          {onShowMore && hits.length > limit && (
            <p className="search-results__more">
              <button type="button" onClick={onShowMore}>
                Show more results ({hits.length - limit} more)
              </button>
            </p>
          )}
        </div>
      )}
    </>
  );
}
