/** The home page's personal panel: where to continue, and this week of the study plan. Empty for a new reader. */
import { useMemo } from 'react';
import { continueLesson, completedLessonIds, type LessonRef } from '../../lib/progress-summary';
import { formatDay, formatHours, generatePlan, type PlanCase } from '../../lib/study-plan';
import { isLive, type PlanInputs } from '../../lib/app-state';
import { withBase } from '../../lib/routes';
import { useAppState } from '../shared/use-app-store';
import { finishedAttempts } from './derive';
import './progress.css';

interface Props {
  lessons: (LessonRef & { minutes: number })[];
  cases: (PlanCase & { rubric: string[] })[];
}

export default function HomeProgress({ lessons, cases }: Props) {
  const hydrated = useAppState((s) => s.hydrated);
  const saved = useAppState((s) => s.saved);
  const view = useMemo(() => {
    const completed = completedLessonIds(saved.lessons);
    const next = continueLesson(lessons, saved.lessons);
    const inputs = saved.plan['current'];
    const plan =
      inputs && isLive(inputs)
        ? generatePlan(
            { ...(inputs as PlanInputs), today: new Date(), completedLessons: completed, attemptedCases: new Set(finishedAttempts(saved, cases).map((a) => a.caseId)) },
            { lessons, cases },
          )
        : undefined;
    return { next, completed: completed.size, week: plan?.ok ? plan.weeks[0] : undefined, daysLeft: inputs && isLive(inputs) ? (inputs as PlanInputs).interviewDate : undefined };
  }, [saved, lessons, cases]);

  if (!hydrated || (!view.next && !view.week)) return null;
  return (
    <section className="home-progress" aria-labelledby="home-progress-heading">
      <h2 id="home-progress-heading">Your progress</h2>
      <div className="card-grid">
        {view.next && (
          <div className="tile">
            <h3>Continue where you left off</h3>
            <p>
              <a href={view.next.url}>{view.next.title}</a>
            </p>
            <p className="meta">{view.completed} lessons complete</p>
          </div>
        )}
        {view.week && (
          <div className="tile">
            <h3>This week’s plan</h3>
            <ul>
              {view.week.items.slice(0, 4).map((item, i) => (
                <li key={i}>{item.url ? <a href={item.url}>{item.title}</a> : item.title} ({formatHours(item.hours)})</li>
              ))}
            </ul>
            <p className="meta">
              Interview on {view.daysLeft ? formatDay(view.daysLeft) : ''} · <a href={withBase('/plan/')}>Full plan</a>
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
