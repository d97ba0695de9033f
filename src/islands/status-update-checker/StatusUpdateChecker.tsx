/**
 * The status-update checker: paste an executive update and see whether it gives an overall colour with a reason, the
 * top risks with owners and dates, the decision or help needed, dated milestones, and at most 200 words.
 */
import { useDeferredValue, useId, useMemo } from 'react';
import { isLive, type StatusDraft } from '../../lib/app-state';
import { checkStatusUpdate, MAX_WORDS } from '../../lib/status-update-check';
import { countWords } from '../../lib/spoken-length';
import { MAIN_ID, saveStatusDraft } from '../../stores/tools';
import StorageNotices from '../shared/StorageNotices';
import { useAppState } from '../shared/use-app-store';
import Checklist from '../tools-shared/Checklist';
import '../tools-shared/tools.css';
import './status-update-checker.css';

export default function StatusUpdateChecker({ model }: { model: string }) {
  const uid = useId();
  const hydrated = useAppState((s) => s.hydrated);
  const saved = useAppState((s) => s.saved);
  const draft = (saved.statusDrafts as Record<string, StatusDraft>)[MAIN_ID];
  const text = isLive(draft) ? draft.text : '';
  const deferred = useDeferredValue(text);
  const report = useMemo(() => checkStatusUpdate(deferred), [deferred]);
  const words = countWords(text);
  const passed = report.checks.filter((check) => check.status === 'pass').length;

  if (!hydrated) return <p className="tool-loading">Loading your update…</p>;

  return (
    <div className="status-checker">
      <StorageNotices />
      <div className="status-checker__grid">
        <div className="field">
          <label htmlFor={`${uid}-update`}>Your update</label>
          <span className="field__hint" id={`${uid}-hint`}>
            Paste or write the update you would send a director or VP.
          </span>
          <textarea
            id={`${uid}-update`}
            className="status-checker__input"
            rows={14}
            value={text}
            aria-describedby={`${uid}-hint ${uid}-count`}
            onChange={(event) => saveStatusDraft(event.target.value)}
          />
          <span id={`${uid}-count`} className={`field__meter field__meter--${words > MAX_WORDS ? 'fail' : words === 0 ? 'warn' : 'pass'}`}>
            {words.toLocaleString('en-US')} of at most {MAX_WORDS} words
          </span>
          {text.trim() === '' && (
            <p className="tool-actions">
              <button type="button" onClick={() => saveStatusDraft(model)}>
                Start from the model update
              </button>
            </p>
          )}
        </div>
        <section aria-labelledby={`${uid}-checks`} className="status-checker__checks">
          <h2 id={`${uid}-checks`}>Checklist</h2>
          {text.trim() === '' ? (
            <p>Paste an update to check it. The checklist looks for the five things a leader needs to act on it.</p>
          ) : (
            <>
              <p role="status">
                <strong>
                  {passed} of {report.checks.length}
                </strong>{' '}
                checks done.
              </p>
              {report.truncated && (
                <p className="tool-message tool-message--warn">This text is very long; only its first 20,000 characters are checked.</p>
              )}
              <Checklist checks={report.checks} label="Checks for your update" />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
