// Ranking on the real curriculum: what a reader types finds the page that answers it.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search-index';
import { runSearch } from '../../src/lib/search-results';
import { realRecords } from './search-real-content';

const loaded = buildSearchIndex(realRecords());
const has = (id: string) => realRecords().some((record) => record.id === id);

/** Ids of the first results, as the dialog lists them (the last word treated as still being typed). */
function top(query: string, count = 5, prefixLast = true): string[] {
  return runSearch(loaded, query, { prefixLast })
    .hits.slice(0, count)
    .map((hit) => realRecords()[hit.ref]?.id ?? '?');
}

describe('ranking on the real content', () => {
  it('"critical path" finds the critical path method lesson first', () => {
    expect(has('critical-path-method')).toBe(true);
    expect(top('critical path')[0]).toBe('critical-path-method');
    expect(top('critical path', 1, false)[0]).toBe('critical-path-method');
  });

  it('"STAR" puts the STAR method lesson in the top three', () => {
    expect(has('star-method')).toBe(true);
    expect(top('STAR', 3)).toContain('star-method');
    expect(top('star', 3, false)).toContain('star-method');
  });

  it('"load balancer" finds the load-balancing lesson first, and so does every step of typing it', () => {
    expect(has('load-balancing')).toBe(true);
    expect(top('load balancer')[0]).toBe('load-balancing');
    for (const typed of ['load bal', 'load bala', 'load balan', 'load balanc', 'load balanci', 'load balancer']) {
      expect(top(typed)[0], typed).toBe('load-balancing');
    }
  });

  it('finds the lesson behind a question asked in plain words', () => {
    expect(top('what is float in a schedule', 3)).toContain('critical-path-method');
    expect(top('how do I answer a conflict question', 1)[0]).toBe('conflict-and-alignment');
  });

  it('corrects a misspelling and says so', () => {
    const outcome = runSearch(loaded, 'critcal path');
    expect(outcome.mode).toBe('similar');
    expect(outcome.corrections).toEqual([{ from: 'critcal', to: 'critical' }]);
    expect(realRecords()[outcome.hits[0]?.ref ?? -1]?.id).toBe('critical-path-method');
  });

  it('requires every word when some results have them all, and says when none does', () => {
    const all = runSearch(loaded, 'sharding replication');
    expect(all.mode).toBe('all');
    expect(realRecords()[all.hits[0]?.ref ?? -1]?.id).toBe('replication-and-sharding');
    const some = runSearch(loaded, 'kubernetes quokka ');
    expect(some.mode).toBe('some');
    expect(some.hits.length).toBeGreaterThan(0);
  });

  it('leaves out what is excluded, and restricts a word to a field when asked', () => {
    const excluded = runSearch(loaded, 'critical path -method ');
    expect(excluded.hits.map((hit) => realRecords()[hit.ref]?.id)).not.toContain('critical-path-method');
    const titled = runSearch(loaded, 'title:raci ');
    expect(titled.hits.length).toBeGreaterThan(0);
    expect(titled.hits.every((hit) => /raci/i.test(hit.document.title))).toBe(true);
  });

  it('finds flashcards, which lead to their lesson or deck', () => {
    const cards = runSearch(loaded, 'near-critical path').hits.filter((hit) => hit.document.type === 'card');
    expect(cards.length).toBeGreaterThan(0);
    for (const hit of cards) expect(hit.document.url).toMatch(/^\/(learn|flashcards)\/.+\/$/);
  });

  it('counts results by type for the filter', () => {
    const outcome = runSearch(loaded, 'risk');
    const total = Object.values(outcome.counts).reduce((sum, count) => sum + count, 0);
    expect(total).toBe(outcome.hits.length);
    expect(outcome.counts.lesson).toBeGreaterThan(0);
    expect(outcome.counts.card).toBeGreaterThan(0);
  });
});
