// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSaves, resetPersistenceForTests, startPersistence, useAppStore } from '../../src/stores/app-store';
import { setLessonComplete } from '../../src/stores/lesson-progress';
import { BACKUP_PREFIX, STATE_KEY } from '../../src/lib/storage';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  localStorage.clear();
  resetPersistenceForTests();
});
afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('the persisted store', () => {
  it('backs up corrupted saved text, tells the reader, and keeps working', async () => {
    localStorage.setItem(STATE_KEY, 'not json at all');
    startPersistence();
    await settle();
    const { notices, hydrated } = useAppStore.getState();
    expect(hydrated).toBe(true);
    expect(notices[0]?.message).toMatch(/could not be read/);
    const backup = Object.keys(localStorage).find((k) => k.startsWith(BACKUP_PREFIX));
    expect(backup && localStorage.getItem(backup)).toBe('not json at all');
    setLessonComplete('critical-path-method', true);
    flushSaves();
    expect(JSON.parse(localStorage.getItem(STATE_KEY)!).state.lessons['critical-path-method'].status).toBe('complete');
    expect(localStorage.getItem(backup!)).toBe('not json at all');
  });

  it('falls back to memory with a notice when the quota is exceeded, and keeps the change in memory', async () => {
    startPersistence();
    await settle();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    setLessonComplete('caching', true);
    flushSaves();
    const state = useAppStore.getState();
    expect(state.mode).toBe('memory');
    expect(state.notices.some((n) => /full/.test(n.message))).toBe(true);
    expect(state.saved.lessons['caching']).toMatchObject({ status: 'complete' });
  });

  it('falls back to memory when storage throws on access', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    startPersistence();
    await settle();
    expect(useAppStore.getState().mode).toBe('memory');
    setLessonComplete('caching', true);
    expect(useAppStore.getState().saved.lessons['caching']).toMatchObject({ status: 'complete' });
  });

  it('adopts what another tab wrote when a storage event arrives, without losing its own changes', async () => {
    startPersistence();
    await settle();
    setLessonComplete('mine', true, new Date('2026-11-22T10:00:00Z'));
    flushSaves();
    const other = JSON.parse(localStorage.getItem(STATE_KEY)!);
    other.state.lessons['theirs'] = { status: 'complete', updatedAt: '2026-11-22T10:05:00.000Z' };
    localStorage.setItem(STATE_KEY, JSON.stringify(other));
    window.dispatchEvent(new StorageEvent('storage', { key: STATE_KEY }));
    await settle();
    const lessons = useAppStore.getState().saved.lessons;
    expect(Object.keys(lessons).sort()).toEqual(['mine', 'theirs']);
  });

  it('merges on write when another tab wrote in between, so neither tab erases the other', async () => {
    startPersistence();
    await settle();
    setLessonComplete('first', true, new Date('2026-11-22T10:00:00Z'));
    flushSaves();
    const other = JSON.parse(localStorage.getItem(STATE_KEY)!);
    other.state.lessons['from-other-tab'] = { status: 'started', updatedAt: '2026-11-22T10:01:00.000Z' };
    localStorage.setItem(STATE_KEY, JSON.stringify(other));
    setLessonComplete('second', true, new Date('2026-11-22T10:02:00Z'));
    flushSaves();
    const onDisk = JSON.parse(localStorage.getItem(STATE_KEY)!).state.lessons;
    expect(Object.keys(onDisk).sort()).toEqual(['first', 'from-other-tab', 'second']);
    await settle();
    expect(useAppStore.getState().saved.lessons['from-other-tab']).toBeDefined();
  });
});
