/** The study plan: inputs, then the week-by-week plan derived from them and from progress, with a calendar export. */
import { useMemo, useState } from 'react';
import { isLive, putRecords, type PlanInputs } from '../../lib/app-state';
import { completedLessonIds } from '../../lib/progress-summary';
import { ROUNDS } from '../../lib/rounds';
import { formatDay, formatHours, generatePlan, planToIcs, type Background, type PlanCase, type PlanLesson } from '../../lib/study-plan';
import { useAppStore } from '../../stores/app-store';
import { useAppState } from '../shared/use-app-store';
import StorageNotices from '../shared/StorageNotices';
import { downloadText } from '../shared/download';
import { finishedAttempts } from './derive';
import './progress.css';

interface Props {
  lessons: PlanLesson[];
  cases: (PlanCase & { rubric: string[] })[];
  siteUrl: string;
}

function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const roundTitle = (id: string) => ROUNDS.find((r) => r.id === id)?.title ?? id;

export default function StudyPlan({ lessons, cases, siteUrl }: Props) {
  const hydrated = useAppState((s) => s.hydrated);
  const saved = useAppState((s) => s.saved);
  const stored = saved.plan['current'];
  const inputs = stored && isLive(stored) ? (stored as PlanInputs) : undefined;
  const [date, setDate] = useState<string | null>(null);
  const [hours, setHours] = useState<string | null>(null);
  const [background, setBackground] = useState<Background | null>(null);
  const [error, setError] = useState('');

  const plan = useMemo(() => {
    if (!inputs) return undefined;
    return generatePlan(
      { ...inputs, today: new Date(), completedLessons: completedLessonIds(saved.lessons), attemptedCases: new Set(finishedAttempts(saved, cases).map((a) => a.caseId)) },
      { lessons, cases },
    );
  }, [inputs, saved, lessons, cases]);

  if (!hydrated) return <p>Loading your plan…</p>;
  const dateValue = date ?? inputs?.interviewDate ?? inDays(28);
  const hoursValue = hours ?? String(inputs?.hoursPerWeek ?? 8);
  const backgroundValue = background ?? inputs?.background ?? 'engineering';

  function save(event: { preventDefault(): void }) {
    event.preventDefault();
    const hoursNumber = Number(hoursValue);
    const check = generatePlan(
      { interviewDate: dateValue, hoursPerWeek: hoursNumber, background: backgroundValue, today: new Date(), completedLessons: new Set(), attemptedCases: new Set() },
      { lessons: [], cases: [] },
    );
    if (!/^\d+(\.\d+)?$/.test(hoursValue)) {
      setError('Enter the hours per week as a number, for example 8.');
      return;
    }
    if (!check.ok) {
      setError(check.error);
      return;
    }
    setError('');
    useAppStore.getState().updateSaved((s) =>
      putRecords(s, { plan: { current: { interviewDate: dateValue, hoursPerWeek: hoursNumber, background: backgroundValue, updatedAt: new Date().toISOString() } } }),
    );
  }

  function exportIcs() {
    if (!plan?.ok) return;
    downloadText(planToIcs(plan.weeks, siteUrl), 'critical-path-study-plan.ics', 'text/calendar');
  }

  return (
    <div className="study-plan">
      <StorageNotices />
      <form className="plan-form" onSubmit={save} noValidate>
        <div className="field">
          <label htmlFor="plan-date">Interview date</label>
          <input id="plan-date" type="date" value={dateValue} min={inDays(2)} onChange={(e) => setDate(e.target.value)} aria-describedby="plan-error" />
        </div>
        <div className="field">
          <label htmlFor="plan-hours">Hours per week</label>
          <input id="plan-hours" inputMode="decimal" value={hoursValue} onChange={(e) => setHours(e.target.value)} aria-describedby="plan-error" />
        </div>
        <div className="field">
          <label htmlFor="plan-background">Your background</label>
          <select id="plan-background" value={backgroundValue} onChange={(e) => setBackground(e.target.value as Background)}>
            <option value="engineering">Engineering</option>
            <option value="product">Product</option>
            <option value="other">Another role</option>
          </select>
        </div>
        <button type="submit" className="button-primary">
          {inputs ? 'Update plan' : 'Make my plan'}
        </button>
        <p id="plan-error" className={error ? 'notice' : 'visually-hidden'} role="alert">
          {error}
        </p>
      </form>

      {plan && !plan.ok && <p className="notice">{plan.error}</p>}
      {plan?.ok && (
        <>
          <h2>Your plan: {plan.weeks.length} {plan.weeks.length === 1 ? 'week' : 'weeks'}, {Math.round(plan.totalHours)} hours</h2>
          <p>
            Technical depth gets {Math.round((100 * plan.hoursByRound['technical-depth']) / plan.totalHours)}% of the time. Finished lessons drop out and the plan
            moves with today’s date, so it stays current as you work.{' '}
            <button type="button" onClick={exportIcs}>
              Export to calendar (.ics)
            </button>
          </p>
          <table className="plan-split">
            <caption>Hours by round</caption>
            <thead>
              <tr>
                {ROUNDS.map((r) => (
                  <th key={r.id} scope="col">
                    {r.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                {ROUNDS.map((r) => (
                  <td key={r.id}>{formatHours(plan.hoursByRound[r.id])}</td>
                ))}
              </tr>
            </tbody>
          </table>
          {plan.weeks.map((week) => (
            <section key={week.index} className="plan-week" aria-labelledby={`week-${week.index}`}>
              <h3 id={`week-${week.index}`}>
                Week {week.index}: {formatDay(week.start)} to {formatDay(week.end)} <span className="meta">({formatHours(week.hours)})</span>
              </h3>
              <ul>
                {week.items.map((item, i) => (
                  <li key={i}>
                    <span className="pill">{roundTitle(item.round)}</span> {item.url ? <a href={item.url}>{item.title}</a> : item.title}{' '}
                    <span className="meta">{formatHours(item.hours)}</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
