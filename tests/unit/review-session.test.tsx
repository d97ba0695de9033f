// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ReviewSession, { type ReviewCard } from '../../src/islands/flashcards/ReviewSession';
import { flushSaves, resetPersistenceForTests, useAppStore } from '../../src/stores/app-store';
import { STATE_KEY } from '../../src/lib/storage';

const cards: ReviewCard[] = [
  { id: 'k1', front: 'What is float?', back: 'Slack before the finish moves.', deck: 'Methods', lessonUrl: '/learn/x/', lessonTitle: 'CPM' },
  { id: 'k2', front: 'What is a RACI?', back: 'Who is responsible, accountable, consulted, informed.', deck: 'Methods' },
  { id: 'k3', front: 'What is PERT?', back: '(O + 4M + P) / 6.', deck: 'Methods' },
];

async function renderHydrated(props: { allowCram?: boolean } = {}) {
  render(<ReviewSession cards={cards} {...props} />);
  await screen.findByRole('group', { name: 'Flashcard' });
}

beforeEach(() => {
  localStorage.clear();
  resetPersistenceForTests();
});
afterEach(() => localStorage.clear());

describe('reviewing with the keyboard alone', () => {
  it('shows the answer with Space, grades with 1 to 4, and saves each grade', async () => {
    const user = userEvent.setup();
    await renderHydrated();
    expect(screen.getByText('What is float?')).toBeInTheDocument();
    expect(screen.queryByText('Slack before the finish moves.')).not.toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByText('Slack before the finish moves.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'CPM' })).toHaveAttribute('href', '/learn/x/');
    for (const label of ['Again', 'Hard', 'Good', 'Easy']) expect(screen.getByRole('button', { name: new RegExp(`^${label}`) })).toBeInTheDocument();
    await user.keyboard('3');
    expect(screen.getByText('What is a RACI?')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    await user.keyboard('4');
    flushSaves();
    const saved = JSON.parse(localStorage.getItem(STATE_KEY) ?? '{}');
    expect(Object.keys(saved.state.cards).sort()).toEqual(['k1', 'k2']);
    expect(Object.keys(saved.state.reviews)).toHaveLength(2);
  });

  it('takes back the last grade with Z', async () => {
    const user = userEvent.setup();
    await renderHydrated();
    await user.keyboard(' 3');
    expect(useAppStore.getState().saved.cards['k1']).toMatchObject({ state: 1 });
    await user.keyboard('z');
    expect(useAppStore.getState().saved.cards['k1']).toMatchObject({ deleted: true });
    expect(screen.getByText('What is float?')).toBeInTheDocument();
    expect(Object.values(useAppStore.getState().saved.reviews).every((r) => 'deleted' in r)).toBe(true);
  });

  it('crams the whole deck without changing the schedule', async () => {
    const user = userEvent.setup();
    await renderHydrated();
    await user.click(screen.getByRole('checkbox', { name: /cram/i }));
    await user.keyboard('{Tab}');
    expect(screen.getByText(/Cram mode: 3 left/)).toBeInTheDocument();
    await user.keyboard(' 3 3 1');
    expect(screen.getByText(/Cram mode: 1 left/)).toBeInTheDocument();
    expect(useAppStore.getState().saved.cards).toEqual({});
    await user.keyboard(' 3');
    expect(screen.getByRole('heading', { name: 'Session complete' })).toBeInTheDocument();
    expect(screen.getByText('4')).toBeInTheDocument();
    expect(screen.getByText('25%')).toBeInTheDocument();
  });

  it('ends with a summary when nothing is left', async () => {
    const user = userEvent.setup();
    await act(async () => {
      useAppStore.getState().updateSettings({ newCardsPerDay: 1 });
    });
    await renderHydrated();
    await user.keyboard(' 4');
    expect(await screen.findByRole('heading', { name: 'Session complete' })).toBeInTheDocument();
    expect(screen.getByText('Next card due').nextSibling?.textContent).toMatch(/^in \d+ d/);
  });
});
