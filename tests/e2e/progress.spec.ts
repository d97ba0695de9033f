import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { samplePage } from './site-pages';

const hydrated = (page: Page) => page.waitForSelector('astro-island:not([ssr])');

async function savedLessons(page: Page) {
  return page.evaluate(() => {
    const state = JSON.parse(localStorage.getItem('critical-path:state') ?? '{}').state ?? {};
    return Object.fromEntries(Object.entries(state.lessons ?? {}).filter(([, r]) => !(r as { deleted?: boolean }).deleted).map(([id, r]) => [id, (r as { status: string }).status]));
  });
}

test('complete a lesson, reload, and see it on the dashboard', async ({ page }) => {
  const lesson = samplePage('/learn/role/');
  await page.goto(lesson);
  await page.keyboard.press('m');
  const toggle = page.getByRole('button', { name: 'Mark as complete' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await toggle.scrollIntoViewIfNeeded();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/progress/');
  await hydrated(page);
  await expect(page.getByText(/^1 of \d+ lessons complete\.$/)).toBeVisible();
  await page.goto('/learn/role/');
  await expect(page.getByText(/^1 of \d+ lessons complete$/)).toBeVisible();
  await expect(page.locator('.status-pill--complete')).toHaveCount(1);
});

test('export, reset everything, import: the state is identical', async ({ page }) => {
  for (const path of [samplePage('/learn/role/'), samplePage('/learn/system-design/')]) {
    await page.goto(path);
    await page.keyboard.press('m');
    await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveAttribute('aria-pressed', 'true');
  }
  await page.goto('/progress/');
  await hydrated(page);
  const before = await savedLessons(page);
  expect(Object.values(before).filter((s) => s === 'complete')).toHaveLength(2);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^critical-path-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();

  await page.getByLabel('What to reset').selectOption('everything');
  await page.getByRole('button', { name: 'Reset…' }).click();
  await page.getByRole('button', { name: 'Yes, reset everything' }).click();
  expect(await savedLessons(page)).toEqual({});
  await expect(page.getByText(/^0 of \d+ lessons complete\.$/)).toBeVisible();

  await page.getByLabel('Import progress').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: readFileSync(file) });
  await page.getByLabel(/Replace: make this file/).check();
  await expect(page.getByRole('table', { name: 'What the import would change' })).toBeVisible();
  await page.getByRole('button', { name: 'Apply import' }).click();
  expect(await savedLessons(page)).toEqual(before);
  await expect(page.getByText(/^2 of \d+ lessons complete\.$/)).toBeVisible();
});

test('a file that is not an export is refused with a clear message and changes nothing', async ({ page }) => {
  await page.goto('/progress/');
  await hydrated(page);
  await page.getByLabel('Import progress').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":') });
  await expect(page.getByText(/notes\.json.*not valid JSON.*Nothing was changed/)).toBeVisible();
});

test('two tabs: a review in one shows in the other', async ({ context }) => {
  const deckPage = samplePage('/flashcards/');
  const deckId = deckPage.split('/')[2]!;
  const reviewer = await context.newPage();
  const overview = await context.newPage();
  await overview.goto('/flashcards/');
  await hydrated(overview);
  const learned = overview.locator(`tr[data-deck-id="${deckId}"] td[data-count="learned"]`);
  await expect(learned).toHaveText('0');
  await reviewer.goto(`/flashcards/${deckId}/`);
  await hydrated(reviewer);
  await reviewer.keyboard.press('Space');
  await reviewer.keyboard.press('4');
  await expect(learned).toHaveText('1');
});

test('corrupted saved progress is backed up, announced and downloadable, and the site keeps working', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('critical-path:state', '{"version":1,"state":{"lessons":'));
  await page.goto('/progress/');
  await hydrated(page);
  await expect(page.getByText(/could not be read.*backup/)).toBeVisible();
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('critical-path:backup:')));
  expect(backups).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), backups[0]!)).toBe('{"version":1,"state":{"lessons":');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the backup' }).click()]);
  expect(readFileSync((await download.path())!, 'utf8')).toBe('{"version":1,"state":{"lessons":');
  await expect(page.getByRole('heading', { name: 'Readiness by round' })).toBeVisible();
});

test('the study plan is made from a date and hours, and refuses tomorrow', async ({ page }) => {
  await page.goto('/plan/');
  await hydrated(page);
  const tomorrow = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() + 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await page.getByLabel('Interview date').fill(tomorrow);
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await expect(page.getByRole('alert')).toContainText('too close');
  await page.getByLabel('Interview date').fill('2027-01-20');
  await page.getByLabel('Hours per week').fill('6');
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await expect(page.getByRole('heading', { name: /^Your plan: \d+ weeks/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Week 1:/ })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'This week’s plan' })).toBeVisible();
});
