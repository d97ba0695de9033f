// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import PracticeHub, { type PracticeCase, type RoundInfo } from '../../src/islands/practice/PracticeHub';
import type { Drill } from '../../src/lib/app-state';
import { DRILL_QUESTIONS } from '../../src/lib/behavioral-drill';
import { resetPersistenceForTests, useAppStore } from '../../src/stores/app-store';
import { finishAttempt, markReviewed, saveScore, startAttempt } from '../../src/stores/case-attempts';

const phases = [{ id: 'only', title: 'The whole round', minutes: 45 }];
const tile = (id: string, kind: PracticeCase['kind'], title: string): PracticeCase => ({
  id,
  title,
  kind,
  summary: `${title}, as an interviewer would pose it.`,
  minutes: 45,
  phases: 6,
  level: 'core',
  url: `/prep/cases/${id}/`,
});
const cases = [
  tile('case-auth', 'program', 'Migrate authentication'),
  tile('case-cloud', 'program', 'Move to the cloud'),
  tile('case-release', 'program', 'Fix the release process'),
  tile('design-feed', 'system-design', 'Design a news feed'),
];
const rounds: RoundInfo[] = [
  { id: 'program', label: 'Program case', blurb: 'Plan a program.' },
  { id: 'system-design', label: 'System design', blurb: 'Design a system.' },
  { id: 'behavioral', label: 'Behavioral', blurb: 'Answer a question.' },
  { id: 'cross-functional', label: 'Cross-functional', blurb: 'Role-play.' },
];
const storyLinks = Object.fromEntries(DRILL_QUESTIONS.map((q) => [q.competency, `/prep/stories/competency/${q.competency}/`]));
const MIN = 60_000;
const globals = globalThis as { jest?: { advanceTimersByTime: (ms: number) => void } };

async function renderHub() {
  render(<PracticeHub cases={cases} rounds={rounds} storyLinks={storyLinks} casesUrl="/prep/cases/" />);
  await screen.findByRole('button', { name: 'Draw a case at random' });
  await act(async () => {
    await Promise.resolve();
  });
}

async function advance(ms: number) {
  await act(async () => {
    vi.advanceTimersByTime(ms + 20);
  });
}

beforeEach(() => {
  globals.jest = { advanceTimersByTime: (ms) => vi.advanceTimersByTime(ms) };
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(new Date('2026-03-02T09:00:00.000Z'));
  localStorage.clear();
  resetPersistenceForTests();
  window.history.replaceState(null, '', '/practice/');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  delete globals.jest;
  localStorage.clear();
});

describe('choosing a case', () => {
  it('draws a case never attempted before any other', async () => {
    for (const id of ['case-auth', 'case-cloud']) {
      const attempt = startAttempt(id, phases, Date.now() - 86_400_000);
      finishAttempt(attempt, Date.now() - 86_400_000 + 40 * MIN);
      saveScore(attempt, 'scoping', 3);
      markReviewed(attempt);
    }
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    await renderHub();
    await user.click(screen.getByRole('button', { name: 'Draw a case at random' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Fix the release process' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open this case' })).toHaveAttribute('href', '/prep/cases/case-release/');
    expect(screen.getByText('Drawn: Fix the release process.')).toBeInTheDocument();
    // Drawing again offers something else.
    await user.click(screen.getByRole('button', { name: 'Draw another' }));
    expect(screen.queryByRole('heading', { level: 3, name: 'Fix the release process' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open this case' }).getAttribute('href')).toMatch(/case-(auth|cloud)/);
    expect(screen.getByRole('link', { name: /Migrate authentication/ })).toHaveTextContent('1 attempt · last score 3.0 of 4');
    expect(screen.getByRole('link', { name: /Fix the release process/ })).toHaveTextContent('Not attempted yet');
  });

  it('opens cases in interview mode when asked, and keeps the round type in the URL', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    await renderHub();
    await user.click(screen.getByRole('checkbox', { name: /interview mode/ }));
    expect(screen.getByRole('link', { name: /Move to the cloud/ })).toHaveAttribute('href', '/prep/cases/case-cloud/?mode=interview');
    await user.click(screen.getByRole('radio', { name: /System design/ }));
    expect(window.location.search).toBe('?round=system-design');
    expect(screen.getByRole('heading', { level: 2, name: 'System design' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /Design a news feed/ })).toHaveLength(1);
    await user.click(screen.getByRole('radio', { name: /Cross-functional/ }));
    expect(screen.getByText(/No cases of this kind yet/)).toBeInTheDocument();
  });

  it('lists attempts in progress first', async () => {
    const id = startAttempt('case-cloud', phases, Date.now() - 12 * MIN);
    expect(id).toContain('case-cloud@');
    await renderHub();
    const open = screen.getByRole('region', { name: 'In progress' });
    expect(within(open).getByRole('link', { name: 'Move to the cloud' })).toHaveAttribute('href', '/prep/cases/case-cloud/');
    expect(open).toHaveTextContent('running · 12:00 of 45:00');
  });
});

describe('the behavioral drill', () => {
  it('times an answer against the STAR marks and saves the self-check', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    await renderHub();
    await user.click(screen.getByRole('radio', { name: /Behavioral/ }));
    await user.selectOptions(screen.getByLabelText('Competency'), 'prioritizing');
    expect(screen.getByRole('figure')).toHaveTextContent('Prioritizing');
    await user.click(screen.getByRole('button', { name: 'Start answer' }));
    expect(screen.getByRole('button', { name: 'Stop' })).toHaveFocus();
    expect(screen.getByText(/Now: Situation\./)).toBeInTheDocument();
    await advance(22_000);
    await user.click(screen.getByRole('button', { name: 'Next part (Task)' }));
    await advance(13_000);
    await user.click(screen.getByRole('button', { name: 'Next part (Action)' }));
    expect(screen.getByRole('timer')).toHaveTextContent('0:35');
    expect(screen.getByText(/Now: Action\./)).toBeInTheDocument();
    await advance(90_000);
    await user.click(screen.getByRole('button', { name: 'Next part (Result)' }));
    await advance(20_000);
    expect(screen.getByText(/Good length/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop' }));

    expect(screen.getByRole('heading', { name: 'How did it go?' })).toHaveFocus();
    expect(screen.getByText(/Between two and three minutes/)).toBeInTheDocument();
    const parts = screen.getByRole('table', { name: 'Time in each part against its mark' });
    expect(within(parts).getAllByRole('row').map((row) => row.textContent)).toEqual(['PartTookAim', 'Situation0:220:20', 'Task0:130:15', 'Action1:301:25', 'Result0:200:30']);
    await user.click(screen.getByRole('checkbox', { name: /result had a number/ }));
    const drills = Object.values(useAppStore.getState().saved.drills) as Drill[];
    expect(drills).toHaveLength(1);
    expect(drills[0]).toMatchObject({ competency: 'prioritizing', durationMs: 145_000 + 80, checks: ['number'] });
    expect(screen.getByRole('link', { name: 'Worked stories for prioritizing' })).toHaveAttribute('href', '/prep/stories/competency/prioritizing/');
    expect(screen.getByText('Your recent answers (1)')).toBeInTheDocument();
  });

  it('calls an answer under two minutes short', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    await renderHub();
    await user.click(screen.getByRole('radio', { name: /Behavioral/ }));
    await user.click(screen.getByRole('button', { name: 'Start answer' }));
    await advance(70_000);
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(screen.getByText(/Under two minutes/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
