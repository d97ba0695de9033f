/** Behavioral drill actions on the shared store. Question choice and pacing live in src/lib/behavioral-drill.ts. */
import { isLive, putRecords, type Drill } from '../lib/app-state';
import type { DrillQuestion } from '../lib/behavioral-drill';
import { useAppStore } from './app-store';

/** Saves a finished answer and returns the drill's id. */
export function saveDrill(question: DrillQuestion, durationMs: number, partMs: readonly number[], now = Date.now()): string {
  const at = new Date(now).toISOString();
  const id = `drill@${at}`;
  const record: Drill = {
    updatedAt: at,
    questionId: question.id,
    competency: question.competency,
    answeredAt: at,
    durationMs: Math.max(0, Math.round(durationMs)),
    partMs: partMs.slice(0, 4).map((ms) => Math.max(0, Math.round(ms))),
    checks: [],
  };
  useAppStore.getState().updateSaved((s) => putRecords(s, { drills: { [id]: record } }));
  return id;
}

export function saveDrillChecks(id: string, checks: readonly string[], now = Date.now()): void {
  const record = useAppStore.getState().saved.drills[id];
  if (!isLive(record)) return;
  const updated: Drill = { ...(record as Drill), checks: [...checks], updatedAt: new Date(now).toISOString() };
  useAppStore.getState().updateSaved((s) => putRecords(s, { drills: { [id]: updated } }));
}
