/**
 * A deck as a tab-separated file Anki imports: front, back, tags (space-separated). Tabs and newlines inside a field
 * are replaced so a field never splits.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type Deck } from '../../../data/catalog';
import { deckToTsv } from '../../../lib/anki-export';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.decks.map((deck) => ({ params: { deck: deck.data.id }, props: { deck } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { deck } = props as { deck: Deck };
  return new Response(deckToTsv(deck.data), { headers: { 'content-type': 'text/tab-separated-values; charset=utf-8' } });
};
