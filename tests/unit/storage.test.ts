import { describe, expect, it } from 'vitest';
import { defaultSettings, emptyState, mergeStates, validateState, type SavedState } from '../../src/lib/app-state';
import { BACKUP_PREFIX, STATE_KEY, STATE_VERSION, loadState, saveState, type StorageLike } from '../../src/lib/storage';

/** An in-memory Storage with optional faults, standing in for localStorage. */
class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  failWrites: 'quota' | 'security' | null = null;
  failReads = false;
  getItem(key: string) {
    if (this.failReads) throw new DOMException('denied', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites === 'quota') throw new DOMException('full', 'QuotaExceededError');
    if (this.failWrites === 'security') throw new DOMException('denied', 'SecurityError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  backups() {
    return [...this.data.keys()].filter((key) => key.startsWith(BACKUP_PREFIX));
  }
}

const at = (iso: string) => new Date(iso);
const withLesson = (state: SavedState, id: string, status: 'started' | 'complete', updatedAt: string): SavedState => ({
  ...state,
  lessons: { ...state.lessons, [id]: { status, updatedAt } },
});

describe('loading saved progress', () => {
  it('starts empty when nothing is stored', () => {
    const result = loadState(new FakeStorage());
    expect(result.state).toEqual(emptyState());
    expect(result.notices).toEqual([]);
    expect(result.writable).toBe(true);
  });

  it('fills a stored settings record with the same defaults a first visit gets', () => {
    const updatedAt = '2026-11-20T10:00:00.000Z';
    const { state, rejected } = validateState({ settings: { updatedAt } });
    expect(rejected).toEqual([]);
    expect(state.settings).toEqual(defaultSettings(new Date(updatedAt)));
  });

  it('round-trips what it saved', () => {
    const storage = new FakeStorage();
    const state = withLesson(emptyState(), 'critical-path-method', 'complete', '2026-11-20T10:00:00.000Z');
    expect(saveState(storage, state).ok).toBe(true);
    expect(loadState(storage).state.lessons['critical-path-method']).toEqual({ status: 'complete', updatedAt: '2026-11-20T10:00:00.000Z' });
  });

  it('backs up text that is not JSON before anything overwrites it', () => {
    const storage = new FakeStorage();
    storage.data.set(STATE_KEY, '{"version":1,"state":{"lessons":');
    const result = loadState(storage, at('2026-11-22T08:00:00.000Z'));
    expect(storage.backups()).toEqual([`${BACKUP_PREFIX}2026-11-22T08:00:00.000Z`]);
    expect(storage.data.get(storage.backups()[0]!)).toBe('{"version":1,"state":{"lessons":');
    expect(result.notices[0]?.kind).toBe('backup');
    expect(result.notices[0]?.message).toMatch(/backup/);
    expect(result.writable).toBe(true);
  });

  it('backs up valid JSON of the wrong shape', () => {
    const storage = new FakeStorage();
    storage.data.set(STATE_KEY, '[1,2,3]');
    const result = loadState(storage);
    expect(storage.backups()).toHaveLength(1);
    expect(result.state).toEqual(emptyState());
  });

  it('keeps good records and sets aside only the ones that fail validation', () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({
      version: STATE_VERSION,
      state: { lessons: { good: { status: 'complete', updatedAt: '2026-11-01T00:00:00.000Z' }, bad: { status: 'finished', updatedAt: 'yesterday' } } },
    });
    storage.data.set(STATE_KEY, raw);
    const result = loadState(storage);
    expect(Object.keys(result.state.lessons)).toEqual(['good']);
    expect(result.notices[0]?.kind).toBe('rejected-records');
    expect(storage.data.get(storage.backups()[0]!)).toBe(raw);
  });

  it('never overwrites progress saved by a newer version', () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({ version: STATE_VERSION + 1, state: { lessons: {} } });
    storage.data.set(STATE_KEY, raw);
    const result = loadState(storage);
    expect(result.writable).toBe(false);
    expect(result.notices[0]?.kind).toBe('newer-version');
    expect(saveState(storage, emptyState())).toEqual({ ok: false, reason: 'newer-version' });
    expect(storage.data.get(STATE_KEY)).toBe(raw);
  });

  it('falls back to memory when storage throws on access', () => {
    const storage = new FakeStorage();
    storage.failReads = true;
    const result = loadState(storage);
    expect(result.writable).toBe(false);
    expect(result.notices[0]?.kind).toBe('memory');
  });

  it('reports a full quota instead of throwing', () => {
    const storage = new FakeStorage();
    storage.failWrites = 'quota';
    expect(saveState(storage, emptyState())).toEqual({ ok: false, reason: 'quota' });
  });

  it('ignores keys that could reach an object prototype', () => {
    const storage = new FakeStorage();
    storage.data.set(STATE_KEY, `{"version":1,"state":{"lessons":{"__proto__":{"status":"complete","updatedAt":"2026-11-01T00:00:00.000Z"}}}}`);
    const result = loadState(storage);
    expect(Object.keys(result.state.lessons)).toEqual([]);
    expect(({} as Record<string, unknown>)['status']).toBeUndefined();
  });
});

describe('two tabs writing in turn', () => {
  it('merge record by record, the later change winning', () => {
    const storage = new FakeStorage();
    const tabA = withLesson(emptyState(), 'a', 'complete', '2026-11-22T09:00:00.000Z');
    const tabB = withLesson(emptyState(), 'b', 'started', '2026-11-22T09:01:00.000Z');
    saveState(storage, tabA);
    const result = saveState(storage, tabB);
    expect(result.ok && Object.keys(result.state.lessons).sort()).toEqual(['a', 'b']);
    const later = withLesson(emptyState(), 'a', 'started', '2026-11-22T09:05:00.000Z');
    const merged = mergeStates(later, loadState(storage).state);
    expect(merged.lessons['a']?.updatedAt).toBe('2026-11-22T09:05:00.000Z');
  });
});

describe('migrations', () => {
  it('run in order from the stored version, as pure functions', async () => {
    const { MIGRATIONS, migrate } = await import('../../src/lib/storage');
    const added = [1, 2] as const;
    // Simulate two future schema versions: each step must see the previous step's output.
    MIGRATIONS[1] = (state) => ({ ...state, renamed: state['old'], old: undefined });
    MIGRATIONS[2] = (state) => ({ ...state, renamed: `${String(state['renamed'])}!` });
    try {
      const input = { old: 'value' };
      expect(migrate(input, 1, 3)).toEqual({ renamed: 'value!', old: undefined });
      expect(input).toEqual({ old: 'value' });
      expect(() => migrate(input, 0, 3)).toThrow(/no migration from version 0/);
    } finally {
      for (const version of added) delete MIGRATIONS[version];
    }
  });

  it('a version with no migration path is backed up, not silently reset', () => {
    const storage = new FakeStorage();
    storage.data.set(STATE_KEY, JSON.stringify({ version: 0, state: { lessons: {} } }));
    const result = loadState(storage);
    expect(result.notices[0]?.kind).toBe('backup');
    expect(storage.backups()).toHaveLength(1);
  });
});
