/**
 * Actions of the practice tools on the shared store: the reader's stories, program log, resume drafts, critical-path
 * plan and status update. Everything is saved locally through `updateSaved`, so it is exported, imported and merged
 * across tabs like the rest of the reader's progress. Rules live in src/lib (the checkers and program-log-drafts).
 */
import {
  isLive,
  putRecords,
  type CriticalPathPlan,
  type ProgramLogEntry,
  type ResumeDraft,
  type SavedState,
  type StatusDraft,
  type TimestampedRecord,
  type Tombstone,
  type UserStory,
} from '../lib/app-state';
import type { TaskRow } from '../lib/critical-path-engine';
import { draftBullets, draftStory, emptyLogFields, type ProgramLogFields } from '../lib/program-log-drafts';
import type { StarPart, Strength } from '../lib/star-story-check';
import { useAppStore } from './app-store';

/** The id of the reader's own resume draft, plan and status update (the tools keep one of each, plus drafts from the log). */
export const MAIN_ID = 'main';

export type ToolSlice = 'userStories' | 'programLog' | 'resumeDrafts' | 'criticalPathPlans' | 'statusDrafts';

/** A random id that is stable once made; works where `crypto.randomUUID` does not (plain http on a LAN address). */
export function newRecordId(prefix: string, now = new Date()): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  const random = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${prefix}-${now.getTime().toString(36)}-${random}`;
}

/** The live records of a slice, oldest first. */
export function liveRecords<T extends TimestampedRecord & { createdAt?: string }>(
  slice: Record<string, T | Tombstone> | undefined,
): Array<[string, T]> {
  const out: Array<[string, T]> = [];
  for (const [id, record] of Object.entries(slice ?? {})) if (isLive(record)) out.push([id, record as T]);
  return out.sort(([, a], [, b]) => (a.createdAt ?? a.updatedAt).localeCompare(b.createdAt ?? b.updatedAt));
}

function live<T extends TimestampedRecord>(saved: SavedState, slice: ToolSlice, id: string): T | undefined {
  const record = (saved[slice] as Record<string, T | Tombstone>)[id];
  return isLive(record) ? (record as T) : undefined;
}

function put<T extends TimestampedRecord>(slice: ToolSlice, id: string, record: T): void {
  useAppStore.getState().updateSaved((s) => putRecords(s, { [slice]: { [id]: record } }));
}

// Stories

export function createStory(fields: Partial<Pick<UserStory, 'title' | StarPart | 'sourceLogId'>> = {}, now = new Date()): string {
  const id = newRecordId('story', now);
  const at = now.toISOString();
  const story: UserStory = { updatedAt: at, createdAt: at, title: '', situation: '', task: '', action: '', result: '', competencies: {}, ...fields };
  put('userStories', id, story);
  return id;
}

export function updateStory(id: string, patch: Partial<Pick<UserStory, 'title' | StarPart>>, now = new Date()): void {
  const current = live<UserStory>(useAppStore.getState().saved, 'userStories', id);
  if (current) put('userStories', id, { ...current, ...patch, updatedAt: now.toISOString() });
}

export function setStoryCompetency(id: string, competency: string, strength: Strength | null, now = new Date()): void {
  const current = live<UserStory>(useAppStore.getState().saved, 'userStories', id);
  if (!current) return;
  const competencies = { ...current.competencies };
  if (strength) competencies[competency] = strength;
  else delete competencies[competency];
  put('userStories', id, { ...current, competencies, updatedAt: now.toISOString() });
}

/** Deletes a record with a tombstone and returns what was there, for undo. */
export function deleteRecord<T extends TimestampedRecord>(slice: ToolSlice, id: string, now = new Date()): T | undefined {
  const previous = live<T>(useAppStore.getState().saved, slice, id);
  if (previous) put(slice, id, { updatedAt: now.toISOString(), deleted: true });
  return previous;
}

/** Puts a deleted record back (undo). */
export function restoreRecord(slice: ToolSlice, id: string, record: TimestampedRecord, now = new Date()): void {
  put(slice, id, { ...record, updatedAt: now.toISOString() });
}

// Program log

export function createLogEntry(now = new Date()): string {
  const id = newRecordId('program', now);
  const at = now.toISOString();
  put('programLog', id, { updatedAt: at, createdAt: at, ...emptyLogFields() } satisfies ProgramLogEntry);
  return id;
}

export function updateLogEntry(id: string, patch: Partial<ProgramLogFields>, now = new Date()): void {
  const current = live<ProgramLogEntry>(useAppStore.getState().saved, 'programLog', id);
  if (current) put('programLog', id, { ...current, ...patch, updatedAt: now.toISOString() });
}

/**
 * The program log's one action: a draft STAR story in the story bank and draft resume bullets in the resume checker,
 * both made from the entry in one change. Earlier drafts are kept; the entry remembers the newest.
 */
export function draftFromLog(logId: string, now = new Date()): { storyId: string; resumeDraftId: string } | undefined {
  const entry = live<ProgramLogEntry>(useAppStore.getState().saved, 'programLog', logId);
  if (!entry) return undefined;
  const at = now.toISOString();
  const storyId = newRecordId('story', now);
  const resumeDraftId = newRecordId('bullets', now);
  const story = draftStory(entry);
  const title = entry.title.trim() || 'Untitled program';
  useAppStore.getState().updateSaved((s) =>
    putRecords(s, {
      userStories: { [storyId]: { updatedAt: at, createdAt: at, ...story, competencies: {}, sourceLogId: logId } satisfies UserStory },
      resumeDrafts: {
        [resumeDraftId]: {
          updatedAt: at,
          title: `From the program log: ${title}`,
          text: draftBullets(entry).join('\n'),
          sourceLogId: logId,
        } satisfies ResumeDraft,
      },
      programLog: { [logId]: { ...entry, storyId, resumeDraftId, updatedAt: at } satisfies ProgramLogEntry },
    }),
  );
  return { storyId, resumeDraftId };
}

// Resume drafts, plan and status update

export function saveResumeDraft(id: string, text: string, now = new Date()): void {
  const current = live<ResumeDraft>(useAppStore.getState().saved, 'resumeDrafts', id);
  put('resumeDrafts', id, { title: id === MAIN_ID ? 'My bullets' : '', ...current, text, updatedAt: now.toISOString() } satisfies ResumeDraft);
}

export function savePlan(tasks: TaskRow[], name = '', now = new Date()): void {
  put('criticalPathPlans', MAIN_ID, { updatedAt: now.toISOString(), name, tasks } satisfies CriticalPathPlan);
}

/** Forgets the reader's plan, so the planner opens with the worked example again. */
export function resetPlan(now = new Date()): void {
  put('criticalPathPlans', MAIN_ID, { updatedAt: now.toISOString(), deleted: true });
}

export function saveStatusDraft(text: string, now = new Date()): void {
  put('statusDrafts', MAIN_ID, { updatedAt: now.toISOString(), text } satisfies StatusDraft);
}
