/**
 * Fetches the search index and the search code, once per page, the first time search is needed. A failed attempt is
 * forgotten so that "Try again" really tries again.
 */
import type { SearchEngine } from '../../lib/search-engine';

const engines = new Map<string, Promise<SearchEngine>>();

async function fetchEngine(indexUrl: string): Promise<SearchEngine> {
  const [payload, { createSearchEngine }] = await Promise.all([
    fetch(indexUrl, { credentials: 'same-origin' }).then(async (response) => {
      if (!response.ok) throw new Error(`the index answered ${response.status} ${response.statusText}`.trim());
      return response.json() as Promise<unknown>;
    }),
    import('../../lib/search-engine'),
  ]);
  // Let the "Loading" state paint before the index is built.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return createSearchEngine(payload);
}

export function loadSearchEngine(indexUrl: string): Promise<SearchEngine> {
  let engine = engines.get(indexUrl);
  if (!engine) {
    engine = fetchEngine(indexUrl);
    engines.set(indexUrl, engine);
    engine.catch(() => engines.delete(indexUrl));
  }
  return engine;
}
