/**
 * The program log: the programs the reader led, one entry each. Its one action turns an entry into a draft STAR story
 * in the story bank and draft bullets in the resume checker.
 */
import RecordList from '../tools-shared/RecordList';
import UndoDelete from '../tools-shared/UndoDelete';
import { useId, useState, type RefObject } from 'react';
import { isLive, type ProgramLogEntry, type ResumeDraft, type UserStory } from '../../lib/app-state';
import { LOG_FIELDS, logEntryGaps } from '../../lib/program-log-drafts';
import { createLogEntry, draftFromLog, liveRecords, updateLogEntry } from '../../stores/tools';
import StorageNotices from '../shared/StorageNotices';
import { useAppState } from '../shared/use-app-store';
import { useRecordEditor } from '../tools-shared/use-record-editor';
import '../tools-shared/tools.css';
import './program-log.css';

export interface ProgramLogProps {
  /** The story bank, already based; `?story=<id>` is appended. */
  storyBankUrl: string;
  /** The resume checker, already based; `?draft=<id>` is appended. */
  resumeUrl: string;
}

function entryTitle(entry: Pick<ProgramLogEntry, 'title'>): string {
  return entry.title.trim() || 'Untitled program';
}

export default function ProgramLog({ storyBankUrl, resumeUrl }: ProgramLogProps) {
  const hydrated = useAppState((s) => s.hydrated);
  const saved = useAppState((s) => s.saved);
  const entries = liveRecords<ProgramLogEntry>(saved.programLog);
  const { current, select, add: addRecord, remove, deleted, undoDelete, titleRef } = useRecordEditor('programLog', 'entry', entries);
  const add = () => addRecord(createLogEntry);

  if (!hydrated) return <p className="tool-loading">Loading your program log…</p>;

  const storyLive = (id: string | undefined) => id !== undefined && isLive((saved.userStories as Record<string, UserStory>)[id]);
  const draftLive = (id: string | undefined) => id !== undefined && isLive((saved.resumeDrafts as Record<string, ResumeDraft>)[id]);

  return (
    <div className="program-log">
      <StorageNotices />
      {deleted && <UndoDelete title={entryTitle(deleted)} onUndo={undoDelete} />}
      <div className="tool-layout">
        <RecordList
          heading="Programs"
          items={entries.map(([id, entry]) => ({ id, title: entryTitle(entry), meta: entry.dates.trim().slice(0, 60) }))}
          currentId={current?.[0]}
          onSelect={select}
          addLabel="New program"
          onAdd={add}
        />
        <div className="tool-panel">
          {current ? (
            <EntryEditor
              key={current[0]}
              id={current[0]}
              entry={current[1]}
              titleRef={titleRef}
              storyUrl={storyLive(current[1].storyId) ? `${storyBankUrl}?story=${encodeURIComponent(current[1].storyId ?? '')}` : null}
              draftUrl={draftLive(current[1].resumeDraftId) ? `${resumeUrl}?draft=${encodeURIComponent(current[1].resumeDraftId ?? '')}` : null}
              onDelete={remove}
            />
          ) : (
            <div>
              <h2 className="program-log__empty-heading">Log your first program</h2>
              <p>
                Write down each program while the numbers are fresh: scope, teams, timeline, risks, outcome and metrics. Ten minutes a week keeps it
                current; eighteen months from now it is where your resume bullets and interview stories come from.
              </p>
              <button type="button" className="button-primary" onClick={add}>
                New program
              </button>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

interface EditorProps {
  id: string;
  entry: ProgramLogEntry;
  titleRef: RefObject<HTMLInputElement | null>;
  storyUrl: string | null;
  draftUrl: string | null;
  onDelete: (id: string) => void;
}

function EntryEditor({ id, entry, titleRef, storyUrl, draftUrl, onDelete }: EditorProps) {
  const uid = useId();
  const [confirming, setConfirming] = useState(false);
  const [justDrafted, setJustDrafted] = useState(false);
  const gaps = logEntryGaps(entry);
  const drafted = storyUrl !== null || draftUrl !== null;

  return (
    <article aria-labelledby={`${uid}-heading`} data-entry-id={id}>
      <h2 id={`${uid}-heading`} className="program-log__heading">
        {entryTitle(entry)}
      </h2>
      <div className="program-log__fields">
        {LOG_FIELDS.map((field) => (
          <div className={`field field--${field.key}`} key={field.key}>
            <label htmlFor={`${uid}-${field.key}`}>{field.label}</label>
            <span className="field__hint" id={`${uid}-${field.key}-hint`}>
              {field.hint}
            </span>
            {field.multiline ? (
              <textarea
                id={`${uid}-${field.key}`}
                rows={field.key === 'risks' || field.key === 'timeline' ? 4 : 3}
                value={entry[field.key]}
                aria-describedby={`${uid}-${field.key}-hint`}
                onChange={(event) => updateLogEntry(id, { [field.key]: event.target.value })}
              />
            ) : (
              <input
                ref={field.key === 'title' ? titleRef : undefined}
                id={`${uid}-${field.key}`}
                type="text"
                value={entry[field.key]}
                aria-describedby={`${uid}-${field.key}-hint`}
                onChange={(event) => updateLogEntry(id, { [field.key]: event.target.value })}
              />
            )}
          </div>
        ))}
      </div>

      <section className="program-log__drafts" aria-labelledby={`${uid}-drafts`}>
        <h3 id={`${uid}-drafts`}>Turn it into a story and bullets</h3>
        {gaps.length > 0 ? (
          <>
            <p>The drafts will be stronger if you first:</p>
            <ul className="program-log__gaps">
              {gaps.map((gap) => (
                <li key={gap}>{gap}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>This entry has what a story and a bullet need.</p>
        )}
        <p>
          <button
            type="button"
            className="button-primary"
            onClick={() => {
              if (draftFromLog(id)) setJustDrafted(true);
            }}
          >
            Draft a STAR story and resume bullets
          </button>
        </p>
        {drafted && (
          <div className="tool-message tool-message--ok" role="status">
            <p>{justDrafted ? 'Drafted a story in your story bank and bullets in the resume checker.' : 'Drafts from this entry:'}</p>
            <p className="program-log__links">
              {storyUrl && <a href={storyUrl}>Open the draft story in the story bank</a>}
              {draftUrl && <a href={draftUrl}>Check the draft bullets in the resume checker</a>}
            </p>
          </div>
        )}
      </section>

      <div className="tool-actions">
        {confirming ? (
          <>
            <span>Delete “{entryTitle(entry)}”? Drafts made from it stay.</span>
            <button type="button" className="button-danger" onClick={() => onDelete(id)}>
              Delete
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
            Delete program
          </button>
        )}
      </div>
    </article>
  );
}
