/** A track's lessons in order, with each lesson's status and a progress bar for the track. */
import { lessonStatus } from '../../stores/lesson-progress';
import { useAppState } from '../shared/use-app-store';
import './progress.css';

export interface TrackLesson {
  id: string;
  title: string;
  url: string;
  summary: string;
  level: string;
  minutes: number;
}

export default function TrackLessons({ lessons }: { lessons: TrackLesson[] }) {
  const hydrated = useAppState((s) => s.hydrated);
  const saved = useAppState((s) => s.saved);
  const statuses = lessons.map((lesson) => (hydrated ? lessonStatus(saved.lessons, lesson.id) : undefined));
  const done = statuses.filter((s) => s === 'complete').length;
  return (
    <div className="track-lessons">
      {hydrated && (
        <div className="track-lessons__progress">
          <p className="meta" id="track-progress-label">
            {done} of {lessons.length} lessons complete
          </p>
          <progress className="progress-bar" aria-labelledby="track-progress-label" max={lessons.length} value={done} />
        </div>
      )}
      <ol className="lesson-list">
        {lessons.map((lesson, i) => (
          <li key={lesson.id} className="lesson-list__item" data-lesson-id={lesson.id}>
            <a className="lesson-list__title" href={lesson.url}>
              {lesson.title}
            </a>
            {statuses[i] && <span className={`status-pill status-pill--${statuses[i]}`}>{statuses[i] === 'complete' ? 'Complete' : 'Started'}</span>}
            <p className="lesson-list__summary">{lesson.summary}</p>
            <p className="meta">
              <span className="lesson-list__level">{lesson.level}</span> · {lesson.minutes} min read
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
