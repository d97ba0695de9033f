/** The kinds of search result and how they are named. No lunr here: the search islands import this before the index loads. */
export const SEARCH_TYPES = ['lesson', 'case', 'story', 'card'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const SEARCH_TYPE_LABELS: Record<SearchType, { singular: string; plural: string }> = {
  lesson: { singular: 'Lesson', plural: 'Lessons' },
  case: { singular: 'Case', plural: 'Cases' },
  story: { singular: 'Story', plural: 'Stories' },
  card: { singular: 'Card', plural: 'Cards' },
};

export function isSearchType(value: unknown): value is SearchType {
  return typeof value === 'string' && (SEARCH_TYPES as readonly string[]).includes(value);
}
