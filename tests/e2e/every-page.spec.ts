import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from './site-pages';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const path of builtPages()) {
  test(`${path} loads cleanly and passes axe in light and dark`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      // Only colours change between themes, so the dark pass re-checks contrast alone.
      const axe = scheme === 'light' ? new AxeBuilder({ page }).withTags(WCAG_TAGS) : new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']);
      const results = await axe.analyze();
      const summary = results.violations.map((v) => `${scheme}: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')} ${v.nodes[0]?.failureSummary ?? ''}`);
      expect(summary).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
}
