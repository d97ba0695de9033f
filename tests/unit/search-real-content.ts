/**
 * The real curriculum as search records, read from content/ the way the content tests read it (no Astro), so
 * ranking and size checks run on what the site ships. Files that do not pass their schema are left out here: the
 * content tests report them, and the build would refuse them.
 */
import { caseSchema, deckSchema, lessonSchema, storySchema } from '../../src/lib/content-schema';
import { searchRecords } from '../../src/lib/search-content';
import type { SearchRecord } from '../../src/lib/search-index';
import { loadCollection } from '../content/load-content';

function valid<T>(schema: { safeParse: (data: unknown) => { success: boolean; data?: T } }, data: unknown): T | undefined {
  const result = schema.safeParse(data);
  return result.success ? result.data : undefined;
}

let cached: SearchRecord[] | undefined;

export function realRecords(): SearchRecord[] {
  cached ??= searchRecords({
    lessons: loadCollection('lessons').flatMap((file) => {
      const data = valid(lessonSchema, file.data);
      return data ? [{ data, slug: file.slug, body: file.body }] : [];
    }),
    cases: loadCollection('cases').flatMap((file) => {
      const data = valid(caseSchema, file.data);
      return data ? [{ data, slug: file.slug, body: file.body }] : [];
    }),
    stories: loadCollection('stories').flatMap((file) => {
      const data = valid(storySchema, file.data);
      return data ? [{ data, slug: file.slug, body: file.body }] : [];
    }),
    decks: loadCollection('decks').flatMap((file) => {
      const data = valid(deckSchema, file.data);
      return data ? [{ data }] : [];
    }),
  });
  return cached;
}
