/**
 * Content collections. The schemas live in `src/lib/content-schema.ts` (one definition, shared with the content
 * tests); this file only tells Astro where each collection's files are. Cross-entry rules (unique ids, `related`
 * links that resolve) are checked by `src/data/catalog.ts` when the first page is built.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { caseSchema, deckSchema, lessonSchema, storySchema } from './lib/content-schema';

/** The curriculum folder; `CONTENT_ROOT` points the build at another one (benchmarks build synthetic curricula). */
const root = process.env['CONTENT_ROOT'] || './content';

/** Lessons: `content/lessons/<track>/<slug>.mdx`, served at `/learn/<track>/<slug>/`. */
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${root}/lessons` }),
  schema: lessonSchema,
});

/** Program, system-design and cross-functional cases: `content/cases/<slug>.mdx`, served at `/cases/<slug>/`. */
const cases = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/cases` }),
  schema: caseSchema,
});

/** Worked STAR stories: `content/stories/<slug>.mdx`, served at `/stories/<slug>/`. */
const stories = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/stories` }),
  schema: storySchema,
});

/** Flashcard decks: `content/decks/<deck>.yaml`, served at `/flashcards/<deck id>/`. */
const decks = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/decks` }),
  schema: deckSchema,
});

export const collections = { lessons, cases, stories, decks };
