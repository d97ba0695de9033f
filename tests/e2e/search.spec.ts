import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Request } from '@playwright/test';
import { BASE_SITE } from '../../playwright.config';
import { samplePage } from './site-pages';

const isIndex = (request: Request) => new URL(request.url()).pathname.endsWith('/search-index.json');

/** Records every script and index request, and whether search had been asked for when it was made. */
function watchRequests(page: Page) {
  const log = { opened: false, scripts: [] as string[], index: [] as { opened: boolean }[] };
  page.on('request', (request) => {
    if (request.resourceType() === 'script') log.scripts.push(request.url());
    if (isIndex(request)) log.index.push({ opened: log.opened });
  });
  return log;
}

test('from a lesson, keyboard only: "/" opens search, typing finds, arrows and Enter land on the result', async ({ page }) => {
  const log = watchRequests(page);
  const lesson = samplePage('/learn/role/');
  await page.goto(lesson);
  await page.waitForLoadState('networkidle');
  expect(log.scripts, 'a lesson requests no script before the reader interacts').toEqual([]);
  expect(log.index, 'the index is not fetched on load').toEqual([]);

  log.opened = true;
  await page.keyboard.press('/');
  // Typed at once, before the dialog's code has arrived: nothing typed is lost.
  await page.keyboard.type('critical path');
  const input = page.getByRole('dialog').getByLabel('Search', { exact: true });
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('critical path');
  const first = page.getByRole('dialog').getByRole('link', { name: /^Lesson: The critical path method/ });
  await expect(first).toBeVisible();
  await expect(first.locator('mark').first()).toHaveText(/critical path/i);
  expect(page.workers().length, 'the index is built and searched in a worker, off the page').toBe(1);

  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/learn\/program-execution\/critical-path-method\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/critical path method/i);

  expect(log.index.length, 'the index was fetched once search opened').toBeGreaterThan(0);
  expect(log.index.every((request) => request.opened)).toBe(true);
});

test('Ctrl+K opens search, Escape closes it, and focus returns to what was focused', async ({ page }) => {
  await page.goto(samplePage('/cases/'));
  const brand = page.getByRole('link', { name: 'Critical Path' }).first();
  await brand.focus();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Search', { exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(brand).toBeFocused();
});

test('the header button opens search and gets focus back; "/" typed in a field stays in the field', async ({ page }) => {
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Search' });
  await button.click();
  const dialog = page.getByRole('dialog');
  const input = dialog.getByLabel('Search', { exact: true });
  await expect(input).toBeFocused();
  await page.keyboard.type('a/b');
  await expect(input).toHaveValue('a/b');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(button).toBeFocused();
  // Reopening keeps the last search, selected, so typing replaces it.
  await page.keyboard.press('/');
  await expect(input).toHaveValue('a/b');
  await page.keyboard.type('raci');
  await expect(input).toHaveValue('raci');
});

test('results can be filtered by type, misspellings are corrected, and an empty search helps', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  const input = dialog.getByLabel('Search', { exact: true });
  await input.fill('load balancer');
  await expect(dialog.getByRole('link').first()).toHaveAccessibleName(/^Lesson: Load balancing/);
  await dialog.getByRole('radio', { name: /^Cards/ }).check();
  const names = await dialog.getByRole('link', { name: /^(Lesson|Case|Story|Card):/ }).evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''));
  expect(names.length).toBeGreaterThan(0);
  expect(names.every((name) => name.startsWith('Card'))).toBe(true);
  await dialog.getByRole('radio', { name: /^All/ }).check();

  await input.fill('critcal path');
  await expect(dialog.getByText(/Showing results for “critical path”/)).toBeVisible();
  await input.fill('zqxjk wvvq');
  await expect(dialog.getByText(/No results for “zqxjk wvvq”/)).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'lessons' })).toBeVisible();
});

test('the open dialog passes axe in light and dark', async ({ page }) => {
  await page.goto(samplePage('/learn/'));
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Search', { exact: true }).fill('stakeholder');
  await expect(dialog.getByRole('link').first()).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${scheme}: ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
});

test('/search/?q= shows the same results as a page, and "/" goes to its input', async ({ page }) => {
  await page.goto('/search/?q=critical%20path');
  const main = page.getByRole('main');
  const input = main.getByLabel('Search', { exact: true });
  await expect(input).toHaveValue('critical path');
  await expect(main.getByRole('link', { name: /^(Lesson|Case|Story|Card):/ }).first()).toHaveAccessibleName(/^Lesson: The critical path method/);
  await expect(page).toHaveTitle(/“critical path”/);
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('/');
  await expect(input).toBeFocused();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await input.fill('raci');
  await expect(page).toHaveURL(/\/search\/\?q=raci$/);
});

test('without JavaScript the Search button opens the search page, which says what to do instead', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(samplePage('/learn/'));
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/\/search\/\??$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  // The input does nothing without JavaScript, so it is disabled rather than silently ignored.
  await expect(page.getByLabel('Search', { exact: true })).toBeDisabled();
  // Playwright's JavaScript switch does not make Chromium render <noscript>; a browser with scripting off does.
  expect(await page.locator('noscript').innerHTML()).toContain('Search needs JavaScript');
  await context.close();
});

test('under a base path, search fetches its index there and its results carry the base path', async ({ page }) => {
  const built = await page.request.get(new URL('search-index.json', BASE_SITE).href).then(
    (response) => response.ok(),
    () => false,
  );
  test.skip(!built, 'the base-path build (npm run build:base) is not being served');
  await page.goto(new URL(samplePage('/learn/').slice(1), BASE_SITE).href);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Search', { exact: true }).fill('critical path');
  const first = dialog.getByRole('link', { name: /^Lesson: The critical path method/ });
  await expect(first).toHaveAttribute('href', /^\/prep\/learn\/program-execution\/critical-path-method\/$/);
});
