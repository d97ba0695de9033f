import { expect, test } from '@playwright/test';
import { BASE_SITE } from '../../playwright.config';
import { samplePage } from './site-pages';

test('review three cards with the keyboard alone, reload, and see the due counts reflect it', async ({ page }) => {
  const deckId = samplePage('/flashcards/').split('/')[2]!;
  await page.goto(`/flashcards/${deckId}/`);
  await page.waitForSelector('astro-island:not([ssr])');
  const counts = page.locator('.review__counts');
  await expect(counts).toContainText('0 learned');
  for (const key of ['3', '4', '1']) {
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
    await page.keyboard.press(key);
  }
  await page.reload();
  await page.waitForSelector('astro-island:not([ssr])');
  await expect(counts).toContainText(/3 learned|2 learned/);
  await page.goto('/flashcards/');
  await page.waitForSelector('astro-island:not([ssr])');
  const row = page.locator(`tr[data-deck-id="${deckId}"]`);
  const seen = Number(await row.locator('td[data-count="due"]').innerText()) + Number(await row.locator('td[data-count="learned"]').innerText());
  expect(seen).toBe(3);
});

test('a day later the right cards are due', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-22T10:00:00') });
  const deckId = samplePage('/flashcards/').split('/')[2]!;
  await page.goto(`/flashcards/${deckId}/`);
  await page.waitForSelector('astro-island:not([ssr])');
  // Easy puts a new card days out; Again brings it back within minutes.
  await page.keyboard.press('Space');
  await page.keyboard.press('4');
  await page.keyboard.press('Space');
  await page.keyboard.press('1');
  await page.goto('/flashcards/');
  await page.clock.fastForward('25:00:00');
  await page.reload();
  await page.waitForSelector('astro-island:not([ssr])');
  const row = page.locator(`tr[data-deck-id="${deckId}"]`);
  await expect(row.locator('td[data-count="due"]')).toHaveText('1');
  await expect(row.locator('td[data-count="learned"]')).toHaveText('1');
});

test('an unknown deck is a 404', async ({ page }) => {
  const response = await page.goto('/flashcards/no-such-deck/');
  expect(response?.status()).toBe(404);
});

test('the all-decks review fetches every card, names each card\'s deck, and a grade there shows on the deck', async ({ page }) => {
  const deckId = samplePage('/flashcards/').split('/')[2]!;
  const cardsFile = page.waitForResponse((response) => response.url().endsWith('/flashcards/cards.json'));
  await page.goto('/flashcards/review/');
  expect((await cardsFile).ok()).toBe(true);
  await page.waitForSelector('astro-island:not([ssr])');
  const counts = page.locator('.review__counts');
  await expect(counts).toContainText(/0 learned of \d{3,}/);
  await expect(page.locator('.flashcard__deck')).not.toBeEmpty();
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(counts).toContainText('1 learned');

  await page.goto('/flashcards/');
  await page.waitForSelector('astro-island:not([ssr])');
  const total = page.locator('tr[data-deck-id] td[data-count="learned"]');
  const learned = (await total.allInnerTexts()).reduce((sum, text) => sum + Number(text), 0);
  expect(learned).toBe(1);
  expect(await page.locator(`tr[data-deck-id="${deckId}"]`).count()).toBe(1);
});

test('under a base path the all-decks review fetches its cards there', async ({ page }) => {
  const cardsFile = page.waitForResponse((response) => response.url().endsWith('/flashcards/cards.json'));
  await page.goto(new URL('flashcards/review/', BASE_SITE).href);
  expect(new URL((await cardsFile).url()).pathname).toBe('/prep/flashcards/cards.json');
  await page.waitForSelector('astro-island:not([ssr])');
  await expect(page.getByRole('button', { name: /^Show answer/ })).toBeVisible();
});
