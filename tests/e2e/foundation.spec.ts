import { expect, test } from '@playwright/test';
import { BASE_SITE } from '../../playwright.config';
import { builtPages, samplePage } from './site-pages';

test('a lesson page requests no JavaScript before the reader interacts', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(samplePage('/learn/role/'));
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
});

test('an unknown address shows the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the theme control applies before paint and is remembered', async ({ page }) => {
  await page.goto('/');
  const control = page.getByLabel(/theme/i);
  await control.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto(samplePage('/learn/'));
  // The attribute is set by the inline head script, before any stylesheet-dependent paint.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel(/theme/i)).toHaveValue('dark');
  await page.getByLabel(/theme/i).selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
});

test('lessons read well with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(samplePage('/learn/program-execution/'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Check yourself' })).toBeVisible();
  await page.locator('details.check summary').first().click();
  await expect(page.locator('details.check').first()).toHaveAttribute('open', '');
  await context.close();
});

test('the layout fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of ['/', samplePage('/learn/system-design/'), samplePage('/cases/'), samplePage('/stories/')]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('under a base path every internal link on every page works', async ({ request }) => {
  test.setTimeout(180_000);
  const origin = new URL(BASE_SITE).origin;
  const status = new Map<string, number>();
  const outside: string[] = [];
  for (const path of builtPages()) {
    const pageUrl = new URL(path.slice(1), BASE_SITE);
    const response = await request.get(pageUrl.href);
    expect(response.status(), pageUrl.pathname).toBe(200);
    const html = await response.text();
    for (const match of html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) {
      const target = new URL(match[1] ?? '', pageUrl);
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith('/prep/')) outside.push(`${pageUrl.pathname} -> ${target.pathname}`);
      if (!status.has(target.pathname)) status.set(target.pathname, (await request.get(origin + target.pathname)).status());
    }
  }
  expect(outside).toEqual([]);
  expect([...status].filter(([, code]) => code !== 200).map(([path, code]) => `${code} ${path}`)).toEqual([]);
});
