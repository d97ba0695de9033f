import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { BASE_SITE } from '../../playwright.config';
import { builtPages, samplePage } from './site-pages';

// The other browser tests block service workers; these are about them.
test.use({ serviceWorkers: 'allow' });

const root = join(import.meta.dirname, '..', '..');

/** Waits until the offline worker has installed (so everything is precached) and controls the page. */
async function waitForOfflineCopy(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 45_000 });
}

test('after one visit, lessons, search, flashcards and islands all work offline', async ({ page, context }) => {
  test.setTimeout(120_000);
  const lessons = builtPages().filter((path) => /^\/learn\/[^/]+\/[^/]+\/$/.test(path));
  const deckId = samplePage('/flashcards/').split('/')[2]!;
  await page.goto('/');
  await waitForOfflineCopy(page);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // A lesson never opened while online, and its island.
  const lesson = lessons[lessons.length - 1]!;
  await page.goto(lesson);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const toggle = page.getByRole('button', { name: /Mark as complete/ });
  await toggle.scrollIntoViewIfNeeded();
  await expect(toggle).toBeEnabled();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  // The next lesson by its link, as a reader would go.
  const next = page.locator('a[rel="next"]');
  if (await next.count()) {
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  // Search: the page and its index come from the offline copy; results are links.
  if (existsSync(join(root, 'dist', 'search', 'index.html'))) {
    await page.goto('/search/?q=critical%20path');
    await page.waitForSelector('astro-island:not([ssr])');
    await expect(page.getByRole('main').getByRole('link').filter({ hasText: /critical path/i }).first()).toBeVisible();
  }

  // Review a card.
  await page.goto(`/flashcards/${deckId}/`);
  await page.waitForSelector('astro-island:not([ssr])');
  const counts = page.locator('.review__counts');
  const before = await counts.innerText();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect(counts).not.toHaveText(before);

  // The all-decks review fetches its cards file, also from the offline copy.
  await page.goto('/flashcards/review/');
  await page.waitForSelector('astro-island:not([ssr])');
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();

  // An address that does not exist gets the site's own page, not the browser's offline error.
  await page.goto('/no-such-page/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await context.setOffline(false);
});

test('registering the worker adds no script request to a lesson page', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(samplePage('/learn/role/'));
  await waitForOfflineCopy(page);
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
});

test('under a base path the worker is scoped to it and works offline', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto(BASE_SITE);
  await waitForOfflineCopy(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
  expect(scope).toBe(BASE_SITE);
  await context.setOffline(true);
  await page.goto(new URL(samplePage('/learn/').slice(1), BASE_SITE).href);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.setOffline(false);
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

test.describe('a new version', () => {
  let folder = '';
  let server: ChildProcess | undefined;
  let origin = '';

  test.beforeAll(async () => {
    // A copy of the site that this test can "deploy" a new version of.
    folder = mkdtempSync(join(tmpdir(), 'critical-path-update-'));
    cpSync(join(root, 'dist'), folder, { recursive: true });
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [join(root, 'scripts', 'serve-static.mjs'), folder, String(port)], { stdio: 'ignore' });
    await expect.poll(async () => (await fetch(`${origin}/`).catch(() => null))?.status, { timeout: 10_000 }).toBe(200);
  });

  test.afterAll(() => {
    server?.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  test('is offered as "Update available" with a Reload button, and Reload switches to it', async ({ page }) => {
    test.setTimeout(120_000);
    const lesson = samplePage('/learn/role/');
    await page.goto(`${origin}${lesson}`);
    await waitForOfflineCopy(page);
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

    // Deploy: the lesson's text changes, and with it the worker's precache manifest.
    const lessonFile = join(folder, lesson, 'index.html');
    writeFileSync(lessonFile, readFileSync(lessonFile, 'utf8').replace('</h1>', ' (revised)</h1>'));
    const swFile = join(folder, 'sw.js');
    const entry = new RegExp(`(url:"${lesson}index\\.html",revision:")[0-9a-f]+"`);
    const worker = readFileSync(swFile, 'utf8');
    expect(worker).toMatch(entry);
    writeFileSync(swFile, worker.replace(entry, '$1next-version"'));

    // The old version keeps serving the page until the reader chooses to reload.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page.getByRole('complementary', { name: 'Site update' });
    await expect(banner.getByRole('status')).toHaveText(/Update available/, { timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1 })).not.toContainText('(revised)');

    await banner.getByRole('button', { name: 'Reload' }).click();
    await page.waitForEvent('load');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('(revised)');
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(firstWorker);
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
  });
});
