import { expect, test, type Page } from '@playwright/test';
import { builtPages, samplePage } from './site-pages';

const KNOWN_CASE = '/cases/case-auth-migration/';
const casePath = () => (builtPages().includes(KNOWN_CASE) ? KNOWN_CASE : samplePage('/cases/'));
const START = new Date('2026-03-02T09:00:00.000Z');

/** The phase budgets in minutes, read from the agenda the page renders. */
async function budgets(page: Page): Promise<number[]> {
  const labels = await page.locator('.agenda-list > li > .agenda-list__title > .meta').allTextContents();
  return labels.map((label) => Number(/(\d+)\s*min/.exec(label)?.[1]));
}

async function ready(page: Page) {
  await page.locator('.case__timer astro-island:not([ssr])').waitFor();
}

test('a timed case: the clock follows the wall clock, survives a reload, and ends scored in the history', async ({ page }) => {
  await page.clock.install({ time: START });
  await page.goto(casePath());
  await ready(page);
  // Stop time flowing on its own, so every reading below is exact.
  await page.clock.pauseAt(new Date(START.getTime() + 5_000));
  const phases = await budgets(page);
  const round = phases.reduce((a, b) => a + b, 0);
  const [first = 0, second = 0] = phases;
  expect(phases.length).toBeGreaterThan(1);

  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const timer = page.getByRole('timer');
  await expect(timer).toContainText(`Phase 1 of ${phases.length}`);
  await expect(timer).toContainText(`${first}:00 left in this phase`);
  await expect(timer).toContainText(`Round: ${round}:00 left`);

  await page.clock.fastForward('10:00');
  await expect(timer).toContainText('10:00 elapsed');
  await expect(timer).toContainText(`Round: ${round - 10}:00 left of ${round}:00`);
  await expect(timer).toContainText(first < 10 ? `+${10 - first}:00 over this phase’s budget` : `${first - 10}:00 left in this phase`);
  // A jump in wall time with no tick in between is what a sleeping laptop looks like: it is counted, and flagged.
  await expect(page.getByText('The clock jumped 10 min')).toBeVisible();
  await page.getByRole('button', { name: 'Keep them' }).click();

  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(timer).toContainText(`Phase 2 of ${phases.length}`);
  await expect(timer).toContainText(`${second}:00 left in this phase`);
  await expect(page.getByRole('status').filter({ hasText: /^Phase 2 of/ })).toBeAttached();
  await page.getByRole('textbox', { name: /^Notes for/ }).fill('Workstreams: identity, web, mobile, API');

  await page.reload();
  await ready(page);
  await expect(timer).toContainText(`Phase 2 of ${phases.length}`);
  await expect(timer).toContainText('10:00 elapsed');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Notes for/ })).toHaveValue('Workstreams: identity, web, mobile, API');
  await expect(page.locator('details#walkthrough-answer')).toBeHidden();

  await page.clock.fastForward('02:00');
  await expect(timer).toContainText('12:00 elapsed');
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('heading', { name: 'Round finished: score yourself' })).toBeFocused();
  const criteria = page.locator('.rubric-form__item');
  const count = await criteria.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i += 1) await criteria.nth(i).getByRole('radio', { name: /^3/ }).check();
  await page.getByRole('button', { name: 'Show the model walkthrough' }).click();

  const walkthrough = page.locator('details#walkthrough-answer');
  await expect(walkthrough).toBeVisible();
  await expect(walkthrough).toHaveAttribute('open', '');
  await expect(page.getByRole('complementary', { name: 'Your notes' })).toContainText('Workstreams: identity, web, mobile, API');
  await page.getByRole('button', { name: 'Done' }).click();

  const history = page.getByRole('region', { name: 'Your attempts' });
  await expect(history).toContainText('1 attempt so far.');
  const row = history.getByRole('table', { name: /Time per phase/ }).getByRole('row').nth(1);
  await expect(row).toContainText('#1');
  await expect(row).toContainText(`12:00 (−${round - 12}:00)`);
  await expect(row).toContainText('3.0');

  await page.reload();
  await ready(page);
  await expect(page.getByRole('region', { name: 'Your attempts' })).toContainText('1 attempt so far.');
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
});

test('interview mode shows only the brief, the clock and the notes', async ({ page }) => {
  await page.goto(casePath());
  await ready(page);
  await page.getByRole('button', { name: 'Interview mode' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Notes for/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The brief' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Rubric', exact: true })).toBeHidden();
  await expect(page.getByText('The interviewer asks')).toBeHidden();
  await page.reload();
  await ready(page);
  await expect(page).toHaveURL(/\?mode=interview$/);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await page.getByRole('button', { name: 'Interview mode' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('a case page reads well with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(casePath());
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  expect(await page.locator('.agenda-list > li').count()).toBeGreaterThan(1);
  await expect(page.getByRole('heading', { name: 'The brief' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toHaveCount(0);
  await page.locator('details#walkthrough-answer > summary').click();
  await expect(page.locator('details#walkthrough-answer')).toHaveAttribute('open', '');
  await context.close();
});

test('the practice hub draws a case and runs a behavioral drill', async ({ page }) => {
  await page.clock.install({ time: START });
  await page.goto('/practice/');
  await page.locator('astro-island:not([ssr])').first().waitFor();
  await page.getByRole('button', { name: 'Draw a case at random' }).click();
  const open = page.getByRole('link', { name: 'Open this case' });
  await expect(open).toBeVisible();
  await page.getByRole('checkbox', { name: /interview mode/ }).check();
  await expect(open).toHaveAttribute('href', /\/cases\/[a-z0-9-]+\/\?mode=interview$/);

  await page.getByRole('radio', { name: /Behavioral/ }).check();
  await expect(page).toHaveURL(/\?round=behavioral$/);
  await page.clock.pauseAt(new Date(START.getTime() + 60_000));
  await page.getByRole('button', { name: 'Start answer' }).click();
  await page.clock.fastForward('02:30');
  await expect(page.getByRole('timer')).toContainText('2:30');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByText('Between two and three minutes')).toBeVisible();
  await page.getByRole('checkbox', { name: /result had a number/ }).check();
  await page.reload();
  await page.locator('astro-island:not([ssr])').first().waitFor();
  await expect(page.getByText('Your recent answers (1)')).toBeVisible();
});
