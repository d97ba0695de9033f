/**
 * The whole curriculum, loaded once per build and checked as a whole. Every page reads content through here, so a
 * duplicate id or a dangling reference fails the build before any page is written.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findIntegrityProblems, formatProblem, RELATED_KINDS, type ContentRecord } from '../lib/content-integrity';
import { routes, slugOf } from '../lib/routes';
import { TRACKS, type TrackId } from '../lib/tracks';

export type Lesson = CollectionEntry<'lessons'>;
export type Case = CollectionEntry<'cases'>;
export type Story = CollectionEntry<'stories'>;
export type Deck = CollectionEntry<'decks'>;

export interface Catalog {
  lessons: Lesson[];
  cases: Case[];
  stories: Story[];
  decks: Deck[];
}

/** A link to any content item, for "related" lists and search. */
export interface ItemLink {
  id: string;
  kind: 'lesson' | 'case' | 'story' | 'deck';
  title: string;
  /** Root-relative URL; pass it through `withBase`. */
  url: string;
}

let loaded: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  loaded ??= load();
  return loaded;
}

function fileOf(entry: { filePath?: string | undefined; id: string }, folder: string): string {
  return entry.filePath ?? `content/${folder}/${entry.id}`;
}

async function load(): Promise<Catalog> {
  const byOrder = (a: Lesson, b: Lesson) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title);
  const [lessons, cases, stories, decks] = await Promise.all([
    getCollection('lessons').then((list) => list.sort(byOrder)),
    getCollection('cases').then((list) => list.sort((a, b) => a.data.title.localeCompare(b.data.title))),
    getCollection('stories').then((list) => list.sort((a, b) => a.data.title.localeCompare(b.data.title))),
    getCollection('decks').then((list) => list.sort((a, b) => a.data.title.localeCompare(b.data.title))),
  ]);
  const related = (items: string[]) => items.map((id) => ({ field: 'related', id, allowed: RELATED_KINDS }));
  const records: ContentRecord[] = [
    ...lessons.map((e) => ({ kind: 'lesson' as const, id: e.data.id, file: fileOf(e, 'lessons'), references: related(e.data.related) })),
    ...cases.map((e) => ({ kind: 'case' as const, id: e.data.id, file: fileOf(e, 'cases'), references: related(e.data.related) })),
    ...stories.map((e) => ({ kind: 'story' as const, id: e.data.id, file: fileOf(e, 'stories'), references: related(e.data.related) })),
    ...decks.map((e) => ({ kind: 'deck' as const, id: e.data.id, file: fileOf(e, 'decks'), references: [] })),
    ...decks.flatMap((deck) =>
      deck.data.cards.map((card) => ({
        kind: 'card' as const,
        id: card.id,
        file: fileOf(deck, 'decks'),
        references: card.lesson ? [{ field: `cards[${card.id}].lesson`, id: card.lesson, allowed: ['lesson'] as const }] : [],
      })),
    ),
  ];
  for (const lesson of lessons) {
    const folder = lesson.id.split('/')[0];
    if (folder !== lesson.data.track) {
      throw new Error(`${fileOf(lesson, 'lessons')}: field "track": "${lesson.data.track}" does not match its folder "${folder}"`);
    }
  }
  const problems = findIntegrityProblems(records);
  if (problems.length > 0) {
    throw new Error(`Content error: ${problems.map(formatProblem).join('\n')}`);
  }
  return { lessons, cases, stories, decks };
}

export function lessonUrl(lesson: Lesson): string {
  return routes.lesson(lesson.data.track, slugOf(lesson.id));
}

export function lessonsInTrack(catalog: Catalog, track: TrackId): Lesson[] {
  return catalog.lessons.filter((lesson) => lesson.data.track === track);
}

export function linkFor(catalog: Catalog, id: string): ItemLink | undefined {
  const lesson = catalog.lessons.find((e) => e.data.id === id);
  if (lesson) return { id, kind: 'lesson', title: lesson.data.title, url: lessonUrl(lesson) };
  const found = catalog.cases.find((e) => e.data.id === id);
  if (found) return { id, kind: 'case', title: found.data.title, url: routes.case(slugOf(found.id)) };
  const story = catalog.stories.find((e) => e.data.id === id);
  if (story) return { id, kind: 'story', title: story.data.title, url: routes.story(slugOf(story.id)) };
  const deck = catalog.decks.find((e) => e.data.id === id);
  if (deck) return { id, kind: 'deck', title: deck.data.title, url: routes.deck(deck.data.id) };
  return undefined;
}

export function relatedLinks(catalog: Catalog, ids: readonly string[]): ItemLink[] {
  return ids.map((id) => linkFor(catalog, id)).filter((link): link is ItemLink => link !== undefined);
}

export { TRACKS };

/** The small, serialisable card list a review island needs (links already carry the base path). */
export function reviewCards(catalog: Catalog, decks: Deck[], withBase: (path: string) => string) {
  return decks.flatMap((deck) =>
    deck.data.cards.map((card) => {
      const lesson = card.lesson ? linkFor(catalog, card.lesson) : undefined;
      return {
        id: card.id,
        front: card.front,
        back: card.back,
        deck: deck.data.title,
        ...(lesson ? { lessonUrl: withBase(lesson.url), lessonTitle: lesson.title } : {}),
      };
    }),
  );
}

export function deckSummaries(catalog: Catalog, withBase: (path: string) => string) {
  return catalog.decks.map((deck) => ({
    id: deck.data.id,
    title: deck.data.title,
    url: withBase(routes.deck(deck.data.id)),
    cardIds: deck.data.cards.map((card) => card.id),
  }));
}

/** Every lesson as a small reference (URLs carry the base path), in track order. */
export function lessonRefs(catalog: Catalog, withBase: (path: string) => string) {
  const order = new Map(TRACKS.map((track, i) => [track.id, i]));
  return [...catalog.lessons]
    .sort((a, b) => (order.get(a.data.track) ?? 0) - (order.get(b.data.track) ?? 0) || a.data.order - b.data.order)
    .map((lesson) => ({ id: lesson.data.id, title: lesson.data.title, url: withBase(lessonUrl(lesson)), track: lesson.data.track, minutes: lesson.data.minutes }));
}

/** Every case as a small reference (URLs carry the base path). */
export function caseRefs(catalog: Catalog, withBase: (path: string) => string) {
  return catalog.cases.map((entry) => ({
    id: entry.data.id,
    title: entry.data.title,
    url: withBase(routes.case(slugOf(entry.id))),
    kind: entry.data.kind,
    minutes: entry.data.minutes,
    rubric: entry.data.rubric.map((criterion) => criterion.id),
  }));
}
