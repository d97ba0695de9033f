/**
 * Every URL the site links to, in one place. Paths are root-relative and end in a slash; `withBase` adds the
 * deployment's base path (for example `/prep/` on GitHub Pages).
 */

/** The base path the site is built for, always ending in a slash. */
export function basePath(): string {
  const base = import.meta.env.BASE_URL || '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** Prefix a root-relative path with the base path; other URLs (absolute, anchors, relative) pass through. */
export function withBase(path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const base = basePath();
  if (base !== '/' && path.startsWith(base)) return path;
  return base + path.slice(1);
}

export const routes = {
  home: () => '/',
  learn: () => '/learn/',
  track: (track: string) => `/learn/${track}/`,
  lesson: (track: string, slug: string) => `/learn/${track}/${slug}/`,
  cases: () => '/cases/',
  case: (slug: string) => `/cases/${slug}/`,
  stories: () => '/stories/',
  storiesFor: (competency: string) => `/stories/competency/${competency}/`,
  story: (slug: string) => `/stories/${slug}/`,
  flashcards: () => '/flashcards/',
  deck: (deck: string) => `/flashcards/${deck}/`,
  /** Every card of every deck, as the all-decks review fetches them (see src/pages/flashcards/cards.json.ts). */
  reviewCardsFile: () => '/flashcards/cards.json',
  practice: () => '/practice/',
  progress: () => '/progress/',
  plan: () => '/plan/',
  search: () => '/search/',
  tools: () => '/tools/',
  tool: (tool: 'story-bank' | 'resume' | 'program-log' | 'critical-path' | 'status-update') => `/tools/${tool}/`,
} as const;

/** The last path segment of a content entry id such as `role/what-a-tpm-does`. */
export function slugOf(entryId: string): string {
  const parts = entryId.split('/');
  return parts[parts.length - 1] ?? entryId;
}
