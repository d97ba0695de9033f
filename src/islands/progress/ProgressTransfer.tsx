/** Export, import (validated, previewed, all or nothing) and reset with confirmation. */
import { useRef, useState } from 'react';
import { RESET_AREAS, applyImport, exportFileName, exportProgress, parseImport, previewImport, resetArea, type ImportMode, type ResetArea, type SliceChange } from '../../lib/progress-file';
import type { SavedState } from '../../lib/app-state';
import { flushSaves, useAppStore } from '../../stores/app-store';
import { useAppState } from '../shared/use-app-store';
import { downloadText } from '../shared/download';

const SLICE_LABELS: Record<string, string> = {
  lessons: 'Lessons',
  cards: 'Flashcards',
  reviews: 'Reviews',
  skills: 'Skill ratings',
  plan: 'Study plan',
  attempts: 'Case attempts',
  userStories: 'Your stories',
  programLog: 'Program log',
};

export default function ProgressTransfer({ appVersion }: { appVersion: string }) {
  const mode = useAppState((s) => s.mode);
  const fileRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ state: SavedState; name: string; exportedAt: string | undefined } | null>(null);
  const [importMode, setImportMode] = useState<ImportMode>('merge');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [area, setArea] = useState<ResetArea>('lessons');
  const [confirming, setConfirming] = useState(false);

  function onExport() {
    const now = new Date();
    downloadText(exportProgress(useAppStore.getState().saved, appVersion, now), exportFileName(now), 'application/json');
    setMessage({ kind: 'ok', text: `Exported to ${exportFileName(now)}. Keep it somewhere safe; import it here or on another device.` });
  }

  async function onFile(file: File | undefined) {
    setPending(null);
    if (!file) return;
    if (file.size > 5 * 1024 * 1024) {
      setMessage({ kind: 'error', text: `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB, larger than any progress export (the limit is 5 MB). Nothing was changed.` });
      return;
    }
    const parsed = parseImport(await file.text());
    if (!parsed.ok) {
      setMessage({ kind: 'error', text: `“${file.name}”: ${parsed.error}` });
      return;
    }
    setMessage(null);
    setPending({ state: parsed.state, name: file.name, exportedAt: parsed.exportedAt });
  }

  function onApply() {
    if (!pending) return;
    useAppStore.getState().updateSaved((current) => applyImport(current, pending.state, importMode));
    flushSaves();
    setMessage({ kind: 'ok', text: `Imported “${pending.name}” (${importMode === 'merge' ? 'merged' : 'replaced'}).` });
    setPending(null);
    if (fileRef.current) fileRef.current.value = '';
  }

  function onReset() {
    useAppStore.getState().updateSaved((current) => resetArea(current, area));
    flushSaves();
    setConfirming(false);
    setMessage({ kind: 'ok', text: `${area === 'everything' ? 'Everything' : RESET_AREAS[area].label} was reset.` });
  }

  const preview: SliceChange[] = pending ? previewImport(useAppStore.getState().saved, pending.state, importMode).filter((c) => c.added + c.updated + c.removed > 0) : [];

  return (
    <div className="transfer">
      <p>
        Everything you do here is saved in this browser only{mode === 'memory' ? ' (right now in memory, because storage is unavailable)' : ''}. Export it to keep a copy or to move to
        another device; browsers can clear site data, and Safari does after seven days without a visit.
      </p>
      <div className="transfer-actions">
        <button type="button" className="button-primary" onClick={onExport}>
          Export progress
        </button>
        <label className="button">
          Import progress
          <input ref={fileRef} className="visually-hidden" type="file" accept="application/json,.json" onChange={(e) => void onFile(e.target.files?.[0])} />
        </label>
      </div>
      <div role="status" aria-live="polite">
        {message && <p className={message.kind === 'error' ? 'notice' : 'meta'}>{message.text}</p>}
      </div>
      {pending && (
        <div className="import-preview">
          <h3>Import “{pending.name}”?</h3>
          {pending.exportedAt && <p className="meta">Exported {new Date(pending.exportedAt).toLocaleString()}.</p>}
          <fieldset>
            <legend>How to import</legend>
            <label>
              <input type="radio" name="import-mode" checked={importMode === 'merge'} onChange={() => setImportMode('merge')} /> Merge: keep the newer of each item
            </label>
            <br />
            <label>
              <input type="radio" name="import-mode" checked={importMode === 'replace'} onChange={() => setImportMode('replace')} /> Replace: make this file your whole progress
            </label>
          </fieldset>
          {preview.length === 0 ? (
            <p>This file would change nothing.</p>
          ) : (
            <table className="preview-table">
              <caption className="visually-hidden">What the import would change</caption>
              <thead>
                <tr>
                  <th scope="col">Area</th>
                  <th scope="col">Added</th>
                  <th scope="col">Updated</th>
                  <th scope="col">Removed</th>
                </tr>
              </thead>
              <tbody>
                {preview.map((c) => (
                  <tr key={c.slice}>
                    <th scope="row">{SLICE_LABELS[c.slice] ?? c.slice}</th>
                    <td>{c.added}</td>
                    <td>{c.updated}</td>
                    <td>{c.removed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="transfer-actions">
            <button type="button" className="button-primary" onClick={onApply}>
              Apply import
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </p>
        </div>
      )}
      <div className="danger-zone">
        <h3>Reset</h3>
        <label htmlFor="reset-area">What to reset</label>{' '}
        <select id="reset-area" value={area} onChange={(e) => { setArea(e.target.value as ResetArea); setConfirming(false); }}>
          {Object.entries(RESET_AREAS).map(([id, a]) => (
            <option key={id} value={id}>
              {a.label}
            </option>
          ))}
          <option value="everything">Everything, including settings</option>
        </select>{' '}
        {!confirming ? (
          <button type="button" onClick={() => setConfirming(true)}>
            Reset…
          </button>
        ) : (
          <span role="group" aria-label="Confirm reset">
            <span>This cannot be undone unless you exported first. </span>
            <button type="button" className="button-danger" onClick={onReset}>
              Yes, reset {area === 'everything' ? 'everything' : RESET_AREAS[area].label.toLowerCase()}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        )}
      </div>
    </div>
  );
}
