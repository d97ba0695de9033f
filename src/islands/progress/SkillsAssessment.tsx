/** Rate the nine skills 1 to 5; the gaps become recommended lessons. */
import { isLive, putRecords, type SkillRating } from '../../lib/app-state';
import { SKILLS, recommendFromRatings } from '../../lib/skills';
import type { LessonRef } from '../../lib/progress-summary';
import { useAppStore } from '../../stores/app-store';
import { useAppState } from '../shared/use-app-store';

const LABELS = ['', 'New to it', 'Some exposure', 'Can do it with help', 'Can do it alone', 'Could teach it'];

export default function SkillsAssessment({ lessons, completed }: { lessons: LessonRef[]; completed: ReadonlySet<string> }) {
  const saved = useAppState((s) => s.saved);
  const ratings = Object.fromEntries(
    Object.entries(saved.skills)
      .filter(([, r]) => isLive(r))
      .map(([id, r]) => [id, (r as SkillRating).rating]),
  );
  const recommendations = recommendFromRatings(ratings, completed);
  const lessonById = new Map(lessons.map((l) => [l.id, l]));
  function rate(id: string, rating: number) {
    useAppStore.getState().updateSaved((s) => putRecords(s, { skills: { [id]: { rating, updatedAt: new Date().toISOString() } } }));
  }
  return (
    <div>
      <p>Rate yourself honestly on the nine skills TPM loops test. Your gaps, weighted by how much each skill matters, turn into lessons to read next.</p>
      <details open={Object.keys(ratings).length < SKILLS.length}>
        <summary>Rate the nine skills ({Object.keys(ratings).length} of 9 rated)</summary>
        <form className="skills-form" onSubmit={(e) => e.preventDefault()}>
          {SKILLS.map((skill) => (
            <fieldset key={skill.id}>
              <legend>
                {skill.title} <span className="meta">({skill.priority}: {skill.shownBy.toLowerCase()})</span>
              </legend>
              <div className="choices">
                {[1, 2, 3, 4, 5].map((n) => (
                  <label key={n}>
                    <input type="radio" name={`skill-${skill.id}`} value={n} checked={ratings[skill.id] === n} onChange={() => rate(skill.id, n)} /> {n}{' '}
                    <span className="meta">{LABELS[n]}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </form>
      </details>
      {recommendations.length > 0 ? (
        <>
          <h3>Recommended for your gaps</h3>
          <ul>
            {recommendations.map(({ skill, lessons: ids }) => (
              <li key={skill.id}>
                <strong>{skill.title}</strong> (rated {ratings[skill.id]}):{' '}
                {ids.slice(0, 3).map((id, i) => {
                  const lesson = lessonById.get(id);
                  return lesson ? (
                    <span key={id}>
                      {i > 0 && ', '}
                      <a href={lesson.url}>{lesson.title}</a>
                    </span>
                  ) : null;
                })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        Object.keys(ratings).length > 0 && <p>No gaps below 4 with lessons left to read. Keep practising cases.</p>
      )}
    </div>
  );
}
