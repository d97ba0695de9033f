/**
 * Saved progress in localStorage, and every way it can go wrong.
 *
 * - One key, `critical-path:state`, holds `{ version, state }`. Older versions are migrated by pure functions.
 * - Stored text that does not parse or validate is copied to `critical-path:backup:<ISO time>` before anything is
 *   written, and the reader is told. A newer version than this build knows is backed up and never overwritten.
 * - Storage that throws (disabled, private mode) or is full falls back to memory, with a notice.
 * - Every write first merges with what is on disk, record by record, so two tabs never erase each other's work.
 */
import { emptyState, isPlainObject, mergeStates, validateState, type SavedState } from './app-state';
import { STATE_KEY, STATE_VERSION } from './state-version';

export { STATE_KEY, STATE_VERSION };
export const BACKUP_PREFIX = 'critical-path:backup:';

/** The part of the Web Storage API this module uses; tests pass their own. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type NoticeKind = 'backup' | 'memory' | 'newer-version' | 'rejected-records';

export interface StorageNotice {
  kind: NoticeKind;
  /** What happened and what was kept, in words a reader understands. */
  message: string;
  /** The localStorage key of the backup, when one was written. */
  backupKey?: string;
  /** The unreadable text itself, so the reader can download it even when the backup could not be written. */
  backupText?: string;
}

/** Each migration takes the state of version N and returns the state of version N + 1. Pure. */
export const MIGRATIONS: Record<number, (state: Record<string, unknown>) => Record<string, unknown>> = {
  // 1 → 2 goes here when the shape first changes.
};

export function migrate(state: Record<string, unknown>, from: number, to = STATE_VERSION): Record<string, unknown> {
  let current = state;
  for (let version = from; version < to; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`no migration from version ${version} to ${version + 1}`);
    current = step(current);
  }
  return current;
}

export interface LoadResult {
  state: SavedState;
  /** The stored text the state was read from, when it was read as is. */
  raw?: string;
  notices: StorageNotice[];
  /** False when the stored data must not be overwritten (it came from a newer version) or storage is unusable. */
  writable: boolean;
}

function backupKey(now: Date): string {
  return `${BACKUP_PREFIX}${now.toISOString()}`;
}

/** Copies unreadable text aside. Returns the notice to show, whether or not the copy could be written. */
export function backUp(storage: StorageLike | null, text: string, why: string, now = new Date()): StorageNotice {
  const key = backupKey(now);
  try {
    if (!storage) throw new Error('no storage');
    storage.setItem(key, text);
    // The text is safe in the backup, so the main key may now be rewritten; removing it stops a second backup.
    if (storage.getItem(STATE_KEY) === text) storage.removeItem(STATE_KEY);
    return { kind: 'backup', message: `${why} A copy was saved as a backup; you can download it.`, backupKey: key, backupText: text };
  } catch {
    return {
      kind: 'backup',
      message: `${why} There was no room to save a backup in the browser, so download it now to keep it.`,
      backupText: text,
    };
  }
}

/** Opens localStorage if it can be read and written; null when it is disabled or throws on access. */
export function openBrowserStorage(): StorageLike | null {
  try {
    const storage = window.localStorage;
    const probe = `${STATE_KEY}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** Reads, checks and migrates the saved state. Never throws; never loses what was stored. */
export function loadState(storage: StorageLike | null, now = new Date()): LoadResult {
  if (!storage) {
    return {
      state: emptyState(),
      notices: [{ kind: 'memory', message: 'This browser is not letting the site save anything, so your progress lasts only until you close the tab. Export it before you leave.' }],
      writable: false,
    };
  }
  let raw: string | null;
  try {
    raw = storage.getItem(STATE_KEY);
  } catch {
    return loadState(null, now);
  }
  if (raw === null) return { state: emptyState(), notices: [], writable: true };
  return readEnvelope(raw, storage, now);
}

/** Interprets stored text: parse, check the envelope, migrate, validate record by record. */
export function readEnvelope(raw: string, storage: StorageLike | null, now = new Date()): LoadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    const notice = backUp(storage, raw, 'Your saved progress could not be read (it is not valid JSON), so the site started fresh.', now);
    return { state: emptyState(), notices: [notice], writable: notice.backupKey !== undefined };
  }
  if (!isPlainObject(parsed) || typeof parsed['version'] !== 'number' || !Number.isInteger(parsed['version']) || parsed['version'] < 1 || !isPlainObject(parsed['state'])) {
    const notice = backUp(storage, raw, 'Your saved progress was not in the shape this site expects, so the site started fresh.', now);
    return { state: emptyState(), notices: [notice], writable: notice.backupKey !== undefined };
  }
  const version = parsed['version'];
  if (version > STATE_VERSION) {
    return {
      state: emptyState(),
      notices: [{ kind: 'newer-version', message: 'Your progress was saved by a newer version of this site. It is kept untouched; reload the page to get the newer version. Changes you make now last only until you close the tab.', backupText: raw }],
      writable: false,
    };
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(parsed['state'], version);
  } catch {
    const notice = backUp(storage, raw, 'Your saved progress is from a version this site cannot upgrade, so the site started fresh.', now);
    return { state: emptyState(), notices: [notice], writable: notice.backupKey !== undefined };
  }
  const { state, rejected } = validateState(migrated);
  if (rejected.length === 0) return { state, notices: [], writable: true, raw };
  const notice = backUp(
    storage,
    raw,
    `${rejected.length} saved ${rejected.length === 1 ? 'item' : 'items'} could not be read (${rejected.slice(0, 3).join(', ')}${rejected.length > 3 ? ', …' : ''}) and were reset; everything else was kept.`,
    now,
  );
  return { state, notices: [{ ...notice, kind: 'rejected-records' }], writable: notice.backupKey !== undefined };
}

export type SaveResult =
  | { ok: true; state: SavedState; raw: string; mergedWithDisk: boolean }
  | { ok: false; reason: 'quota' | 'unavailable' | 'newer-version' };

/**
 * Writes the state, merged record by record with whatever another tab wrote since. `lastRaw` is the text this tab
 * last read or wrote: when the stored text still equals it, no other tab has written and the merge is skipped.
 * Returns the merged state so the caller can adopt the other tab's newer records.
 */
export function saveState(storage: StorageLike | null, state: SavedState, now = new Date(), lastRaw?: string): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  let merged = state;
  let mergedWithDisk = false;
  try {
    const raw = storage.getItem(STATE_KEY);
    if (raw !== null && raw !== lastRaw) {
      const onDisk = readEnvelope(raw, storage, now);
      if (!onDisk.writable) return { ok: false, reason: 'newer-version' };
      merged = mergeStates(state, onDisk.state);
      mergedWithDisk = true;
    }
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  try {
    const text = JSON.stringify({ version: STATE_VERSION, state: merged });
    storage.setItem(STATE_KEY, text);
    return { ok: true, state: merged, raw: text, mergedWithDisk };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable' };
  }
}

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException)) return false;
  const e = error as { name?: string; code?: number };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

/** Asks the browser not to evict saved progress (Safari deletes script-written storage after 7 idle days). */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.storage?.persist) return await navigator.storage.persist();
  } catch {
    // Not supported or refused: export remains the safeguard.
  }
  return false;
}
