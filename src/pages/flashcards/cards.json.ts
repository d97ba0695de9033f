/**
 * Every card of every deck, for the all-decks review. Sent as a file the review fetches, not as island data in the
 * page, so the page stays small however many decks there are; the service worker precaches it with the site.
 */
import type { APIRoute } from 'astro';
import { getCatalog, reviewCards } from '../../data/catalog';
import { withBase } from '../../lib/routes';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return new Response(JSON.stringify(reviewCards(catalog, catalog.decks, withBase)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
