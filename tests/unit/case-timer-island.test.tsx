// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import CaseTimer, { type CaseTimerProps } from '../../src/islands/case-timer/CaseTimer';
import { STATE_KEY } from '../../src/lib/storage';
import { flushSaves, resetPersistenceForTests, useAppStore } from '../../src/stores/app-store';
import { finishAttempt, markReviewed, saveScore, startAttempt } from '../../src/stores/case-attempts';
import { playChime } from '../../src/islands/case-timer/chime';

vi.mock('../../src/islands/case-timer/chime', () => ({ playChime: vi.fn(), primeChime: vi.fn() }));

const props: CaseTimerProps = {
  caseId: 'case-test',
  minutes: 20,
  phases: [
    { id: 'clarify', title: 'Clarify scope', minutes: 5, prompts: ['What does done mean?'] },
    { id: 'plan', title: 'Break down the work', minutes: 10, prompts: ['Who owns each workstream?'] },
    { id: 'risks', title: 'Assess risks', minutes: 5, prompts: ['Which three risks worry you most?'] },
  ],
  rubric: [
    { id: 'scoping', criterion: 'Scoping', excellent: 'States the goal with numbers.' },
    { id: 'risks', criterion: 'Risk management', excellent: 'Names risks with owners and triggers.' },
  ],
};

const MIN = 60_000;

function setUp() {
  return userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
}

/** Lets `ms` of wall time pass, plus the few milliseconds after each second at which the display refreshes. */
async function advance(ms: number) {
  await act(async () => {
    vi.advanceTimersByTime(ms + 20);
  });
}

/** Renders the timer as the case page does, with the page's folded walkthrough next to it. */
async function renderTimer() {
  document.body.innerHTML = '<details id="walkthrough-answer"><summary>Model walkthrough</summary><p>Restate the goal first.</p></details>';
  const view = render(<CaseTimer {...props} />, { container: document.body.appendChild(document.createElement('div')) });
  await screen.findByRole('button', { name: 'Start' });
  return view;
}

/** What a reload does: the page goes away with its saved state on disk, and a fresh page reads it back. */
async function reload() {
  flushSaves();
  cleanup();
  resetPersistenceForTests();
  return renderTimerAfterReload();
}

async function renderTimerAfterReload() {
  document.body.innerHTML = '<details id="walkthrough-answer"><summary>Model walkthrough</summary><p>Restate the goal first.</p></details>';
  render(<CaseTimer {...props} />, { container: document.body.appendChild(document.createElement('div')) });
  await act(async () => {
    await Promise.resolve();
  });
}

// Testing Library's waitFor advances fake timers when it finds a `jest` global; point it at vitest's.
const globals = globalThis as { jest?: { advanceTimersByTime: (ms: number) => void } };

beforeEach(() => {
  globals.jest = { advanceTimersByTime: (ms) => vi.advanceTimersByTime(ms) };
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(new Date('2026-03-02T09:00:00.000Z'));
  localStorage.clear();
  resetPersistenceForTests();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  delete globals.jest;
  localStorage.clear();
  document.documentElement.removeAttribute('data-interview-mode');
});

describe('before saved progress loads, and with JavaScript off', () => {
  it('renders the agenda with budgets and prompts, and no controls', () => {
    const html = renderToString(<CaseTimer {...props} />).replace(/<!-- -->/g, '');
    expect(html).toContain('Agenda');
    expect(html).toContain('Clarify scope');
    expect(html).toContain('(5 min)');
    expect(html).toContain('Which three risks worry you most?');
    expect(html).not.toContain('<button');
  });
});

describe('a timed round', () => {
  it('runs from the wall clock, changes phase, and announces phase changes but not seconds', async () => {
    const user = setUp();
    await renderTimer();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const timer = screen.getByRole('timer');
    expect(timer).toHaveTextContent('Phase 1 of 3');
    expect(timer).toHaveTextContent('5:00 left in this phase');
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveFocus();
    expect(screen.getByText(/^Round started/)).toBeInTheDocument();

    await advance(MIN);
    expect(screen.getByRole('timer')).toHaveTextContent('4:00 left in this phase');
    expect(screen.getByRole('timer')).toHaveTextContent('Round: 19:00 left of 20:00');
    // The clock is not a live region; the status region is the only thing that speaks.
    expect(screen.getByRole('timer')).not.toHaveAttribute('aria-live');

    await advance(5 * MIN);
    expect(screen.getByRole('timer')).toHaveTextContent('+1:00 over this phase’s budget');
    expect(screen.getByRole('status', { name: '' }).textContent ?? '').toMatch(/Time is up for Clarify scope/);

    await user.click(screen.getByRole('button', { name: 'Next phase' }));
    expect(screen.getByRole('timer')).toHaveTextContent('Phase 2 of 3 · Break down the work');
    expect(screen.getByRole('timer')).toHaveTextContent('10:00 left in this phase');
    expect(document.querySelector('p[role="status"]')?.textContent).toBe('Phase 2 of 3: Break down the work, 10 minutes.');
    expect(screen.getByText('Who owns each workstream?')).toBeInTheDocument();
    expect(document.getElementById('walkthrough-answer')).not.toBeVisible();
  });

  it('pauses and resumes without losing or gaining time', async () => {
    const user = setUp();
    await renderTimer();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await advance(2 * MIN);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('timer')).toHaveTextContent('Paused');
    await advance(30 * MIN);
    expect(screen.getByRole('timer')).toHaveTextContent('3:00 left in this phase');
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    await advance(MIN);
    expect(screen.getByRole('timer')).toHaveTextContent('2:00 left in this phase');
  });

  it('saves notes per phase as they are typed', async () => {
    const user = setUp();
    await renderTimer();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.type(screen.getByLabelText('Notes for Clarify scope'), 'Goal: 100% of logins');
    flushSaves();
    const stored = JSON.parse(localStorage.getItem(STATE_KEY) ?? '{}');
    const attempt = Object.values(stored.state.attempts)[0] as { notes: Record<string, string> };
    expect(attempt.notes).toEqual({ clarify: 'Goal: 100% of logins' });
  });

  it('resumes a running attempt after a reload, at the right time, with its notes', async () => {
    const user = setUp();
    await renderTimer();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await advance(3 * MIN);
    await user.click(screen.getByRole('button', { name: 'Next phase' }));
    await user.type(screen.getByLabelText('Notes for Break down the work'), 'Six workstreams');
    await advance(MIN);
    await reload();
    await advance(10 * MIN);
    const timer = await screen.findByRole('timer');
    expect(timer).toHaveTextContent('Phase 2 of 3');
    expect(timer).toHaveTextContent('14:00 elapsed');
    expect(timer).toHaveTextContent('Round: 6:00 left');
    expect(screen.getByLabelText('Notes for Break down the work')).toHaveValue('Six workstreams');
  });

  it('offers to leave out the time when the computer slept', async () => {
    const user = setUp();
    await renderTimer();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await advance(2 * MIN);
    // The lid closes: wall time jumps 40 minutes and no timer runs in between.
    act(() => vi.setSystemTime(Date.now() + 40 * MIN));
    await advance(1000);
    expect(screen.getByRole('timer')).toHaveTextContent('42:01 elapsed');
    expect(screen.getByText(/The clock jumped 40 min/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Leave out those 40 min/ }));
    await advance(1000);
    // The gap runs from the last tick before the sleep to the first after it; at most one tick of real time goes with it.
    expect(screen.getByRole('timer')).toHaveTextContent('2:01 elapsed');
    expect(screen.queryByText(/The clock jumped/)).not.toBeInTheDocument();
  });
});

describe('the chime', () => {
  it('is off by default, and once on, sounds once when each budget runs out', async () => {
    const user = setUp();
    await renderTimer();
    const chime = screen.getByRole('checkbox', { name: /Soft chime/ });
    expect(chime).not.toBeChecked();
    await user.click(chime);
    expect(useAppStore.getState().saved.settings.chime).toBe(true);
    expect(playChime).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await advance(4 * MIN);
    expect(playChime).toHaveBeenCalledTimes(1);
    await advance(2 * MIN);
    expect(playChime).toHaveBeenCalledTimes(2);
    await advance(3 * MIN);
    expect(playChime).toHaveBeenCalledTimes(2);
    await user.click(screen.getByRole('button', { name: 'Next phase' }));
    await advance(10 * MIN);
    expect(playChime).toHaveBeenCalledTimes(3);
    // A reload in overtime does not chime again for a budget that ran out before it.
    await reload();
    await advance(30_000);
    expect(playChime).toHaveBeenCalledTimes(3);
    // The round's own budget running out chimes too.
    await advance(MIN);
    expect(screen.getByRole('timer')).toHaveTextContent('Round: +0:30 over');
    expect(playChime).toHaveBeenCalledTimes(4);
  });
});

describe('after the round', () => {
  it('asks for scores, then shows the walkthrough beside the notes, then keeps the attempt in the history', async () => {
    const user = setUp();
    await renderTimer();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.type(screen.getByLabelText('Notes for Clarify scope'), 'My goal statement');
    await advance(6 * MIN);
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(screen.getByRole('heading', { name: 'Round finished: score yourself' })).toHaveFocus();
    expect(screen.getByRole('table', { name: 'Time per phase against its budget' })).toHaveTextContent('Clarify scope5:006:00+1:00');

    await user.click(screen.getByRole('button', { name: 'Show the model walkthrough' }));
    expect(screen.getByRole('alert')).toHaveTextContent('2 criteria have no score yet');
    const scoping = screen.getByRole('group', { name: 'Scoping' });
    await user.click(within(scoping).getByRole('radio', { name: /3/ }));
    await user.click(within(screen.getByRole('group', { name: 'Risk management' })).getByRole('radio', { name: /2/ }));
    await user.click(screen.getByRole('button', { name: 'Show the model walkthrough' }));

    const walkthrough = document.getElementById('walkthrough-answer') as HTMLDetailsElement;
    expect(walkthrough.open).toBe(true);
    expect(walkthrough).toBeVisible();
    const review = screen.getByRole('region', { name: 'Compare with the model walkthrough' });
    expect(review).toContainElement(walkthrough);
    expect(within(screen.getByRole('complementary', { name: 'Your notes' })).getByText('My goal statement')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(document.getElementById('walkthrough-answer')?.parentElement).toBe(document.body);
    expect(walkthrough.open).toBe(false);
    const history = screen.getByRole('region', { name: 'Your attempts' });
    expect(within(history).getByRole('table', { name: /Time per phase against budget/ })).toHaveTextContent('6:00 (−14:00)');
    expect(within(history).getByRole('table', { name: /Self-scores by criterion/ })).toHaveTextContent('Scoping3');
    expect(screen.getByRole('button', { name: 'Start' })).toHaveFocus();
  });

  it('takes a finish back, paused where it was', async () => {
    const user = setUp();
    await renderTimer();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await advance(4 * MIN);
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    await advance(5 * MIN);
    await user.click(screen.getByRole('button', { name: 'Back to the round' }));
    expect(screen.getByRole('timer')).toHaveTextContent('4:00 elapsed');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
  });

  it('shows a trend once a case has two scored attempts', async () => {
    const t0 = Date.now();
    for (const [day, minutes, score] of [
      [0, 25, 1],
      [1, 19, 3],
    ] as const) {
      const at = t0 + day * 86_400_000;
      const id = startAttempt(props.caseId, props.phases, at);
      finishAttempt(id, at + minutes * MIN);
      for (const criterion of props.rubric) saveScore(id, criterion.id, score, at + minutes * MIN);
      markReviewed(id, at + minutes * MIN);
    }
    vi.setSystemTime(t0 + 2 * 86_400_000);
    await renderTimer();
    const history = screen.getByRole('region', { name: 'Your attempts' });
    expect(history).toHaveTextContent('2 attempts so far.');
    expect(history).toHaveTextContent('went from 1.0 on your first scored attempt to 3.0 on your latest');
    expect(history).toHaveTextContent('1 min under budget last time, against 5 min over budget the first time');
    expect(within(history).getByRole('img', { name: /rising: 1.0, 3.0/ })).toBeInTheDocument();
    const rows = within(within(history).getByRole('table', { name: /Time per phase/ })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('#2');
    expect(rows[1]).toHaveTextContent('19:00 (−1:00)');
    expect(rows[2]).toHaveTextContent('25:00 (+5:00)');
  });
});

describe('interview mode', () => {
  it('hides everything but the brief, the clock and the notes, and survives a reload', async () => {
    const user = setUp();
    await renderTimer();
    await user.click(screen.getByRole('button', { name: 'Interview mode' }));
    expect(document.documentElement).toHaveAttribute('data-interview-mode');
    expect(window.location.search).toBe('?mode=interview');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.queryByText('What does done mean?')).not.toBeInTheDocument();
    expect(screen.getByRole('timer')).toBeInTheDocument();
    expect(screen.getByLabelText('Notes for Clarify scope')).toBeInTheDocument();
    await reload();
    expect(await screen.findByRole('button', { name: 'Interview mode', pressed: true })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(document.documentElement).not.toHaveAttribute('data-interview-mode');
    window.history.replaceState(null, '', '/');
  });
});

describe('a corrupted saved attempt', () => {
  it('is set aside with a notice, and the timer still works', async () => {
    localStorage.setItem(
      STATE_KEY,
      JSON.stringify({ version: 1, state: { attempts: { 'case-test@2026-03-01T09:00:00.000Z': { caseId: 'case-test', status: 'running', startedAt: 'soon' } } } }),
    );
    const user = setUp();
    await renderTimer();
    expect(await screen.findByText(/could not be read \(attempts\.case-test@2026-03-01T09:00:00\.000Z\)/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the backup' })).toBeInTheDocument();
    expect(Object.keys(localStorage).some((key) => key.startsWith('critical-path:backup:'))).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByRole('timer')).toHaveTextContent('Phase 1 of 3');
    expect(Object.keys(useAppStore.getState().saved.attempts)).toHaveLength(1);
  });
});
