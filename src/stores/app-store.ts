/**
 * The one persisted store every island shares. It holds the reader's saved state (see src/lib/app-state.ts) and the
 * notices about storage; persistence rules live in src/lib/storage.ts. Features add their own actions in their own
 * modules (e.g. src/stores/lesson-progress.ts) on top of `updateSaved`.
 */
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { mergeStates, emptyState, type SavedState, type Settings } from '../lib/app-state';
import {
  STATE_KEY,
  STATE_VERSION,
  loadState,
  openBrowserStorage,
  requestPersistentStorage,
  saveState,
  type StorageLike,
  type StorageNotice,
} from '../lib/storage';

export interface AppStore {
  /** Everything the reader saved. Persisted. */
  saved: SavedState;
  /** Whether the saved state has been read from storage yet (false during server render and first paint). */
  hydrated: boolean;
  /** 'local' while changes are being saved; 'memory' when storage is full, disabled or must not be overwritten. */
  mode: 'local' | 'memory';
  /** What the reader must be told about their saved data. */
  notices: StorageNotice[];
  /** Applies a change to the saved state; every feature's action goes through here. */
  updateSaved: (recipe: (saved: SavedState) => SavedState) => void;
  updateSettings: (patch: Partial<Omit<Settings, 'updatedAt'>>) => void;
  dismissNotice: (notice: StorageNotice) => void;
}

type Persisted = { saved: SavedState };

let storage: StorageLike | null = null;
let writable = true;

function notify(notice: StorageNotice): void {
  useAppStore.setState((s) => ({ notices: [...s.notices.filter((n) => n.message !== notice.message), notice] }));
}

/** zustand's storage adapter, delegating every rule to src/lib/storage.ts. */
const persistStorage: PersistStorage<Persisted> = {
  getItem: (): StorageValue<Persisted> | null => {
    if (typeof window === 'undefined') return null;
    storage = openBrowserStorage();
    const result = loadState(storage);
    writable = result.writable && storage !== null;
    lastRaw = result.raw;
    queueMicrotask(() => {
      useAppStore.setState({ mode: writable ? 'local' : 'memory' });
      result.notices.forEach(notify);
      // Write the repaired state at once, so the backup is the only copy of the unreadable text.
      if (writable && result.notices.length > 0) {
        pending = useAppStore.getState().saved;
        flushSaves();
      }
    });
    return { state: { saved: result.state }, version: STATE_VERSION };
  },
  setItem: (_name, value) => {
    if (!writable) return;
    // Writes are coalesced: a burst of changes (grading cards quickly) costs one write, and the page flushes on
    // hide, so nothing is lost on reload or close.
    pending = value.state.saved;
    if (flushTimer === undefined) flushTimer = setTimeout(flushSaves, WRITE_DELAY_MS);
  },
  removeItem: () => {
    // Progress is never removed wholesale; resets write tombstones through updateSaved.
  },
};

const WRITE_DELAY_MS = 250;
let pending: SavedState | undefined;
/** The stored text this tab last read or wrote; a different text on disk means another tab wrote. */
let lastRaw: string | undefined;
let flushTimer: ReturnType<typeof setTimeout> | undefined;

/** Writes any pending change now. Called on a timer, when the page is hidden, and by tests. */
export function flushSaves(): void {
  if (flushTimer !== undefined) clearTimeout(flushTimer);
  flushTimer = undefined;
  const saved = pending;
  pending = undefined;
  if (!saved || !writable) return;
  const result = saveState(storage, saved, new Date(), lastRaw);
  if (result.ok) {
    lastRaw = result.raw;
    // Another tab wrote newer records since we last read: adopt them.
    if (result.mergedWithDisk) useAppStore.setState({ saved: result.state });
    return;
  }
  writable = false;
  useAppStore.setState({ mode: 'memory' });
  notify({
    kind: 'memory',
    message:
      result.reason === 'quota'
        ? 'Your browser’s storage for this site is full, so new progress is kept only until you close the tab. Export your progress to keep it.'
        : result.reason === 'newer-version'
          ? 'A newer version of this site saved progress in another tab. Reload to continue; until then changes last only until you close the tab.'
          : 'This browser stopped letting the site save, so new progress is kept only until you close the tab. Export your progress to keep it.',
  });
}

export const useAppStore = create<AppStore>()(
  persist(
    (set) => ({
      saved: emptyState(),
      hydrated: false,
      mode: 'local',
      notices: [],
      updateSaved: (recipe) => set((s) => ({ saved: recipe(s.saved) })),
      updateSettings: (patch) =>
        set((s) => ({ saved: { ...s.saved, settings: { ...s.saved.settings, ...patch, updatedAt: new Date().toISOString() } } })),
      dismissNotice: (notice) => set((s) => ({ notices: s.notices.filter((n) => n !== notice) })),
    }),
    {
      name: STATE_KEY,
      version: STATE_VERSION,
      storage: persistStorage,
      skipHydration: true,
      partialize: (s) => ({ saved: s.saved }),
      merge: (persisted, current) => {
        const incoming = (persisted as Persisted | undefined)?.saved;
        return { ...current, saved: incoming ? mergeStates(current.saved, incoming) : current.saved };
      },
      onRehydrateStorage: () => () => {
        useAppStore.setState({ hydrated: true });
      },
    },
  ),
);

let started = false;

/**
 * Reads saved state once per page and keeps tabs in step. Islands call it from an effect, so the server render and
 * the first client render agree (no hydration mismatch) and the saved state arrives right after.
 */
export function startPersistence(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  void useAppStore.persist.rehydrate();
  window.addEventListener('storage', (event) => {
    if (event.key === STATE_KEY) {
      flushSaves();
      void useAppStore.persist.rehydrate();
    }
  });
  window.addEventListener('pagehide', flushSaves);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushSaves();
  });
  void requestPersistentStorage();
}

/** Test helper: forget module state so each test starts like a fresh page. */
export function resetPersistenceForTests(): void {
  started = false;
  storage = null;
  writable = true;
  pending = undefined;
  lastRaw = undefined;
  if (flushTimer !== undefined) clearTimeout(flushTimer);
  flushTimer = undefined;
  useAppStore.setState({ saved: emptyState(), hydrated: false, mode: 'local', notices: [] });
}
