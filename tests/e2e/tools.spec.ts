import { expect, test, type Page } from '@playwright/test';

/** Waits until the page's islands have hydrated, so clicks reach React. */
async function ready(page: Page) {
  await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
}

/** Reloads once the store has written (it coalesces writes for 250 ms and flushes when the page is hidden). */
async function reload(page: Page) {
  await page.waitForTimeout(400);
  await page.reload();
  await ready(page);
}

const HOSTILE = '<img src=x onerror="window.__hacked=1">Ledger cutover';

test('story bank: write a story, see the checklist and coverage, reload, and find it still there', async ({ page }) => {
  await page.goto('/tools/story-bank/');
  await ready(page);
  await expect(page.getByText('Everything you enter stays on this device.')).toBeVisible();
  await page.getByRole('button', { name: 'New story' }).first().click();
  await page.getByRole('textbox', { name: 'Headline' }).fill(HOSTILE);
  await page
    .getByRole('textbox', { name: 'Situation' })
    .fill('At a 400-engineer payments company our ledger ran on Oracle; the contract ended March 31.');
  await page.getByRole('textbox', { name: 'Task' }).fill('I was the TPM for the migration.');
  await page
    .getByRole('textbox', { name: 'Action' })
    .fill('I mapped every service. I set the exit criterion. We agreed the phasing. I escalated the FX drift.');
  await page.getByRole('textbox', { name: 'Result' }).fill('We cut over three weeks early and avoided the $1.8M renewal.');
  await page.getByRole('combobox', { name: 'Delivering results' }).selectOption('primary');

  const checks = page.getByRole('list', { name: 'Checks for this story' });
  await expect(checks.locator('[data-check="result-number"]')).toHaveAttribute('data-status', 'pass');
  await expect(checks.locator('[data-check="first-person"]')).toHaveAttribute('data-status', 'pass');
  await expect(page.locator('tr[data-competency="delivering-results"]')).toHaveAttribute('data-status', 'thin');
  await expect(page.getByRole('link', { name: 'Practise this story with the drill clock' })).toHaveAttribute('href', /\/practice\/\?drill=story-/);

  await reload(page);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(HOSTILE);
  await expect(page.getByRole('heading', { level: 2, name: HOSTILE })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Delivering results' })).toHaveValue('primary');
  await expect(page.getByRole('list', { name: 'Checks for this story' }).locator('[data-check="result-number"]')).toHaveAttribute(
    'data-status',
    'pass',
  );
  expect(await page.evaluate(() => (window as { __hacked?: number }).__hacked)).toBeUndefined();
});

test('resume checker: paste bullets, see scores and findings, reload, and find them still there', async ({ page }) => {
  await page.goto('/tools/resume/');
  await ready(page);
  await expect(page.getByText('Everything you enter stays on this device.')).toBeVisible();
  const bullets = [
    '- Responsible for the payments platform migration.',
    '- Led migration of 38 services from VMware to Amazon EKS across 7 teams (52 engineers) in 8 months, cutting hosting cost 27% ($1.4M a year).',
  ].join('\n');
  await page.getByRole('textbox', { name: 'Your bullets, one per line' }).fill(bullets);
  const results = page.locator('.bullet-result');
  await expect(results).toHaveCount(2);
  await expect(results.nth(0)).toHaveAttribute('data-grade', 'weak');
  await expect(results.nth(0)).toContainText('“Responsible for” describes activity.');
  await expect(results.nth(1)).toHaveAttribute('data-grade', 'strong');

  await reload(page);
  await expect(page.getByRole('textbox', { name: 'Your bullets, one per line' })).toHaveValue(bullets);
  await expect(page.locator('.bullet-result')).toHaveCount(2);
});

test('program log: record a program, draft a story and bullets, reload, and follow the drafts', async ({ page }) => {
  await page.goto('/tools/program-log/');
  await ready(page);
  await expect(page.getByText('Everything you enter stays on this device.')).toBeVisible();
  await page.getByRole('button', { name: 'New program' }).first().click();
  await page.getByRole('textbox', { name: 'Program' }).fill('Payments ledger migration');
  await page.getByRole('textbox', { name: 'Your role' }).fill('I owned the plan and the readiness call.');
  await page.getByRole('textbox', { name: 'Teams' }).fill('4 teams, 22 engineers');
  await page.getByRole('textbox', { name: 'Metrics' }).fill('Downtime from 4 hours to 6 minutes; avoided a $1.8M renewal.');
  await page.getByRole('button', { name: 'Draft a STAR story and resume bullets' }).click();
  await expect(page.getByRole('link', { name: 'Open the draft story in the story bank' })).toBeVisible();

  await reload(page);
  await expect(page.getByRole('textbox', { name: 'Program' })).toHaveValue('Payments ledger migration');
  await page.getByRole('link', { name: 'Check the draft bullets in the resume checker' }).click();
  await ready(page);
  await expect(page.getByRole('combobox', { name: 'Draft' })).toHaveValue(/^bullets-/);
  await expect(page.getByRole('textbox', { name: 'Your bullets, one per line' })).toHaveValue(
    /^Led payments ledger migration across 4 teams, 22 engineers;/,
  );
  await expect(page.locator('.bullet-result').first()).toBeVisible();

  await page.goBack();
  await ready(page);
  await page.getByRole('link', { name: 'Open the draft story in the story bank' }).click();
  await ready(page);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Payments ledger migration');
  await expect(page.getByRole('textbox', { name: 'Task' })).toHaveValue('I owned the plan and the readiness call.');
});

test('critical-path planner: opens with the worked example, recomputes on edit, reload, and keeps the plan', async ({ page }) => {
  await page.goto('/tools/critical-path/');
  await ready(page);
  await expect(page.getByText('Everything you enter stays on this device.')).toBeVisible();
  await expect(page.locator('.planner__summary').getByText('34 working days', { exact: true })).toBeVisible();
  await expect(page.locator('.planner__path')).toHaveText('A → C → G → I → J');
  await expect(page.getByRole('img', { name: /Gantt chart of the plan/ })).toBeVisible();

  await page.getByRole('textbox', { name: 'Duration of task G in working days' }).fill('9');
  await expect(page.locator('.planner__summary').getByText('37 working days', { exact: true })).toBeVisible();
  await page.getByRole('textbox', { name: 'Dependencies of task A' }).fill('J');
  await expect(page.getByText(/depend on each other in a loop/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Dependencies of task A' }).fill('');
  await expect(page.locator('.planner__summary').getByText('37 working days', { exact: true })).toBeVisible();

  await reload(page);
  await expect(page.getByRole('textbox', { name: 'Duration of task G in working days' })).toHaveValue('9');
  await expect(page.locator('.planner__summary').getByText('37 working days', { exact: true })).toBeVisible();
  await expect(page.locator('tr[data-task="G"] td[data-col="total-float"]')).toHaveText('0');
});

test('status-update checker: paste an update, see the checks, reload, and find it still there', async ({ page }) => {
  await page.goto('/tools/status-update/');
  await ready(page);
  await expect(page.getByText('Everything you enter stays on this device.')).toBeVisible();
  const update = [
    'Checkout rebuild. Overall: Red (was Amber) because the payments vendor slipped its API to Apr 28.',
    'Top risks',
    '- Vendor API late. Owner: Mei, next check-in Apr 2.',
    'Decision needed: approve cutting saved cards from the launch by Friday.',
    'Next milestones',
    '- Beta: Apr 14',
  ].join('\n');
  await page.getByRole('textbox', { name: 'Your update' }).fill(update);
  await expect(page.locator('[data-check="overall"]')).toHaveAttribute('data-status', 'pass');
  await expect(page.locator('[data-check="risks"]')).toHaveAttribute('data-status', 'pass');
  await expect(page.locator('[data-check="asks"]')).toHaveAttribute('data-status', 'pass');
  await expect(page.locator('[data-check="milestones"]')).toHaveAttribute('data-status', 'pass');

  await reload(page);
  await expect(page.getByRole('textbox', { name: 'Your update' })).toHaveValue(update);
  await expect(page.locator('[data-check="asks"]')).toHaveAttribute('data-status', 'pass');
  await expect(page.getByRole('heading', { name: 'A model update' })).toBeVisible();
});

test('the tools hub links to every tool and the header links to the hub', async ({ page }) => {
  await page.goto('/tools/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tools' })).toHaveAttribute('aria-current', 'page');
  for (const name of ['Story bank', 'Resume bullet checker', 'Program log', 'Critical-path planner', 'Status-update checker']) {
    await expect(page.getByRole('link', { name: new RegExp(name) })).toBeVisible();
  }
});
