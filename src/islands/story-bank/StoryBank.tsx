/**
 * The story bank: the reader's own STAR stories with a live checklist for each, and a matrix of competencies against
 * stories that shows where the bank is thin. Everything is saved in this browser only.
 */
import RecordList from '../tools-shared/RecordList';
import UndoDelete from '../tools-shared/UndoDelete';
import { memo, useDeferredValue, useId, useMemo, useState, type RefObject } from 'react';
import type { UserStory } from '../../lib/app-state';
import { COMPETENCIES } from '../../lib/competencies';
import { checkStarStory, STAR_PARTS, type StarPart, type Strength } from '../../lib/star-story-check';
import { formatDuration } from '../../lib/spoken-length';
import { createStory, liveRecords, setStoryCompetency, updateStory } from '../../stores/tools';
import StorageNotices from '../shared/StorageNotices';
import { useAppState } from '../shared/use-app-store';
import Checklist from '../tools-shared/Checklist';
import { useRecordEditor } from '../tools-shared/use-record-editor';
import CoverageMatrix from './CoverageMatrix';
import '../tools-shared/tools.css';
import './story-bank.css';

export interface StoryBankProps {
  /** The behavioral drill clock, already based; `?drill=<story id>` is appended. */
  practiceUrl: string;
  /** The worked example stories, already based. */
  workedStoriesUrl: string;
  /** Worked stories for each competency id, already based. */
  competencyUrls: Record<string, string>;
}

const PART_LABELS: Record<StarPart, { label: string; hint: string; rows: number }> = {
  situation: { label: 'Situation', hint: 'Where and when, and what was at stake: scale, stakes, the constraint.', rows: 3 },
  task: { label: 'Task', hint: 'What you personally owned.', rows: 2 },
  action: { label: 'Action', hint: 'Three to five moves you made, in order, each a decision with its reason. Say “I”.', rows: 9 },
  result: { label: 'Result', hint: 'What happened, in numbers, and what lasted.', rows: 3 },
};

export function storyTitle(story: Pick<UserStory, 'title'>): string {
  return story.title.trim() || 'Untitled story';
}

export default function StoryBank({ practiceUrl, workedStoriesUrl, competencyUrls }: StoryBankProps) {
  const hydrated = useAppState((s) => s.hydrated);
  const saved = useAppState((s) => s.saved);
  const stories = liveRecords<UserStory>(saved.userStories);
  const { current, select, add: addRecord, remove, deleted, undoDelete, titleRef } = useRecordEditor('userStories', 'story', stories);
  const add = () => addRecord(createStory);

  // The matrix changes only when a title or a tag does, not on every keystroke in a story's text.
  const coverageKey = JSON.stringify(stories.map(([id, story]) => [id, storyTitle(story), story.competencies]));
  const coverageStories = useMemo(
    () => stories.map(([id, story]) => ({ id, title: storyTitle(story), competencies: story.competencies })),
    [coverageKey],
  );

  if (!hydrated) return <p className="tool-loading">Loading your stories…</p>;

  return (
    <div className="story-bank">
      <StorageNotices />
      {deleted && <UndoDelete title={storyTitle(deleted)} onUndo={undoDelete} />}
      <div className="tool-layout">
        <RecordList
          heading="Your stories"
          items={stories.map(([id, story]) => ({ id, title: storyTitle(story), meta: `${Object.keys(story.competencies).length} competencies` }))}
          currentId={current?.[0]}
          onSelect={select}
          addLabel="New story"
          onAdd={add}
        />
        <div className="tool-panel">
          {current ? (
            <StoryEditor key={current[0]} id={current[0]} story={current[1]} practiceUrl={practiceUrl} onDelete={remove} titleRef={titleRef} />
          ) : (
            <div className="story-empty">
              <h2>Write your first story</h2>
              <p>
                Pick a program you drove, with stakes and a number. Write it as situation, task, action and result; the checklist tells you what an
                interviewer will miss. Aim for 8 to 12 stories that cover every competency two or three times.
              </p>
              <p>
                <button type="button" className="button-primary" onClick={add}>
                  New story
                </button>{' '}
                <a href={workedStoriesUrl}>Read worked stories first</a>
              </p>
            </div>
          )}
        </div>
      </div>
      <CoverageMatrix stories={coverageStories} competencyUrls={competencyUrls} />
    </div>
  );
}

interface EditorProps {
  id: string;
  story: UserStory;
  practiceUrl: string;
  onDelete: (id: string) => void;
  titleRef: RefObject<HTMLInputElement | null>;
}

function StoryEditor({ id, story, practiceUrl, onDelete, titleRef }: EditorProps) {
  const uid = useId();
  const [confirming, setConfirming] = useState(false);
  const deferred = useDeferredValue(story);
  const report = useMemo(() => checkStarStory(deferred, deferred.competencies), [deferred]);

  return (
    <article aria-labelledby={`${uid}-heading`} data-story-id={id}>
      <h2 id={`${uid}-heading`} className="story-editor__heading">
        {storyTitle(story)}
      </h2>
      <div className="field">
        <label htmlFor={`${uid}-title`}>Headline</label>
        <span className="field__hint" id={`${uid}-title-hint`}>
          One line you would say to introduce it: “Moved a payments ledger off Oracle three weeks before a $1.8M renewal”.
        </span>
        <input
          ref={titleRef}
          id={`${uid}-title`}
          type="text"
          value={story.title}
          aria-describedby={`${uid}-title-hint`}
          onChange={(event) => updateStory(id, { title: event.target.value })}
        />
      </div>

      <div className="story-editor__grid">
        <div className="story-editor__parts">
          {STAR_PARTS.map((part) => {
            const length = report.parts[part];
            return (
              <div className="field" key={part}>
                <label htmlFor={`${uid}-${part}`}>{PART_LABELS[part].label}</label>
                <span className="field__hint" id={`${uid}-${part}-hint`}>
                  {PART_LABELS[part].hint}
                </span>
                <textarea
                  id={`${uid}-${part}`}
                  rows={PART_LABELS[part].rows}
                  value={story[part]}
                  aria-describedby={`${uid}-${part}-hint ${uid}-${part}-meter`}
                  onChange={(event) => updateStory(id, { [part]: event.target.value })}
                />
                <span className={`field__meter field__meter--${length.words === 0 ? 'empty' : length.status}`} id={`${uid}-${part}-meter`}>
                  {length.detail}
                </span>
              </div>
            );
          })}
        </div>
        <aside className="story-editor__checks" aria-labelledby={`${uid}-checks`}>
          <h3 id={`${uid}-checks`}>Checklist</h3>
          <p className="story-editor__total">
            About <strong>{formatDuration(report.totalSeconds)}</strong> aloud ({report.totalWords.toLocaleString('en-US')} words)
          </p>
          {report.truncated && (
            <p className="tool-message tool-message--warn">This story is very long; only the first 20,000 characters of each part are checked.</p>
          )}
          <Checklist checks={report.checks} label="Checks for this story" />
          <p>
            <a className="button" href={`${practiceUrl}?drill=${encodeURIComponent(id)}`}>
              Practise this story with the drill clock
            </a>
          </p>
        </aside>
      </div>

      <CompetencyTags id={id} competencies={story.competencies} />

      <div className="tool-actions">
        {confirming ? (
          <>
            <span>Delete “{storyTitle(story)}”?</span>
            <button type="button" className="button-danger" onClick={() => onDelete(id)}>
              Delete
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
            Delete story
          </button>
        )}
      </div>
    </article>
  );
}

const CompetencyTags = memo(function CompetencyTags({ id, competencies }: { id: string; competencies: UserStory['competencies'] }) {
  const uid = useId();
  const tagged = Object.keys(competencies).length;
  return (
    <fieldset className="story-editor__competencies">
      <legend>Competencies this story shows ({tagged} tagged)</legend>
      <p className="field__hint">Primary where it is your first-choice answer (at most two), secondary where it can stretch.</p>
      <div className="competency-grid">
        {COMPETENCIES.map((competency) => (
          <div className="competency-grid__item" key={competency.id}>
            <label htmlFor={`${uid}-c-${competency.id}`}>{competency.title}</label>
            <select
              id={`${uid}-c-${competency.id}`}
              value={competencies[competency.id] ?? ''}
              data-strength={competencies[competency.id] ?? 'none'}
              onChange={(event) => setStoryCompetency(id, competency.id, (event.target.value || null) as Strength | null)}
            >
              <option value="">Not shown</option>
              <option value="secondary">Secondary</option>
              <option value="primary">Primary</option>
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  );
});
