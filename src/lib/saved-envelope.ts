/**
 * Changes one record of the saved state without loading the store: for the inline page boot, which records lesson
 * visits and theme choices before any bundle arrives. The change gets a fresh `updatedAt`, which the store's
 * per-record merge then keeps. Text that does not parse, or was saved by a newer version, is left untouched for the
 * store to back up or keep.
 */
import { STATE_KEY } from './state-version';

export function changeSavedRecord(stateVersion: number, change: (state: Record<string, unknown>, now: string) => void): void {
  try {
    const raw = window.localStorage.getItem(STATE_KEY);
    const envelope: { version: unknown; state: unknown } | null = raw ? JSON.parse(raw) : { version: stateVersion, state: {} };
    if (!envelope || typeof envelope !== 'object' || typeof envelope.state !== 'object' || envelope.state === null) return;
    if (typeof envelope.version !== 'number' || envelope.version > stateVersion) return;
    change(envelope.state as Record<string, unknown>, new Date().toISOString());
    window.localStorage.setItem(STATE_KEY, JSON.stringify(envelope));
  } catch {
    // Storage is unavailable or full: the change lasts for this page only.
  }
}
