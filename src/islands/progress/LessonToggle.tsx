/**
 * The `Mark as complete` toggle at the end of a lesson; the M key toggles it from anywhere on the page. The lesson page
 * renders it on the server and mounts it on demand (mount-lesson-toggle.tsx).
 */
import { useCallback, useEffect } from 'react';
import { lessonStatus, setLessonComplete } from '../../stores/lesson-progress';
import { isTypingTarget } from '../../lib/typing-target';
import { useAppState } from '../shared/use-app-store';
import StorageNotices from '../shared/StorageNotices';
import './progress.css';

export interface LessonToggleProps {
  lessonId: string;
  /** The next lesson in the track, offered once this one is complete. */
  nextUrl?: string;
  nextTitle?: string;
}

export default function LessonToggle({ lessonId, nextUrl, nextTitle }: LessonToggleProps) {
  const hydrated = useAppState((s) => s.hydrated);
  const saved = useAppState((s) => s.saved);
  const complete = lessonStatus(saved.lessons, lessonId) === 'complete';

  const toggle = useCallback(() => setLessonComplete(lessonId, !complete), [lessonId, complete]);

  useEffect(() => {
    if (!hydrated) return;
    // The page was woken by the shortcut before this island loaded: act on it now.
    if (window.criticalPathPendingShortcut === 'm') {
      window.criticalPathPendingShortcut = undefined;
      toggle();
    }
    function onKey(event: KeyboardEvent) {
      if (event.key.toLowerCase() !== 'm' || event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      toggle();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [hydrated, toggle]);

  return (
    <div className="lesson-toggle">
      <StorageNotices />
      <button type="button" className={complete ? 'button-primary' : undefined} aria-pressed={complete} onClick={toggle} aria-keyshortcuts="M" disabled={!hydrated}>
        {complete && <span aria-hidden="true">✓ </span>}Mark as complete <kbd aria-hidden="true">M</kbd>
      </button>
      <p className="meta" role="status">
        {complete ? (
          <>
            Done. {nextUrl && nextTitle ? <>Next up: <a href={nextUrl}>{nextTitle}</a></> : 'You finished this track.'}
          </>
        ) : (
          'Mark the lesson complete when you can answer its check questions without opening them.'
        )}
      </p>
    </div>
  );
}
