// Search budget: a query over the full curriculum's index answers in at most 10 ms at the 95th percentile.
// Queries are what readers type, keystroke by keystroke, including misspellings and pasted noise.
import { expect, test } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search-index';
import { runSearch } from '../../src/lib/search-results';
import { describeHit } from '../../src/lib/search-snippet';
import { realRecords } from '../unit/search-real-content';

const loaded = buildSearchIndex(realRecords());

/** Every prefix of a phrase, as the dialog searches while it is typed. */
const typing = (phrase: string) => Array.from({ length: phrase.length }, (_, i) => phrase.slice(0, i + 1));

const QUERIES = [
  ...typing('critical path'),
  ...typing('load balancer'),
  ...typing('how do I answer a conflict question'),
  ...typing('what is float in a schedule'),
  'STAR',
  'star method',
  'raci',
  'kafka consumer lag',
  'stakeholder map',
  'risk register',
  'p99 latency',
  'sharding vs replication',
  'negotiating an offer',
  'critcal path',
  'stakholder mapp',
  'retrospectve',
  'lod balancr',
  '"critical path" -method',
  'title:risk',
  '+risk +register',
  'risk~2 ^3 *',
  '🚀 launch',
  '"unbalanced quote',
  'x'.repeat(400),
];

function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * fraction) - 1))] ?? Infinity;
}

test(`a search over the full index (${loaded.documents.length} documents) answers in at most 10 ms at p95`, async ({ bench }) => {
  // Each round runs every query once and times each; a query's time is its median over the rounds, so a busy machine's
  // pauses do not count against the search, and the budget holds for 95% of the queries.
  const perQuery = QUERIES.map((): number[] => []);
  const result = await bench('every query of the list, timed one by one, with its first 20 results described', () => {
    QUERIES.forEach((query, position) => {
      const start = performance.now();
      const outcome = runSearch(loaded, query);
      for (const hit of outcome.hits.slice(0, 20)) describeHit(hit);
      perQuery[position]?.push(performance.now() - start);
    });
  }).run({ time: 0, iterations: 12, warmupIterations: 2, warmupTime: 0 });
  const medians = perQuery.map((samples) => percentile(samples, 0.5));
  const p95 = percentile(medians, 0.95);
  const slowest = QUERIES.map((query, position) => [query, medians[position] ?? 0] as const).sort((a, b) => b[1] - a[1])[0];
  console.log(
    `search: ${QUERIES.length} queries, p50 ${percentile(medians, 0.5).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, slowest ${slowest?.[1].toFixed(2)} ms ` +
      `("${slowest?.[0].slice(0, 30)}"); whole list ${result.latency.p50.toFixed(0)} ms per round`,
  );
  expect(perQuery.every((samples) => samples.length >= 12)).toBe(true);
  expect(p95).toBeLessThanOrEqual(10);
});

test('opening search builds the index from the fetched JSON in under a second', async ({ bench }) => {
  const payload = JSON.stringify((await import('../../src/lib/search-index')).serializeSearchIndex(realRecords()));
  const { createSearchEngine } = await import('../../src/lib/search-engine');
  const result = await bench('parse the payload and build the lunr index', () => {
    createSearchEngine(JSON.parse(payload));
  }).run({ time: 0, iterations: 10, warmupIterations: 2, warmupTime: 0 });
  console.log(`index load p50 ${result.latency.p50.toFixed(1)} ms, p99 ${result.latency.p99.toFixed(1)} ms`);
  expect(result.latency.p50).toBeLessThan(1000);
});
