import { describe, expect, it } from 'vitest';
import { emptyState, type SavedState } from '../../src/lib/app-state';
import { MAX_IMPORT_BYTES, applyImport, exportFileName, exportProgress, parseImport, previewImport, resetArea } from '../../src/lib/progress-file';
import { STATE_VERSION } from '../../src/lib/storage';

const t = (minute: number) => new Date(Date.UTC(2026, 10, 22, 9, minute)).toISOString();
function state(lessons: Record<string, ['started' | 'complete', number]>): SavedState {
  const s = emptyState();
  for (const [id, [status, minute]] of Object.entries(lessons)) s.lessons[id] = { status, updatedAt: t(minute) };
  return s;
}

describe('export and import', () => {
  it('round-trips: export, reset everything, import gives the same state', () => {
    const original = state({ a: ['complete', 1], b: ['started', 2] });
    original.skills['technical-depth'] = { rating: 2, updatedAt: t(3) };
    const file = exportProgress(original, '0.1.0', new Date(Date.UTC(2026, 10, 22)));
    expect(JSON.parse(file)).toMatchObject({ app: 'critical-path', appVersion: '0.1.0', version: STATE_VERSION, exportedAt: '2026-11-22T00:00:00.000Z' });
    const wiped = resetArea(original, 'everything');
    const parsed = parseImport(file);
    if (!parsed.ok) throw new Error(parsed.error);
    const restored = applyImport(wiped, parsed.state, 'replace');
    const live = (s: SavedState) => Object.fromEntries(Object.entries(s.lessons).filter(([, r]) => !('deleted' in r)).map(([id, r]) => [id, (r as { status: string }).status]));
    expect(live(restored)).toEqual({ a: 'complete', b: 'started' });
    expect(restored.skills['technical-depth']).toMatchObject({ rating: 2 });
  });

  it('names the dated file', () => {
    expect(exportFileName(new Date(2026, 10, 2))).toBe('critical-path-progress-2026-11-02.json');
  });

  it.each([
    ['not JSON', '{"version":1,', /not valid JSON/],
    ['wrong shape', '[1,2]', /not a progress export/],
    ['missing state', '{"version":1}', /state is missing/],
    ['wrong types', '{"version":"1","state":{}}', /version is missing or of the wrong type/],
    ['a newer version', `{"version":${STATE_VERSION + 1},"state":{}}`, /newer version/],
    ['an invalid record', '{"version":1,"state":{"lessons":{"x":{"status":"done","updatedAt":"2026-01-01T00:00:00Z"}}}}', /1 entry is not valid \(lessons\.x\)/],
  ])('rejects %s with a clear message and changes nothing', (_name, text, message) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });

  it('refuses a file over 5 MB before parsing it', () => {
    const big = `{"version":1,"state":{"pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}}`;
    const result = parseImport(big);
    expect(!result.ok && result.error).toMatch(/5\.0 MB|limit is 5 MB/);
  });

  it('refuses __proto__ and constructor keys as record ids, without polluting prototypes', () => {
    const text = '{"version":1,"state":{"__proto__":{"polluted":true},"lessons":{"constructor":{"status":"complete","updatedAt":"2026-01-01T00:00:00Z"},"ok":{"status":"complete","updatedAt":"2026-01-01T00:00:00Z"}}}}';
    const result = parseImport(text);
    expect(!result.ok && result.error).toMatch(/lessons\.constructor \(reserved key\)/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const onlyProto = parseImport('{"version":1,"state":{"__proto__":{"polluted":true},"lessons":{}}}');
    expect(onlyProto.ok).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('previews what a merge and a replace would change', () => {
    const current = state({ a: ['started', 1], b: ['complete', 1] });
    const incoming = state({ a: ['complete', 5], c: ['started', 5] });
    const merge = previewImport(current, incoming, 'merge').find((c) => c.slice === 'lessons');
    expect(merge).toEqual({ slice: 'lessons', added: 1, updated: 1, removed: 0, unchanged: 1 });
    const replace = previewImport(current, incoming, 'replace').find((c) => c.slice === 'lessons');
    expect(replace).toEqual({ slice: 'lessons', added: 1, updated: 1, removed: 1, unchanged: 0 });
  });

  it('merge keeps the newer copy of each record', () => {
    const current = state({ a: ['complete', 9] });
    const incoming = state({ a: ['started', 5] });
    expect(applyImport(current, incoming, 'merge').lessons['a']).toMatchObject({ status: 'complete' });
  });
});

describe('reset', () => {
  it('resets one area with tombstones and leaves the others', () => {
    const s = state({ a: ['complete', 1] });
    s.skills['communication'] = { rating: 3, updatedAt: t(1) };
    const next = resetArea(s, 'lessons', new Date(Date.UTC(2026, 10, 23)));
    expect(next.lessons['a']).toEqual({ updatedAt: '2026-11-23T00:00:00.000Z', deleted: true });
    expect(next.skills['communication']).toMatchObject({ rating: 3 });
  });
});
