/**
 * Loads search once per page, the first time it is needed, and answers queries. The index is built and searched in a
 * worker (search-worker.ts) so that neither loading it nor typing fast blocks the page; where workers are unavailable
 * the same engine runs on the page instead. A failed load is forgotten so that "Try again" really tries again.
 */
import type { DescribedOutcome } from '../../lib/search-engine';
import type { ParseOptions } from '../../lib/search-query';

/** What the search views use: the number of documents, and an answer per query. */
export interface SearchClient {
  size: number;
  answer(input: string, options?: ParseOptions): Promise<DescribedOutcome>;
}

export type WorkerRequest = { type: 'load'; url: string } | { type: 'answer'; id: number; input: string; options: ParseOptions };
export type WorkerReply =
  | { type: 'ready'; size: number }
  | { type: 'failed'; message: string }
  | { type: 'answer'; id: number; outcome?: DescribedOutcome; error?: string };

const clients = new Map<string, Promise<SearchClient>>();

/** Resolves an index URL against the page, so the worker (whose own URL is under /_astro/) fetches the same file. */
const absolute = (url: string) => new URL(url, window.location.href).href;

function workerClient(indexUrl: string): Promise<SearchClient> {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search' });
  const waiting = new Map<number, { resolve: (outcome: DescribedOutcome) => void; reject: (reason: Error) => void }>();
  let nextId = 0;
  let dead: string | undefined;
  return new Promise<SearchClient>((resolve, reject) => {
    const fail = (message: string) => {
      // A worker that failed, even after it was ready, is dropped: the next load (the "Try again" button) starts anew.
      dead = message;
      clients.delete(indexUrl);
      worker.terminate();
      for (const pending of waiting.values()) pending.reject(new Error(message));
      waiting.clear();
      reject(new Error(message));
    };
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      fail(event.message || 'the search code did not load');
    });
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const message = event.data;
      if (message.type === 'failed') fail(message.message);
      else if (message.type === 'ready') {
        resolve({
          size: message.size,
          answer(input, options = {}) {
            if (dead) return Promise.reject(new Error(dead));
            const id = (nextId += 1);
            return new Promise((resolveAnswer, rejectAnswer) => {
              waiting.set(id, { resolve: resolveAnswer, reject: rejectAnswer });
              worker.postMessage({ type: 'answer', id, input, options } satisfies WorkerRequest);
            });
          },
        });
      } else {
        const pending = waiting.get(message.id);
        waiting.delete(message.id);
        if (message.outcome) pending?.resolve(message.outcome);
        else pending?.reject(new Error(message.error ?? 'search failed'));
      }
    });
    worker.postMessage({ type: 'load', url: absolute(indexUrl) } satisfies WorkerRequest);
  });
}

async function pageClient(indexUrl: string): Promise<SearchClient> {
  const [payload, { createSearchEngine }] = await Promise.all([
    fetch(indexUrl, { credentials: 'same-origin' }).then(async (response) => {
      if (!response.ok) throw new Error(`the index answered ${response.status} ${response.statusText}`.trim());
      return response.json() as Promise<unknown>;
    }),
    import('../../lib/search-engine'),
  ]);
  const engine = createSearchEngine(payload);
  return { size: engine.size, answer: async (input, options) => engine.answer(input, options) };
}

export function loadSearchClient(indexUrl: string): Promise<SearchClient> {
  let client = clients.get(indexUrl);
  if (!client) {
    client = typeof Worker === 'function' ? workerClient(indexUrl) : pageClient(indexUrl);
    clients.set(indexUrl, client);
    client.catch(() => clients.delete(indexUrl));
  }
  return client;
}
