/**
 * What "fast" means here, as numbers: the Lighthouse scores every page must reach and the gzipped bytes each type of
 * page may send. `npm run audit` (scripts/audit.mjs) measures one page of every type against them; the budget test
 * in tests/e2e checks the parts that need no browser. Standalone on purpose (no imports): Node runs it directly.
 */

const KB = 1024;

/** Lighthouse category scores (0 to 100, mobile settings) below which the audit fails. */
export const MIN_SCORES = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
} as const;

export type Category = keyof typeof MIN_SCORES;

/** Gzipped bytes per page. `js` is the JavaScript a page requests before the reader interacts. */
export interface Sizes {
  html: number;
  css: number;
  js: number;
}

/**
 * The kinds of page the site has, in the order the audit reports them. `match` tells a built page's path (relative to
 * the base path, e.g. `/learn/role/what-a-tpm-does/`) as that kind; the first page that matches is the sample.
 */
export const PAGE_TYPES = [
  { type: 'home', match: /^\/$/ },
  { type: 'tracks', match: /^\/learn\/$/ },
  { type: 'track', match: /^\/learn\/[^/]+\/$/ },
  { type: 'lesson', match: /^\/learn\/[^/]+\/[^/]+\/$/ },
  { type: 'cases', match: /^\/cases\/$/ },
  { type: 'case', match: /^\/cases\/[^/]+\/$/ },
  { type: 'stories', match: /^\/stories\/$/ },
  { type: 'story', match: /^\/stories\/(?!competency\/)[^/]+\/$/ },
  { type: 'competency', match: /^\/stories\/competency\/[^/]+\/$/ },
  { type: 'decks', match: /^\/flashcards\/$/ },
  { type: 'deck review', match: /^\/flashcards\/(?!review\/)[^/]+\/$/ },
  { type: 'deck browse', match: /^\/flashcards\/[^/]+\/browse\/$/ },
  { type: 'due review', match: /^\/flashcards\/review\/$/ },
  { type: 'practice', match: /^\/practice\/$/ },
  { type: 'progress', match: /^\/progress\/$/ },
  { type: 'plan', match: /^\/plan\/$/ },
  { type: 'tools', match: /^\/tools\/$/ },
  // Every tool is audited, not one sample: each is its own application.
  { type: 'tool', match: /^\/tools\/[^/]+\/$/, every: true },
  { type: 'search', match: /^\/search\/$/ },
] as const satisfies readonly { type: string; match: RegExp; every?: boolean }[];

export type PageType = (typeof PAGE_TYPES)[number]['type'];

/** Pages that teach: HTML first, readable without JavaScript, no script before the reader interacts. */
const READING: Sizes = { html: 15 * KB, css: 15 * KB, js: 0 };
/** Pages built around an island: React and the store load at once (about 60 KB of the budget). */
const APPLICATION: Sizes = { html: 20 * KB, css: 15 * KB, js: 120 * KB };

export const BUDGETS: Record<PageType, Sizes> = {
  home: APPLICATION,
  tracks: APPLICATION,
  track: APPLICATION,
  lesson: { html: 10 * KB, css: 15 * KB, js: 0 },
  cases: APPLICATION,
  case: APPLICATION,
  stories: READING,
  story: READING,
  competency: READING,
  decks: APPLICATION,
  'deck review': APPLICATION,
  // Every card of a deck on one page, to skim: the largest deck (about 130 cards) needs more than a story does.
  'deck browse': { ...READING, html: 20 * KB },
  'due review': APPLICATION,
  practice: APPLICATION,
  progress: APPLICATION,
  plan: APPLICATION,
  tools: READING,
  tool: APPLICATION,
  search: APPLICATION,
};

export interface SamplePage {
  type: PageType;
  /** What the report calls it: the type, or for tools `tool: <name>`. */
  label: string;
  path: string;
}

/** One page of every type (every page for types marked `every`), from a built site's page paths. */
export function samplePages(paths: readonly string[]): SamplePage[] {
  const sorted = [...paths].sort();
  return PAGE_TYPES.flatMap((kind) => {
    const matching = sorted.filter((path) => kind.match.test(path));
    const chosen = 'every' in kind && kind.every ? matching : matching.slice(0, 1);
    return chosen.map((path) => ({
      type: kind.type,
      label: 'every' in kind && kind.every ? `${kind.type}: ${path.split('/').at(-2)}` : kind.type,
      path,
    }));
  });
}

/** The kind of page a path is, if any. */
export function pageTypeOf(path: string): PageType | undefined {
  return PAGE_TYPES.find((kind) => kind.match.test(path))?.type;
}

/** Which of the measured sizes exceed the budget, e.g. `["html 11.2 KB > 10.0 KB"]`; empty when all fit. */
export function overBudget(measured: Sizes, budget: Sizes): string[] {
  return (['html', 'css', 'js'] as const)
    .filter((part) => measured[part] > budget[part])
    .map((part) => `${part} ${formatKb(measured[part])} > ${formatKb(budget[part])}`);
}

/** Which scores fall below the minimums, e.g. `["performance 91 < 95"]`. */
export function belowMinimum(scores: Record<Category, number>): string[] {
  return (Object.keys(MIN_SCORES) as Category[])
    .filter((category) => scores[category] < MIN_SCORES[category])
    .map((category) => `${category} ${scores[category]} < ${MIN_SCORES[category]}`);
}

/** Bytes as kilobytes with one decimal, e.g. `10.0 KB`. */
export function formatKb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}
