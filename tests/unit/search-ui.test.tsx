// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import SearchDialog from '../../src/islands/search/SearchDialog';
import SearchPage from '../../src/islands/search/SearchPage';
import { OPEN_EVENT, searchBridge } from '../../src/islands/search/search-bridge';
import { serializeSearchIndex, type SearchRecord } from '../../src/lib/search-index';

const records: SearchRecord[] = [
  {
    type: 'lesson',
    id: 'critical-path-method',
    title: 'The critical path method',
    url: '/learn/program-execution/critical-path-method/',
    summary: 'Run the forward and backward pass and compute float for every task.',
    headings: [{ text: 'Step 3: float for every task', slug: 'step-3' }],
    body: 'The critical path is the longest chain of dependent tasks.',
    track: 'program-execution',
    context: 'Program execution',
  },
  {
    type: 'card',
    id: 'card-float',
    title: 'What is float on the critical path?',
    url: '/learn/program-execution/critical-path-method/',
    summary: 'Zero: a task on the critical path has no float.',
    headings: [],
    body: 'scheduling',
    track: 'program-execution',
    context: 'Program execution deck',
  },
  {
    type: 'story',
    id: 'hostile',
    title: '<img src=x onerror="window.hacked=1"> critical incident',
    url: '/stories/hostile/',
    summary: 'A story whose title looks like <b>markup</b>.',
    headings: [],
    body: 'incident',
  },
];
const payload = serializeSearchIndex(records);
let indexNumber = 0;
/** A fresh URL per test: loaded indexes are cached per URL for the life of the page. */
const nextIndexUrl = () => `/search-index-${(indexNumber += 1)}.json`;

function mockFetch(ok = true) {
  const fetchMock = vi.fn(async () => (ok ? new Response(JSON.stringify(payload), { status: 200 }) : new Response('nope', { status: 503, statusText: 'Unavailable' })));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

beforeEach(() => {
  const bridge = searchBridge();
  bridge.pending = null;
  bridge.typed = '';
  bridge.mounted = false;
  bridge.prefetch = false;
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

function openFrom(opener: HTMLElement | null) {
  act(() => {
    window.dispatchEvent(new CustomEvent(OPEN_EVENT, { detail: { opener } }));
  });
}

describe('the search dialog', () => {
  it('loads nothing until it opens, then focuses the input labelled Search', async () => {
    const fetchMock = mockFetch();
    render(<SearchDialog indexUrl={nextIndexUrl()} searchPageUrl="/search/" />);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    openFrom(null);
    const input = await screen.findByLabelText('Search');
    expect(input).toHaveFocus();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'critical path' })).toBeInTheDocument();
  });

  it('searches as you type, with results as links named by type and matches marked', async () => {
    mockFetch();
    const user = userEvent.setup();
    render(<SearchDialog indexUrl={nextIndexUrl()} searchPageUrl="/search/" />);
    openFrom(null);
    await user.type(await screen.findByLabelText('Search'), 'critical path');
    const lesson = await screen.findByRole('link', { name: /^Lesson: The critical path method$/ });
    expect(lesson).toHaveAttribute('href', '/learn/program-execution/critical-path-method/');
    expect(screen.getByRole('link', { name: /^Card: What is float on the critical path\?$/ })).toBeInTheDocument();
    const marks = within(lesson).getAllByText((_, element) => element?.tagName === 'MARK');
    expect(marks.map((mark) => mark.textContent)).toEqual(['critical path']);
    expect(screen.getByRole('status')).toHaveTextContent('2 results');
  });

  it('renders what the index holds as text, never as markup', async () => {
    mockFetch();
    const user = userEvent.setup();
    render(<SearchDialog indexUrl={nextIndexUrl()} searchPageUrl="/search/" />);
    openFrom(null);
    await user.type(await screen.findByLabelText('Search'), 'incident');
    const story = await screen.findByRole('link', { name: /^Story:/ });
    expect(story).toHaveTextContent('<img src=x onerror="window.hacked=1"> critical incident');
    expect(document.querySelector('dialog img, dialog b')).toBeNull();
    expect((window as Window & { hacked?: number }).hacked).toBeUndefined();
  });

  it('moves with the arrow keys and filters by type', async () => {
    mockFetch();
    const user = userEvent.setup();
    render(<SearchDialog indexUrl={nextIndexUrl()} searchPageUrl="/search/" />);
    openFrom(null);
    const input = await screen.findByLabelText('Search');
    await user.type(input, 'critical');
    const links = await screen.findAllByRole('link', { name: /^(Lesson|Card|Story):/ });
    await user.keyboard('{ArrowDown}');
    expect(links[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(links[1]).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(input).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: /Cards/ }));
    expect(screen.getAllByRole('link', { name: /^(Lesson|Card|Story):/ }).map((link) => link.getAttribute('aria-label'))).toEqual([
      'Card: What is float on the critical path?',
    ]);
    await user.click(screen.getByRole('radio', { name: /Cases/ }));
    expect(screen.getByText(/No cases match/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Show all 3 results/ }));
    expect(screen.getByRole('radio', { name: /All/ })).toBeChecked();
  });

  it('says so when nothing matches, and when only common words were typed', async () => {
    mockFetch();
    const user = userEvent.setup();
    render(<SearchDialog indexUrl={nextIndexUrl()} searchPageUrl="/search/" />);
    openFrom(null);
    const input = await screen.findByLabelText('Search');
    await user.type(input, 'zebra quokka ');
    expect(await screen.findByText(/No results for “zebra quokka”/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'lessons' })).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, 'what is the ');
    expect(await screen.findByText(/has no words to search for/)).toBeInTheDocument();
  });

  it('closes with Escape and gives focus back to what opened it', async () => {
    mockFetch();
    const user = userEvent.setup();
    const opener = document.createElement('button');
    opener.textContent = 'Open';
    document.body.append(opener);
    opener.focus();
    render(<SearchDialog indexUrl={nextIndexUrl()} searchPageUrl="/search/" />);
    openFrom(opener);
    expect(await screen.findByLabelText('Search')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('opens itself on mount when a gesture asked for it before its code arrived, keeping what was typed', async () => {
    mockFetch();
    const bridge = searchBridge();
    bridge.pending = { opener: null };
    bridge.typed = 'float';
    render(<SearchDialog indexUrl={nextIndexUrl()} searchPageUrl="/search/" />);
    const input = await screen.findByLabelText('Search');
    expect(input).toHaveValue('float');
    expect(input).toHaveFocus();
    expect(bridge.pending).toBeNull();
    expect(bridge.mounted).toBe(true);
    expect(await screen.findByRole('link', { name: /^Lesson:/ })).toBeInTheDocument();
  });

  it('offers to try again when the index does not load', async () => {
    mockFetch(false);
    const user = userEvent.setup();
    render(<SearchDialog indexUrl={nextIndexUrl()} searchPageUrl="/search/" />);
    openFrom(null);
    await user.type(await screen.findByLabelText('Search'), 'float');
    expect(await screen.findByRole('alert')).toHaveTextContent(/Search could not load.*503/);
    mockFetch(true);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: /^Lesson:/ })).toBeInTheDocument();
  });
});

describe('the search page', () => {
  it('reads the query from the address and keeps the address in step', async () => {
    mockFetch();
    window.history.replaceState(null, '', '/search/?q=critical&type=card');
    const user = userEvent.setup();
    render(<SearchPage indexUrl={nextIndexUrl()} pageTitle="Search · Critical Path" />);
    const input = screen.getByLabelText('Search');
    await waitFor(() => expect(input).toHaveValue('critical'));
    expect(await screen.findByRole('link', { name: /^Card:/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Lesson:/ })).not.toBeInTheDocument();
    expect(document.title).toBe('“critical” · Search · Critical Path');
    await user.click(screen.getByRole('radio', { name: /All/ }));
    await user.clear(input);
    await user.type(input, 'float');
    await waitFor(() => expect(window.location.search).toBe('?q=float'));
    expect(input).toHaveAttribute('data-search-page-input');
  });
});
