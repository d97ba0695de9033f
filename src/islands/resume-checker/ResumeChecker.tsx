/**
 * The resume bullet checker: paste bullets one per line and get, for each, a score and findings with suggestions.
 * The reader's own bullets live in the `main` draft; the program log adds drafts of its own.
 */
import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import type { ResumeDraft } from '../../lib/app-state';
import { checkResume, MAX_BULLETS, type BulletReport, type Grade } from '../../lib/resume-bullet-check';
import { deleteRecord, liveRecords, MAIN_ID, saveResumeDraft } from '../../stores/tools';
import StorageNotices from '../shared/StorageNotices';
import { useAppState } from '../shared/use-app-store';
import { StatusIcon, STATUS_WORDS } from '../tools-shared/Checklist';
import { readParam, writeParam } from '../tools-shared/url-param';
import '../tools-shared/tools.css';
import './resume-checker.css';

const GRADE_WORDS: Record<Grade, string> = { strong: 'Strong', good: 'Getting there', weak: 'Needs work' };

export default function ResumeChecker({ sample }: { sample: string }) {
  const uid = useId();
  const hydrated = useAppState((s) => s.hydrated);
  const saved = useAppState((s) => s.saved);
  const drafts = liveRecords<ResumeDraft>(saved.resumeDrafts).filter(([id]) => id !== MAIN_ID);
  const main = liveRecords<ResumeDraft>(saved.resumeDrafts).find(([id]) => id === MAIN_ID)?.[1];
  const [requested, setRequested] = useState<string>(MAIN_ID);
  useEffect(() => setRequested(readParam('draft') ?? MAIN_ID), []);

  const currentId = drafts.some(([id]) => id === requested) ? requested : MAIN_ID;
  const current = currentId === MAIN_ID ? main : drafts.find(([id]) => id === currentId)?.[1];
  const text = current?.text ?? '';
  const deferred = useDeferredValue(text);
  const report = useMemo(() => checkResume(deferred), [deferred]);

  const choose = (id: string) => {
    setRequested(id);
    writeParam('draft', id === MAIN_ID ? null : id);
  };

  if (!hydrated) return <p className="tool-loading">Loading your bullets…</p>;

  return (
    <div className="resume-checker">
      <StorageNotices />
      {drafts.length > 0 && (
        <div className="field resume-checker__drafts">
          <label htmlFor={`${uid}-draft`}>Draft</label>
          <select id={`${uid}-draft`} value={currentId} onChange={(event) => choose(event.target.value)}>
            <option value={MAIN_ID}>My bullets</option>
            {drafts.map(([id, draft]) => (
              <option key={id} value={id}>
                {draft.title || 'Untitled draft'}
              </option>
            ))}
          </select>
          {currentId !== MAIN_ID && (
            <button
              type="button"
              className="button-danger"
              onClick={() => {
                deleteRecord('resumeDrafts', currentId);
                choose(MAIN_ID);
              }}
            >
              Delete this draft
            </button>
          )}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${uid}-bullets`}>Your bullets, one per line</label>
        <span className="field__hint" id={`${uid}-hint`}>
          Paste from your resume; leading dashes and bullet marks are ignored. Up to {MAX_BULLETS} bullets are checked.
        </span>
        <textarea
          id={`${uid}-bullets`}
          className="resume-checker__input"
          rows={8}
          value={text}
          aria-describedby={`${uid}-hint`}
          spellCheck
          onChange={(event) => saveResumeDraft(currentId, event.target.value)}
        />
      </div>
      {text.trim() === '' && (
        <p className="tool-actions">
          <span>Nothing to check yet.</span>
          <button type="button" onClick={() => saveResumeDraft(currentId, sample)}>
            Try three weak bullets
          </button>
        </p>
      )}
      <Results report={report} />
    </div>
  );
}

function Results({ report }: { report: ReturnType<typeof checkResume> }) {
  if (report.bullets.length === 0) return null;
  return (
    <section className="resume-results" aria-labelledby="resume-results-heading">
      <h2 id="resume-results-heading">Feedback</h2>
      <p className="resume-results__summary" role="status">
        {report.bullets.length} {report.bullets.length === 1 ? 'bullet' : 'bullets'}, average score <strong>{report.averageScore}</strong> out of 100.
      </p>
      {report.skipped > 0 && (
        <p className="tool-message tool-message--warn">
          Only the first {MAX_BULLETS} bullets are checked; {report.skipped.toLocaleString('en-US')} more{' '}
          {report.skipped === 1 ? 'line was' : 'lines were'} left out. A resume needs a dozen or two strong bullets, not hundreds.
        </p>
      )}
      <ol className="resume-results__list">
        {report.bullets.map((bullet) => (
          <BulletResult key={`${bullet.line}:${bullet.text}`} bullet={bullet} />
        ))}
      </ol>
    </section>
  );
}

function BulletResult({ bullet }: { bullet: BulletReport }) {
  const passed = bullet.findings.filter((finding) => finding.status === 'pass');
  const toFix = bullet.findings.filter((finding) => finding.status !== 'pass');
  return (
    <li className="bullet-result" data-score={bullet.score} data-grade={bullet.grade}>
      <div className="bullet-result__head">
        <p className="bullet-result__text user-text">{bullet.text.length > 600 ? `${bullet.text.slice(0, 600)}…` : bullet.text}</p>
        <span className={`score score--${bullet.grade}`}>
          {bullet.score}
          <span className="visually-hidden"> out of 100,</span> · {GRADE_WORDS[bullet.grade]}
        </span>
      </div>
      {toFix.length > 0 && (
        <ul className="checklist bullet-result__findings">
          {toFix.map((finding) => (
            <li key={finding.id} className={`check check--${finding.status}`} data-finding={finding.id}>
              <StatusIcon status={finding.status} />
              <span className="check__body">
                <span className="check__label">
                  <span className="visually-hidden">{STATUS_WORDS[finding.status]}: </span>
                  {finding.label}
                </span>
                <span className="check__detail">
                  {finding.detail} {finding.suggestion && finding.suggestion !== finding.detail ? finding.suggestion : ''}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {passed.length > 0 && (
        <p className="bullet-result__passed">
          <StatusIcon status="pass" /> <span className="visually-hidden">Done: </span>
          {passed.map((finding) => finding.label).join(', ')}
        </p>
      )}
    </li>
  );
}
