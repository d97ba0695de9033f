/**
 * How a search result reads: its title and a short snippet with the matched words marked, and the section of the page
 * that matched when a heading did. Text is returned as segments (plain or matched) for the UI to render as elements;
 * nothing here produces HTML.
 */
import { indexTerm, type SearchDocument } from './search-index';
import type { SearchHit } from './search-results';
import { wordSpans } from './search-text';

export interface Segment {
  text: string;
  match: boolean;
}

/** Words of `text` whose index term is in `terms` are marked; runs of marked words separated by spaces merge. */
export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  const ranges: [number, number][] = [];
  for (const span of wordSpans(text)) {
    if (!terms.has(indexTerm(span.word))) continue;
    const last = ranges[ranges.length - 1];
    if (last && (last[1] >= span.start || /^[ \t]+$/.test(text.slice(last[1], span.start)))) last[1] = Math.max(last[1], span.end);
    else ranges.push([span.start, span.end]);
  }
  const segments: Segment[] = [];
  let position = 0;
  for (const [start, end] of ranges) {
    if (start > position) segments.push({ text: text.slice(position, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    position = end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), match: false });
  return segments;
}

export function matchCount(segments: readonly Segment[]): number {
  return segments.filter((segment) => segment.match).length;
}

/** At most `maxLength` characters of `text` around its first matched word, cut at word boundaries, with ellipses. */
export function snippet(text: string, terms: ReadonlySet<string>, maxLength = 180): Segment[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return highlight(clean, terms);
  const first = wordSpans(clean).find((span) => terms.has(indexTerm(span.word)));
  let start = first ? Math.max(0, first.start - Math.floor(maxLength / 3)) : 0;
  if (start > 0) {
    const space = clean.indexOf(' ', start);
    start = space >= 0 && space < (first?.start ?? clean.length) ? space + 1 : start;
  }
  let end = Math.min(clean.length, start + maxLength);
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const segments = highlight(clean.slice(start, end).replace(/[\s,;:]+$/, ''), terms);
  if (start > 0) segments.unshift({ text: '…', match: false });
  if (end < clean.length) segments.push({ text: '…', match: false });
  return segments;
}

export interface ResultView {
  title: Segment[];
  snippet: Segment[];
  /** The heading that matched best, when one did. */
  section?: Segment[];
  /** Root-relative link: the page, or the matched section of it when only a heading matched. */
  href: string;
}

function bestHeading(document: SearchDocument, terms: ReadonlySet<string>): { segments: Segment[]; slug: string } | undefined {
  let best: { segments: Segment[]; slug: string; count: number } | undefined;
  for (const [text, slug] of document.headings ?? []) {
    const segments = highlight(text, terms);
    const count = matchCount(segments);
    if (count > 0 && (!best || count > best.count)) best = { segments, slug, count };
  }
  return best;
}

/** What a result shows, from a hit. */
export function describeHit(hit: SearchHit, maxSnippet = 180): ResultView {
  const terms = new Set(hit.terms);
  const { document } = hit;
  const title = highlight(document.title, terms);
  const view: ResultView = { title, snippet: snippet(document.summary, terms, maxSnippet), href: document.url };
  const heading = bestHeading(document, terms);
  if (heading) {
    view.section = heading.segments;
    if (matchCount(title) === 0 && heading.slug) view.href = `${document.url}#${heading.slug}`;
  }
  return view;
}
