/** A case's past attempts: time per phase against budget, self-scores per criterion, and the trend across attempts. */
import { useState } from 'react';
import { caseTrend, summarizeAttempt, type AttemptEntry } from '../../lib/case-attempts';
import { formatClock, formatDelta } from '../../lib/case-timer';
import { discardAttempt } from '../../stores/case-attempts';
import type { Announce, TimerCriterion, TimerPhase } from './types';

interface Props {
  entries: AttemptEntry[];
  phases: TimerPhase[];
  rubric: TimerCriterion[];
  onReview: (attemptId: string) => void;
  announce: Announce;
}

const formatDate = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const shortDate = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
/** How many attempts the per-criterion table shows, newest last. */
const SCORE_COLUMNS = 6;

export default function AttemptHistory({ entries, phases, rubric, onReview, announce }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (entries.length === 0) return null;
  const now = Date.now();
  const summaries = entries.map((entry) => summarizeAttempt(entry, now));
  const trend = caseTrend(summaries);
  const newestFirst = [...summaries].reverse();
  const recent = summaries.slice(-SCORE_COLUMNS);
  const numberOf = (id: string) => summaries.findIndex((s) => s.id === id) + 1;

  return (
    <section className="history" aria-labelledby="history-heading">
      <h2 id="history-heading">Your attempts</h2>
      <p>
        {entries.length} {entries.length === 1 ? 'attempt' : 'attempts'} so far.{' '}
        {trend.sentence || 'Do the case again in a week to see a trend.'}
      </p>
      {trend.scores.length >= 2 && <ScoreTrend scores={trend.scores} direction={trend.direction} />}

      <div className="table-scroll" role="region" aria-labelledby="history-times-caption" tabIndex={0}>
        <table className="history__table">
          <caption id="history-times-caption">Time per phase against budget, and average self-score (1 to 4), newest first</caption>
          <thead>
            <tr>
              <th scope="col">Attempt</th>
              <th scope="col">Round</th>
              <th scope="col">Score</th>
              {phases.map((phase) => (
                <th scope="col" key={phase.id}>
                  {phase.title} <span className="meta">({phase.minutes} min)</span>
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((summary) => {
              const label = `attempt ${numberOf(summary.id)}, ${formatDate(summary.startedAt)}`;
              return (
                <tr key={summary.id}>
                  <th scope="row">
                    #{numberOf(summary.id)} <span className="history__date">{formatDate(summary.startedAt)}</span>
                  </th>
                  <td className={summary.totalMs > summary.budgetMs ? 'is-over' : undefined}>
                    {formatClock(summary.totalMs)} <span className="history__delta">({formatDelta(summary.totalMs - summary.budgetMs)})</span>
                  </td>
                  <td>{summary.averageScore === null ? '–' : summary.averageScore.toFixed(1)}</td>
                  {phases.map((phase) => {
                    const result = summary.phases.find((p) => p.id === phase.id);
                    if (!result || result.state === 'skipped') return <td key={phase.id}>–</td>;
                    return (
                      <td key={phase.id} className={result.deltaMs > 0 ? 'is-over' : undefined}>
                        {formatClock(result.actualMs)} <span className="history__delta">({formatDelta(result.deltaMs)})</span>
                      </td>
                    );
                  })}
                  <td className="history__actions">
                    <button type="button" onClick={() => onReview(summary.id)}>
                      Review <span className="visually-hidden">{label}</span>
                    </button>
                    {confirming === summary.id ? (
                      <>
                        <button
                          type="button"
                          className="button-danger"
                          onClick={() => {
                            discardAttempt(summary.id);
                            setConfirming(null);
                            announce(`Deleted ${label}.`);
                          }}
                        >
                          Confirm delete <span className="visually-hidden">{label}</span>
                        </button>
                        <button type="button" onClick={() => setConfirming(null)}>
                          Cancel
                        </button>
                      </>
                    ) : (
                      <button type="button" className="button-quiet" onClick={() => setConfirming(summary.id)}>
                        Delete <span className="visually-hidden">{label}</span>
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {rubric.length > 0 && summaries.some((s) => s.averageScore !== null) && (
        <div className="table-scroll" role="region" aria-labelledby="history-scores-caption" tabIndex={0}>
          <table className="history__table">
            <caption id="history-scores-caption">Self-scores by criterion, oldest to newest{summaries.length > SCORE_COLUMNS ? ` (last ${SCORE_COLUMNS} attempts)` : ''}</caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                {recent.map((summary) => (
                  <th scope="col" key={summary.id}>
                    #{numberOf(summary.id)} <span className="history__date">{shortDate(summary.startedAt)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rubric.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{item.criterion}</th>
                  {recent.map((summary) => (
                    <td key={summary.id}>{summary.scores[item.id] ?? '–'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The average self-score of each attempt as a small line chart; the tables carry the same numbers. */
function ScoreTrend({ scores, direction }: { scores: number[]; direction: 'up' | 'down' | 'flat' | null }) {
  const width = 240;
  const height = 64;
  const pad = 8;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / Math.max(1, scores.length - 1);
  const y = (score: number) => height - pad - ((score - 1) / 3) * (height - 2 * pad);
  const points = scores.map((score, i) => `${x(i).toFixed(1)},${y(score).toFixed(1)}`).join(' ');
  const words = direction === 'up' ? 'rising' : direction === 'down' ? 'falling' : 'level';
  return (
    <figure className="score-trend">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={`Average self-score by attempt, ${words}: ${scores.map((s) => s.toFixed(1)).join(', ')} (of 4)`}
      >
        {[1, 2, 3, 4].map((level) => (
          <line key={level} className="score-trend__grid" x1={pad} x2={width - pad} y1={y(level)} y2={y(level)} />
        ))}
        <polyline className="score-trend__line" points={points} />
        {scores.map((score, i) => (
          <circle key={i} className="score-trend__dot" cx={x(i)} cy={y(score)} r={3.5} />
        ))}
      </svg>
      <figcaption className="meta">Average self-score per attempt (1 to 4), {words}.</figcaption>
    </figure>
  );
}
