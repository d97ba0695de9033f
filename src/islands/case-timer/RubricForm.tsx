/** Self-scores 1 to 4 on each rubric criterion, saved as they are chosen. */
import type { TimerCriterion } from './types';

export const SCORE_LABELS: Record<number, string> = { 1: 'Missing', 2: 'Partial', 3: 'Solid', 4: 'Excellent' };

interface Props {
  attemptId: string;
  rubric: TimerCriterion[];
  scores: Readonly<Record<string, number>>;
  onScore: (criterionId: string, score: number) => void;
}

export default function RubricForm({ attemptId, rubric, scores, onScore }: Props) {
  const prefix = `score-${attemptId.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <div className="rubric-form">
      {rubric.map((item) => {
        const name = `${prefix}-${item.id}`;
        return (
          <fieldset key={item.id} className="rubric-form__item" aria-describedby={`${name}-hint`}>
            <legend>{item.criterion}</legend>
            <p className="rubric-form__hint" id={`${name}-hint`}>
              A 4 looks like this: {item.excellent}
            </p>
            <div className="rubric-form__options">
              {[1, 2, 3, 4].map((score) => (
                <label key={score} className="rubric-form__option">
                  <input type="radio" name={name} value={score} checked={scores[item.id] === score} onChange={() => onScore(item.id, score)} />
                  <span className="rubric-form__score">{score}</span>
                  <span className="rubric-form__label">{SCORE_LABELS[score]}</span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
