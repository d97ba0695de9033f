/**
 * Search off the main thread: this worker fetches the index, builds it (a few hundred milliseconds on a phone, which
 * would otherwise freeze the page) and answers queries. Its messages are described in search-client.ts.
 */
import { createSearchEngine, type SearchEngine } from '../../lib/search-engine';
import type { WorkerReply, WorkerRequest } from './search-client';

let engine: SearchEngine | undefined;

const reply = (message: WorkerReply) => (self as unknown as Worker).postMessage(message);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'load') {
    fetch(request.url, { credentials: 'same-origin' })
      .then(async (response) => {
        if (!response.ok) throw new Error(`the index answered ${response.status} ${response.statusText}`.trim());
        engine = createSearchEngine(await response.json());
        reply({ type: 'ready', size: engine.size });
      })
      .catch((reason: unknown) => reply({ type: 'failed', message: reason instanceof Error ? reason.message : String(reason) }));
    return;
  }
  if (!engine) {
    reply({ type: 'answer', id: request.id, error: 'the index is not loaded' });
    return;
  }
  try {
    reply({ type: 'answer', id: request.id, outcome: engine.answer(request.input, request.options) });
  } catch (reason) {
    reply({ type: 'answer', id: request.id, error: reason instanceof Error ? reason.message : String(reason) });
  }
});
