// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyState, validateState, type ProgramLogEntry, type ResumeDraft, type UserStory } from '../../src/lib/app-state';
import { loadState, STATE_KEY } from '../../src/lib/storage';
import { flushSaves, resetPersistenceForTests, startPersistence, useAppStore } from '../../src/stores/app-store';
import {
  createLogEntry,
  createStory,
  deleteRecord,
  draftFromLog,
  liveRecords,
  MAIN_ID,
  newRecordId,
  resetPlan,
  restoreRecord,
  savePlan,
  saveResumeDraft,
  saveStatusDraft,
  setStoryCompetency,
  updateLogEntry,
  updateStory,
} from '../../src/stores/tools';

const saved = () => useAppStore.getState().saved;

beforeEach(() => {
  localStorage.clear();
  resetPersistenceForTests();
});
afterEach(() => localStorage.clear());

describe('story actions', () => {
  it('creates, edits, tags, deletes and restores a story', () => {
    const id = createStory({ title: 'Ledger cutover' }, new Date('2026-01-01T00:00:00Z'));
    updateStory(id, { result: 'Avoided a $1.8M renewal.' }, new Date('2026-01-02T00:00:00Z'));
    setStoryCompetency(id, 'delivering-results', 'primary');
    setStoryCompetency(id, 'prioritizing', 'secondary');
    setStoryCompetency(id, 'prioritizing', null);
    const story = saved().userStories[id] as UserStory;
    expect(story).toMatchObject({ title: 'Ledger cutover', result: 'Avoided a $1.8M renewal.', competencies: { 'delivering-results': 'primary' } });
    expect(story.createdAt).toBe('2026-01-01T00:00:00.000Z');

    const removed = deleteRecord<UserStory>('userStories', id);
    expect(saved().userStories[id]).toMatchObject({ deleted: true });
    expect(liveRecords(saved().userStories)).toEqual([]);
    updateStory(id, { title: 'ghost' });
    expect(saved().userStories[id]).toMatchObject({ deleted: true });

    restoreRecord('userStories', id, removed as UserStory);
    expect(liveRecords<UserStory>(saved().userStories).map(([, s]) => s.title)).toEqual(['Ledger cutover']);
  });

  it('makes distinct ids without crypto.randomUUID', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newRecordId('story')));
    expect(ids.size).toBe(200);
    expect([...ids][0]).toMatch(/^story-[a-z0-9]+-[0-9a-f]{12}$/);
  });

  it('lists live records oldest first', () => {
    const a = createStory({ title: 'first' }, new Date('2026-01-01T00:00:00Z'));
    createStory({ title: 'second' }, new Date('2026-01-03T00:00:00Z'));
    updateStory(a, { task: 'edited later' }, new Date('2026-01-05T00:00:00Z'));
    expect(liveRecords<UserStory>(saved().userStories).map(([, s]) => s.title)).toEqual(['first', 'second']);
  });
});

describe('the program log’s one action', () => {
  it('drafts a story in the story bank and bullets in the resume checker from one entry', () => {
    const logId = createLogEntry();
    updateLogEntry(logId, {
      title: 'Payments ledger migration',
      teams: '4 teams, 22 engineers',
      role: 'I owned the plan and the readiness call.',
      risks: 'FX rounding drift on 0.3% of accounts, spotted in month four.',
      metrics: 'Downtime 6 minutes against a 30-minute budget; avoided a $1.8M renewal.',
    });
    const drafted = draftFromLog(logId);
    expect(drafted).toBeDefined();
    const story = saved().userStories[drafted?.storyId ?? ''] as UserStory;
    const draft = saved().resumeDrafts[drafted?.resumeDraftId ?? ''] as ResumeDraft;
    const entry = saved().programLog[logId] as ProgramLogEntry;
    expect(story).toMatchObject({ title: 'Payments ledger migration', task: 'I owned the plan and the readiness call.', sourceLogId: logId });
    expect(story.result).toContain('$1.8M');
    expect(draft.title).toBe('From the program log: Payments ledger migration');
    expect(draft.text.split('\n')[0]).toMatch(/^Led payments ledger migration across 4 teams, 22 engineers;/);
    expect(entry).toMatchObject({ storyId: drafted?.storyId, resumeDraftId: drafted?.resumeDraftId });
  });

  it('does nothing for a deleted entry', () => {
    const logId = createLogEntry();
    deleteRecord('programLog', logId);
    expect(draftFromLog(logId)).toBeUndefined();
  });
});

describe('resume drafts, plan and status update', () => {
  it('saves each and resets the plan to the worked example with a tombstone', () => {
    saveResumeDraft(MAIN_ID, '- Led it');
    savePlan([{ id: 'A', name: 'Design', duration: '5', dependsOn: '' }], 'Mine');
    saveStatusDraft('Overall: Green');
    expect(saved().resumeDrafts[MAIN_ID]).toMatchObject({ title: 'My bullets', text: '- Led it' });
    expect(saved().criticalPathPlans[MAIN_ID]).toMatchObject({ name: 'Mine', tasks: [{ id: 'A' }] });
    expect(saved().statusDrafts[MAIN_ID]).toMatchObject({ text: 'Overall: Green' });
    resetPlan();
    expect(saved().criticalPathPlans[MAIN_ID]).toMatchObject({ deleted: true });
  });
});

describe('saved state', () => {
  it('survives a reload through localStorage', async () => {
    startPersistence();
    await Promise.resolve();
    const id = createStory({ title: '<script>alert(1)</script>' });
    saveStatusDraft('Overall: Amber');
    flushSaves();
    const loaded = loadState(localStorage);
    expect(loaded.notices).toEqual([]);
    expect((loaded.state.userStories[id] as UserStory).title).toBe('<script>alert(1)</script>');
    expect(JSON.parse(localStorage.getItem(STATE_KEY) ?? '{}').state.statusDrafts.main.text).toBe('Overall: Amber');
  });

  it('validates tool records and rejects malformed ones', () => {
    const at = '2026-01-01T00:00:00.000Z';
    const { state, rejected } = validateState({
      ...emptyState(),
      userStories: {
        good: {
          updatedAt: at,
          createdAt: at,
          title: 'T',
          situation: '',
          task: '',
          action: '',
          result: '',
          competencies: { 'delivering-results': 'primary' },
        },
        old: { updatedAt: at, createdAt: at },
        badStrength: { updatedAt: at, createdAt: at, competencies: { prioritizing: 'tertiary' } },
        badKey: { updatedAt: at, createdAt: at, competencies: { 'Bad Key': 'primary' } },
        protoKey: { updatedAt: at, createdAt: at, competencies: JSON.parse('{"__proto__": "primary"}') },
      },
      criticalPathPlans: { main: { updatedAt: at, name: '', tasks: 'A,5' } },
      statusDrafts: { main: { updatedAt: at, text: 42 } },
      programLog: { p: { updatedAt: at, createdAt: at, title: 'X' } },
      resumeDrafts: { main: { updatedAt: at, deleted: true } },
    });
    expect(Object.keys(state.userStories)).toEqual(['good', 'old', 'protoKey']);
    // A "__proto__" key is dropped, never applied as a prototype.
    expect(Object.getPrototypeOf((state.userStories['protoKey'] as UserStory).competencies)).toBe(Object.prototype);
    expect(Object.keys((state.userStories['protoKey'] as UserStory).competencies)).toEqual([]);
    expect(state.userStories['old']).toMatchObject({ title: '', competencies: {} });
    expect((state.programLog['p'] as ProgramLogEntry).metrics).toBe('');
    expect(state.resumeDrafts['main']).toMatchObject({ deleted: true });
    expect(rejected.sort()).toEqual(['criticalPathPlans.main', 'statusDrafts.main', 'userStories.badKey', 'userStories.badStrength']);
  });
});
