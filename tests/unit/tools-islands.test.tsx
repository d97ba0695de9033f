// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import CriticalPathPlanner from '../../src/islands/critical-path-planner/CriticalPathPlanner';
import ProgramLog from '../../src/islands/program-log/ProgramLog';
import ResumeChecker from '../../src/islands/resume-checker/ResumeChecker';
import StatusUpdateChecker from '../../src/islands/status-update-checker/StatusUpdateChecker';
import StoryBank from '../../src/islands/story-bank/StoryBank';
import { CRITICAL_PATH_EXAMPLE, MODEL_STATUS_UPDATE, SAMPLE_WEAK_BULLETS } from '../../src/data/practice-examples';
import { COMPETENCIES } from '../../src/lib/competencies';
import type { UserStory } from '../../src/lib/app-state';
import { resetPersistenceForTests, useAppStore } from '../../src/stores/app-store';
import { liveRecords, MAIN_ID } from '../../src/stores/tools';

const HOSTILE = '<script>window.__hacked = true</script><img src=x onerror="window.__hacked = true">';
const competencyUrls = Object.fromEntries(COMPETENCIES.map((c) => [c.id, `/stories/competency/${c.id}/`]));
const saved = () => useAppStore.getState().saved;

beforeEach(() => {
  localStorage.clear();
  resetPersistenceForTests();
  window.history.replaceState(null, '', '/');
  delete (window as { __hacked?: boolean }).__hacked;
});
afterEach(() => localStorage.clear());

/** Typed text must appear as text: no element is created from it and nothing runs. */
function expectInert(container: HTMLElement) {
  expect(container.querySelector('script')).toBeNull();
  expect(container.querySelector('img')).toBeNull();
  expect((window as { __hacked?: boolean }).__hacked).toBeUndefined();
}

describe('story bank', () => {
  it('writes a story, checks it live, fills the matrix and links to the drill clock', async () => {
    const user = userEvent.setup();
    const { container } = render(<StoryBank practiceUrl="/prep/practice/" workedStoriesUrl="/prep/stories/" competencyUrls={competencyUrls} />);
    expect(await screen.findByRole('heading', { name: 'Write your first story' })).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'New story' })[0]!);
    const headline = screen.getByRole('textbox', { name: 'Headline' });
    expect(headline).toHaveFocus();
    await user.type(headline, 'Typed');
    expect(headline).toHaveValue('Typed');
    fireEvent.change(headline, { target: { value: HOSTILE } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Action' }), { target: { value: 'We set up a tracker. We escalated.' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Result' }), {
      target: { value: 'We cut over three weeks early and avoided a $1.8M renewal.' },
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Delivering results' }), 'primary');

    const checks = screen.getByRole('list', { name: 'Checks for this story' });
    expect(within(checks).getByText('The result has a number').closest('li')).toHaveAttribute('data-status', 'pass');
    expect(within(checks).getByText('The action says “I” more than “we”').closest('li')).toHaveAttribute('data-status', 'fail');
    expect(screen.getByRole('heading', { level: 2, name: HOSTILE })).toBeInTheDocument();
    expectInert(container);

    const id = liveRecords<UserStory>(saved().userStories)[0]?.[0] ?? '';
    expect(screen.getByRole('link', { name: 'Practise this story with the drill clock' })).toHaveAttribute(
      'href',
      `/prep/practice/?drill=${encodeURIComponent(id)}`,
    );
    expect(window.location.search).toBe(`?story=${encodeURIComponent(id)}`);
    const row = container.querySelector('tr[data-competency="delivering-results"]');
    expect(row).toHaveAttribute('data-status', 'thin');
    expect(container.querySelector('tr[data-competency="prioritizing"] a')).toHaveAttribute('href', '/stories/competency/prioritizing/');
  });

  it('deletes after confirmation and can undo', async () => {
    const user = userEvent.setup();
    render(<StoryBank practiceUrl="/practice/" workedStoriesUrl="/stories/" competencyUrls={competencyUrls} />);
    await user.click((await screen.findAllByRole('button', { name: 'New story' }))[0]!);
    await user.type(screen.getByRole('textbox', { name: 'Headline' }), 'Ledger');
    await user.click(screen.getByRole('button', { name: 'Delete story' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(liveRecords(saved().userStories)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('textbox', { name: 'Headline' })).toHaveValue('Ledger');
  });

  it('checks a 10,000-line paste without freezing', async () => {
    render(<StoryBank practiceUrl="/practice/" workedStoriesUrl="/stories/" competencyUrls={competencyUrls} />);
    fireEvent.click((await screen.findAllByRole('button', { name: 'New story' }))[0]!);
    const huge = Array.from({ length: 10_000 }, (_, i) => `Line ${i}: I drove the plan and we shipped.`).join('\n');
    fireEvent.change(screen.getByRole('textbox', { name: 'Action' }), { target: { value: huge } });
    expect(await screen.findByText(/only the first 20,000 characters of each part are checked/)).toBeInTheDocument();
  });
});

describe('resume checker', () => {
  it('shows findings for each bullet, with typed HTML as text', async () => {
    const { container } = render(<ResumeChecker sample={SAMPLE_WEAK_BULLETS} />);
    const input = await screen.findByRole('textbox', { name: 'Your bullets, one per line' });
    fireEvent.change(input, {
      target: { value: `- ${HOSTILE}\n- Led migration of 38 services to Amazon EKS across 7 teams in 8 months, cutting cost 27% ($1.4M a year).` },
    });
    expect(screen.getByText(HOSTILE)).toBeInTheDocument();
    expectInert(container);
    const results = container.querySelectorAll('.bullet-result');
    expect(results).toHaveLength(2);
    expect(results[0]).toHaveAttribute('data-grade', 'weak');
    expect(results[1]).toHaveAttribute('data-grade', 'strong');
    expect(saved().resumeDrafts[MAIN_ID]).toMatchObject({ text: expect.stringContaining('38 services') });
  });

  it('offers the sample when empty, and says what it skipped from 10,000 lines', async () => {
    const user = userEvent.setup();
    render(<ResumeChecker sample={SAMPLE_WEAK_BULLETS} />);
    expect(await screen.findByText('Nothing to check yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try three weak bullets' }));
    expect(screen.getByText(/3 bullets, average score/)).toBeInTheDocument();
    const huge = Array.from({ length: 10_000 }, (_, i) => `Helped with project ${i}`).join('\n');
    fireEvent.change(screen.getByRole('textbox', { name: 'Your bullets, one per line' }), { target: { value: huge } });
    expect(await screen.findByText(/Only the first 100 bullets are checked; 9,900 more lines were left out/)).toBeInTheDocument();
  });
});

describe('critical-path planner', () => {
  const props = { example: { name: CRITICAL_PATH_EXAMPLE.name, tasks: CRITICAL_PATH_EXAMPLE.tasks }, lessonUrl: '/learn/x/', lessonTitle: 'CPM' };

  it('opens with the worked example, its schedule and an accessible Gantt chart', async () => {
    render(<CriticalPathPlanner {...props} />);
    expect(await screen.findByText('34 working days')).toBeInTheDocument();
    expect(screen.getByText('A → C → G → I → J')).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /Gantt chart of the plan/ });
    expect(chart.getAttribute('aria-labelledby')?.split(' ')).toHaveLength(2);
    expect(screen.getByRole('table', { name: /Early and late start and finish/ })).toBeInTheDocument();
    expect(screen.getByText(/Near-critical/)).toHaveTextContent('E (1 day), F (2 days)');
    expect(saved().criticalPathPlans).toEqual({});
  });

  it('renames a task everywhere it is a dependency', async () => {
    render(<CriticalPathPlanner {...props} />);
    fireEvent.change(await screen.findByRole('textbox', { name: 'ID of row 2' }), { target: { value: 'INFRA' } });
    expect(screen.getByRole('textbox', { name: 'Dependencies of task H' })).toHaveValue('INFRA, C');
    expect(screen.getByText('34 working days')).toBeInTheDocument();
  });

  it('names the task with a negative duration and a cycle, and saves edits', async () => {
    render(<CriticalPathPlanner {...props} />);
    const duration = await screen.findByRole('textbox', { name: 'Duration of task B in working days' });
    fireEvent.change(duration, { target: { value: '-3' } });
    expect(screen.getByText(/Task B \(Provision database, keys, namespace\) has a negative duration \(-3\)/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Duration of task B in working days' })).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(screen.getByRole('textbox', { name: 'Duration of task B in working days' }), { target: { value: '8' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Dependencies of task A' }), { target: { value: 'J' } });
    expect(screen.getByText(/Tasks A → .* → A depend on each other in a loop/)).toBeInTheDocument();
    expect(saved().criticalPathPlans[MAIN_ID]).toMatchObject({
      tasks: expect.arrayContaining([expect.objectContaining({ id: 'A', dependsOn: 'J' })]),
    });
  });

  it('refuses a 10,000-line CSV with a clear message, and shows pasted HTML as text', async () => {
    const user = userEvent.setup();
    const { container } = render(<CriticalPathPlanner {...props} />);
    await user.click(await screen.findByText('Paste or download CSV'));
    const csv = screen.getByRole('textbox', { name: 'CSV to import' });
    fireEvent.change(csv, { target: { value: Array.from({ length: 10_000 }, (_, i) => `T${i},Task,1,`).join('\n') } });
    await user.click(screen.getByRole('button', { name: 'Replace the plan with this CSV' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/10,000 rows; the planner takes up to 1,000 tasks. Nothing was imported/);
    expect(screen.getByText('34 working days')).toBeInTheDocument();

    fireEvent.change(csv, { target: { value: `A,${HOSTILE},2,\nB,Build,3,A` } });
    await user.click(screen.getByRole('button', { name: 'Replace the plan with this CSV' }));
    expect(screen.getByText('Imported 2 tasks.')).toBeInTheDocument();
    expect(screen.getByText('5 working days')).toBeInTheDocument();
    expectInert(container);

    await user.click(screen.getByRole('button', { name: 'Start a blank plan' }));
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Duration of task A in working days' }), { target: { value: '' } });
    expect(screen.getByText(/Task A has no duration/)).toBeInTheDocument();
  });
});

describe('status-update checker', () => {
  it('asks for input when empty, checks the model, and shows HTML as text', async () => {
    const user = userEvent.setup();
    const { container } = render(<StatusUpdateChecker model={MODEL_STATUS_UPDATE} />);
    expect(await screen.findByText(/Paste an update to check it/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start from the model update' }));
    expect(screen.getByText('5 of 5')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: 'Your update' }), { target: { value: `${HOSTILE} Overall: Red.` } });
    expect(screen.getByRole('textbox', { name: 'Your update' })).toHaveValue(`${HOSTILE} Overall: Red.`);
    expect(container.querySelector('[data-check="asks"]')).toHaveAttribute('data-status', 'fail');
    expectInert(container);
  });

  it('counts 10,000 lines of words without freezing', async () => {
    render(<StatusUpdateChecker model={MODEL_STATUS_UPDATE} />);
    const input = await screen.findByRole('textbox', { name: 'Your update' });
    fireEvent.change(input, { target: { value: Array.from({ length: 10_000 }, () => 'Overall: Amber because of load').join('\n') } });
    expect(screen.getByText('50,000 of at most 200 words')).toBeInTheDocument();
    expect(await screen.findByText(/only its first 20,000 characters are checked/)).toBeInTheDocument();
  });
});

describe('program log', () => {
  it('turns an entry into a draft story and draft bullets, linked by id', async () => {
    const user = userEvent.setup();
    const { container } = render(<ProgramLog storyBankUrl="/prep/tools/story-bank/" resumeUrl="/prep/tools/resume/" />);
    await user.click((await screen.findAllByRole('button', { name: 'New program' }))[0]!);
    expect(screen.getByRole('textbox', { name: 'Program' })).toHaveFocus();
    fireEvent.change(screen.getByRole('textbox', { name: 'Program' }), { target: { value: HOSTILE } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Teams' }), { target: { value: '6 teams, 31 engineers' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Metrics' }), { target: { value: 'p99 from 240 ms to 45 ms' } });
    expect(screen.getByText(/Say what you owned/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Draft a STAR story and resume bullets' }));
    const [storyId, story] = liveRecords<UserStory>(saved().userStories)[0] ?? [];
    expect(story?.title).toBe(HOSTILE);
    expect(screen.getByRole('link', { name: 'Open the draft story in the story bank' })).toHaveAttribute(
      'href',
      `/prep/tools/story-bank/?story=${encodeURIComponent(storyId ?? '')}`,
    );
    expect(screen.getByRole('link', { name: 'Check the draft bullets in the resume checker' }).getAttribute('href')).toMatch(
      /^\/prep\/tools\/resume\/\?draft=bullets-/,
    );
    expectInert(container);
  });
});
