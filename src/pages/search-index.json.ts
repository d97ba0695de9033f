/**
 * The search index, written once at build time and fetched by the browser the first time a reader opens search.
 * See src/lib/search-index.ts for its shape.
 */
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { getCatalog, type Lesson, type Story } from '../data/catalog';
import { searchRecords } from '../lib/search-content';
import { serializeSearchIndex } from '../lib/search-index';
import { slugOf } from '../lib/routes';

/** The page's own heading ids, so a result can jump to the section that matched. */
async function renderedHeadings(entry: Lesson | Story) {
  const { headings } = await render(entry);
  return headings;
}

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const records = searchRecords({
    lessons: await Promise.all(
      catalog.lessons.map(async (entry) => ({ data: entry.data, slug: slugOf(entry.id), body: entry.body ?? '', headings: await renderedHeadings(entry) })),
    ),
    // A case's headings sit in its folded model walkthrough: they are searched, but a result never jumps into it.
    cases: catalog.cases.map((entry) => ({ data: entry.data, slug: slugOf(entry.id), body: entry.body ?? '' })),
    stories: await Promise.all(
      catalog.stories.map(async (entry) => ({ data: entry.data, slug: slugOf(entry.id), body: entry.body ?? '', headings: await renderedHeadings(entry) })),
    ),
    decks: catalog.decks,
  });
  return new Response(JSON.stringify(serializeSearchIndex(records)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
