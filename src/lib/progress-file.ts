/**
 * Export, import and reset of saved progress. An export is the state envelope plus `exportedAt` and the app version;
 * an import is validated in full and applied all or nothing, merged (newer record wins) or replacing what is there.
 */
import * as z from 'zod/mini';
import { isLive, isPlainObject, mergeStates, validateState, type SavedState, type TimestampedRecord } from './app-state';
import { STATE_VERSION, migrate } from './storage';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const APP_NAME = 'critical-path';

const exportSchema = z.object({
  app: z.optional(z.literal(APP_NAME)),
  version: z.int().check(z.minimum(1)),
  exportedAt: z.optional(z.string()),
  state: z.record(z.string(), z.unknown()),
});

export function exportProgress(saved: SavedState, appVersion: string, now = new Date()): string {
  return JSON.stringify({ app: APP_NAME, appVersion, exportedAt: now.toISOString(), version: STATE_VERSION, state: saved }, null, 1);
}

/** `critical-path-progress-2026-11-22.json` */
export function exportFileName(now = new Date()): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `critical-path-progress-${day}.json`;
}

export type ParsedImport = { ok: true; state: SavedState; exportedAt: string | undefined } | { ok: false; error: string };

export function parseImport(text: string): ParsedImport {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) {
    return { ok: false, error: `This file is ${(bytes / 1024 / 1024).toFixed(1)} MB, larger than any progress export (the limit is 5 MB). Nothing was changed.` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a progress export: it is not valid JSON. Nothing was changed.' };
  }
  const envelope = exportSchema.safeParse(json);
  if (!envelope.success) {
    const where = envelope.error.issues[0]?.path.join('.') || 'the top level';
    return { ok: false, error: `This file is not a progress export: ${where} is missing or of the wrong type. Nothing was changed.` };
  }
  if (envelope.data.version > STATE_VERSION) {
    return { ok: false, error: 'This export comes from a newer version of the site. Reload the page to update, then import again. Nothing was changed.' };
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(envelope.data.state, envelope.data.version);
  } catch {
    return { ok: false, error: `This export's version (${envelope.data.version}) cannot be read by this site. Nothing was changed.` };
  }
  const { state, rejected } = validateState(migrated);
  if (rejected.length > 0) {
    const list = rejected.slice(0, 5).join(', ') + (rejected.length > 5 ? `, and ${rejected.length - 5} more` : '');
    return { ok: false, error: `${rejected.length} ${rejected.length === 1 ? 'entry is' : 'entries are'} not valid (${list}), so nothing was imported.` };
  }
  return { ok: true, state, exportedAt: envelope.data.exportedAt };
}

export type ImportMode = 'merge' | 'replace';

export interface SliceChange {
  slice: string;
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
}

function liveRecords(state: SavedState, slice: string): Record<string, TimestampedRecord> {
  const records = state[slice];
  if (!isPlainObject(records)) return {};
  return Object.fromEntries(Object.entries(records).filter(([, record]) => isLive(record as TimestampedRecord))) as Record<string, TimestampedRecord>;
}

function sliceNames(a: SavedState, b: SavedState): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => key !== 'settings' && (isPlainObject(a[key]) || isPlainObject(b[key]))).sort();
}

/** What applying an import would change, slice by slice, so the reader can confirm first. */
export function previewImport(current: SavedState, incoming: SavedState, mode: ImportMode): SliceChange[] {
  const result = applyImport(current, incoming, mode, new Date(8.64e15));
  return sliceNames(current, result).map((slice) => {
    const before = liveRecords(current, slice);
    const after = liveRecords(result, slice);
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    for (const [id, record] of Object.entries(after)) {
      const old = before[id];
      if (!old) added += 1;
      else if (JSON.stringify({ ...old, updatedAt: '' }) !== JSON.stringify({ ...record, updatedAt: '' })) updated += 1;
      else unchanged += 1;
    }
    const removed = Object.keys(before).filter((id) => !after[id]).length;
    return { slice, added, updated, removed, unchanged };
  });
}

/**
 * Applies an import. Merge keeps, for each record, the newer copy. Replace makes the import the whole state: its
 * records are stamped now (so another open tab's older copies cannot win the merge) and records it lacks become
 * tombstones.
 */
export function applyImport(current: SavedState, incoming: SavedState, mode: ImportMode, now = new Date()): SavedState {
  if (mode === 'merge') return mergeStates(current, incoming);
  const stamp = now.toISOString();
  const next: SavedState = { ...incoming, settings: { ...incoming.settings, updatedAt: stamp } };
  for (const slice of sliceNames(current, incoming)) {
    const out: Record<string, TimestampedRecord> = {};
    for (const [id, record] of Object.entries(liveRecords(incoming, slice))) out[id] = { ...record, updatedAt: stamp };
    for (const id of Object.keys(liveRecords(current, slice))) if (!out[id]) out[id] = { updatedAt: stamp, deleted: true };
    next[slice] = out;
  }
  return next;
}

/** The areas a reader can reset, and the slices each covers. Slices a build does not have are skipped. */
export const RESET_AREAS = {
  lessons: { label: 'Lesson progress', slices: ['lessons'] },
  flashcards: { label: 'Flashcard progress and review history', slices: ['cards', 'reviews'] },
  practice: { label: 'Case attempts and timers', slices: ['attempts'] },
  tools: { label: 'Your stories, program log and tool drafts', slices: ['userStories', 'programLog', 'resumeDrafts', 'criticalPathPlans', 'statusDrafts'] },
  plan: { label: 'Study plan and skill ratings', slices: ['plan', 'skills'] },
} as const;
export type ResetArea = keyof typeof RESET_AREAS | 'everything';

/** Resets an area by writing tombstones, so other open tabs agree. Settings survive unless everything is reset. */
export function resetArea(current: SavedState, area: ResetArea, now = new Date()): SavedState {
  const stamp = now.toISOString();
  const slices = area === 'everything' ? sliceNames(current, current) : [...RESET_AREAS[area].slices];
  const next: SavedState = { ...current };
  for (const slice of slices) {
    const records = liveRecords(current, slice);
    if (Object.keys(records).length === 0) continue;
    const out: Record<string, unknown> = { ...(current[slice] as Record<string, unknown>) };
    for (const id of Object.keys(records)) out[id] = { updatedAt: stamp, deleted: true };
    next[slice] = out;
  }
  if (area === 'everything') next.settings = { ...current.settings, theme: 'system', newCardsPerDay: 20, desiredRetention: 0.9, chime: false, updatedAt: stamp };
  return next;
}
