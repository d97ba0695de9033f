/**
 * Turns the curriculum into plain search records: one per lesson, case, story and flashcard. The build endpoint
 * (src/pages/search-index.json.ts) and the search tests both call `searchRecords`, so the tests rank the same
 * documents the site ships.
 */
import type { CaseData, DeckData, LessonData, StoryData } from './content-schema';
import { CASE_KIND_LABELS } from './case-kinds';
import { routes } from './routes';
import { trackById } from './tracks';
import type { SearchHeading, SearchRecord } from './search-index';

/** A heading as Astro's `render()` reports it. */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

interface MdxSource<T> {
  data: T;
  /** The file name without extension: the URL slug. */
  slug: string;
  /** The MDX body after the frontmatter. */
  body: string;
  /** Headings with the ids the rendered page gives them; when absent they are read from the body, without ids. */
  headings?: RenderedHeading[] | undefined;
}

export interface SearchSources {
  lessons: MdxSource<Pick<LessonData, 'id' | 'title' | 'summary' | 'track' | 'objectives'>>[];
  cases: MdxSource<Pick<CaseData, 'id' | 'title' | 'summary' | 'kind' | 'phases' | 'rubric'>>[];
  stories: MdxSource<Pick<StoryData, 'id' | 'title' | 'summary' | 'competencies' | 'situation' | 'task' | 'action' | 'result' | 'followups'>>[];
  decks: { data: Pick<DeckData, 'id' | 'title' | 'track' | 'cards'> }[];
}

/** Attributes of MDX components whose values a reader sees as text. */
const TEXT_ATTRIBUTES = ['title', 'question', 'caption', 'description', 'alt'];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1]?.toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Markdown inline syntax removed from one line of text: links keep their words, not their addresses. */
export function inlineText(text: string): string {
  return decodeEntities(
    text
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, ' ')
      .replace(/[*_`~]+/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The `##` and `###` headings of an MDX body, in order, as plain text. */
export function markdownHeadings(body: string): string[] {
  return Array.from(stripCode(body).matchAll(/^#{2,3}[ \t]+(.+?)[ \t#]*$/gm), (match) => inlineText(match[1] ?? '')).filter(Boolean);
}

function stripCode(body: string): string {
  return body.replace(/^(```|~~~)[\s\S]*?^\1[ \t]*$/gm, ' ');
}

/**
 * The words a reader reads in an MDX body, without its headings (indexed separately), drawings, component names,
 * link addresses or import lines. Attribute values that show as text (a check-yourself question, a caption) are kept.
 */
export function mdxToSearchText(body: string): string {
  const attributeText = (tag: string) =>
    Array.from(tag.matchAll(/([a-zA-Z]+)=(?:"([^"]*)"|'([^']*)'|\{`([^`]*)`\})/g))
      .filter((match) => TEXT_ATTRIBUTES.includes(match[1] ?? ''))
      .map((match) => ` ${match[2] ?? match[3] ?? match[4] ?? ''} `)
      .join('');
  const text = body
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^#{1,6}[ \t]+.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, attributeText)
    .replace(/^\s*\|?[\s:|-]*-{3,}[\s:|-]*$/gm, ' ')
    .replace(/^\s*>+/gm, ' ')
    .replace(/\|/g, ' ');
  return text
    .split(/\n{2,}/)
    .map((paragraph) => inlineText(paragraph))
    .filter(Boolean)
    .join('\n');
}

function headingsOf(source: MdxSource<unknown>): SearchHeading[] {
  if (source.headings) {
    return source.headings
      .filter((heading) => heading.depth === 2 || heading.depth === 3)
      .map((heading) => ({ text: inlineText(heading.text), slug: heading.slug }));
  }
  return markdownHeadings(source.body).map((text) => ({ text }));
}

function lines(...parts: (string | readonly string[] | undefined)[]): string {
  return parts
    .flatMap((part) => (part === undefined ? [] : typeof part === 'string' ? [part] : [...part]))
    .map((part) => part.trim())
    .filter(Boolean)
    .join('\n');
}

const words = (id: string) => id.replace(/-/g, ' ');

/** Every searchable record of the curriculum: lessons, cases, stories, then cards deck by deck. */
export function searchRecords(sources: SearchSources): SearchRecord[] {
  const lessonLinks = new Map(
    sources.lessons.map((lesson) => [lesson.data.id, { title: lesson.data.title, url: routes.lesson(lesson.data.track, lesson.slug) }]),
  );
  const lessons = sources.lessons.map<SearchRecord>((lesson) => ({
    type: 'lesson',
    id: lesson.data.id,
    title: lesson.data.title,
    url: routes.lesson(lesson.data.track, lesson.slug),
    summary: lesson.data.summary,
    headings: headingsOf(lesson),
    body: lines(lesson.data.objectives, mdxToSearchText(lesson.body)),
    track: lesson.data.track,
    context: trackById(lesson.data.track)?.title ?? lesson.data.track,
  }));
  const cases = sources.cases.map<SearchRecord>((item) => ({
    type: 'case',
    id: item.data.id,
    title: item.data.title,
    url: routes.case(item.slug),
    summary: item.data.summary,
    headings: headingsOf(item),
    body: lines(
      item.data.phases.flatMap((phase) => [phase.title, ...phase.prompts]),
      item.data.rubric.flatMap((criterion) => [criterion.criterion, criterion.excellent]),
      mdxToSearchText(item.body),
    ),
    context: CASE_KIND_LABELS[item.data.kind].singular,
  }));
  const stories = sources.stories.map<SearchRecord>((story) => ({
    type: 'story',
    id: story.data.id,
    title: story.data.title,
    url: routes.story(story.slug),
    summary: story.data.summary,
    headings: headingsOf(story),
    body: lines(
      story.data.competencies.map(words),
      story.data.situation,
      story.data.task,
      story.data.action,
      story.data.result,
      story.data.followups,
      mdxToSearchText(story.body),
    ),
    context: 'STAR story',
  }));
  const cards = sources.decks.flatMap((deck) =>
    deck.data.cards.map<SearchRecord>((card) => {
      const lesson = card.lesson ? lessonLinks.get(card.lesson) : undefined;
      return {
        type: 'card',
        id: card.id,
        title: card.front,
        url: lesson?.url ?? routes.deck(deck.data.id),
        summary: card.back,
        headings: [],
        body: card.tags.map(words).join('\n'),
        track: deck.data.track,
        context: lesson ? `${deck.data.title} deck · from ${lesson.title}` : `${deck.data.title} deck`,
      };
    }),
  );
  return [...lessons, ...cases, ...stories, ...cards];
}
