/**
 * The practice hub: choose a round type, then pick a case (or draw one, preferring cases never attempted) and open it,
 * optionally in interview mode; or, for the behavioral round, run the drill here. Open attempts are listed first.
 */
import { useEffect, useState } from 'react';
import { attemptCounts, averageScore, budgetsOf, clockOf, completedAttempts, drawCase, openAttempts } from '../../lib/case-attempts';
import { formatClock, readTimer, timerStatus } from '../../lib/case-timer';
import type { CaseKind } from '../../lib/content-schema';
import { useAppState } from '../shared/use-app-store';
import StorageNotices from '../shared/StorageNotices';
import { useAnnouncer } from '../case-timer/use-announcer';
import BehavioralDrill from './BehavioralDrill';
import './practice.css';

export interface PracticeCase {
  id: string;
  title: string;
  kind: CaseKind;
  summary: string;
  minutes: number;
  phases: number;
  level: string;
  /** The case page, with the base path. */
  url: string;
}

export type RoundType = CaseKind | 'behavioral';

export interface RoundInfo {
  id: RoundType;
  label: string;
  blurb: string;
}

interface Props {
  cases: PracticeCase[];
  rounds: RoundInfo[];
  /** Worked-story page per competency id, with the base path. */
  storyLinks: Record<string, string>;
  /** The case library, with the base path. */
  casesUrl: string;
}

const ROUND_PARAM = 'round';

function withInterview(url: string, interview: boolean): string {
  return interview ? `${url}?mode=interview` : url;
}

export default function PracticeHub({ cases, rounds, storyLinks, casesUrl }: Props) {
  const hydrated = useAppState((s) => s.hydrated);
  const saved = useAppState((s) => s.saved);
  const [mounted, setMounted] = useState(false);
  const [round, setRound] = useState<RoundType>(rounds[0]?.id ?? 'program');
  const [interview, setInterview] = useState(false);
  const [drawn, setDrawn] = useState<string | null>(null);
  const [announcement, announce] = useAnnouncer();
  const ready = mounted && hydrated;

  useEffect(() => {
    setMounted(true);
    const fromUrl = new URLSearchParams(window.location.search).get(ROUND_PARAM);
    if (rounds.some((r) => r.id === fromUrl)) setRound(fromUrl as RoundType);
  }, [rounds]);

  function choose(next: RoundType) {
    setRound(next);
    setDrawn(null);
    const url = new URL(window.location.href);
    url.searchParams.set(ROUND_PARAM, next);
    window.history.replaceState(window.history.state, '', url);
  }

  const byId = new Map(cases.map((c) => [c.id, c]));
  const counts = ready ? attemptCounts(saved.attempts) : new Map<string, number>();
  const open = ready ? openAttempts(saved.attempts).filter((entry) => byId.has(entry.attempt.caseId)) : [];
  const inRound = cases.filter((c) => c.kind === round);
  const info = rounds.find((r) => r.id === round);
  const drawnCase = drawn ? byId.get(drawn) : undefined;

  function draw() {
    const id = drawCase(
      inRound.map((c) => c.id),
      saved.attempts,
      { avoid: drawn ?? undefined },
    );
    setDrawn(id ?? null);
    const picked = id ? byId.get(id) : undefined;
    if (picked) announce(`Drawn: ${picked.title}.`);
  }

  function status(caseId: string): string {
    const attempts = counts.get(caseId) ?? 0;
    if (attempts === 0) return 'Not attempted yet';
    const done = completedAttempts(saved.attempts, caseId);
    const last = done[done.length - 1];
    const score = last ? averageScore(last.attempt.scores) : null;
    return `${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}${score !== null ? ` · last score ${score.toFixed(1)} of 4` : ''}`;
  }

  return (
    <div className="practice">
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {ready && <StorageNotices />}

      {open.length > 0 && (
        <section className="practice__open" aria-labelledby="open-heading">
          <h2 id="open-heading">In progress</h2>
          <ul>
            {open.map(({ id, attempt }) => {
              const c = byId.get(attempt.caseId);
              if (!c) return null;
              const clock = clockOf(attempt);
              const reading = readTimer(clock, budgetsOf(attempt), Date.now());
              const state = attempt.status !== 'running' ? 'finished, waiting for your scores' : timerStatus(clock) === 'paused' ? 'paused' : 'running';
              return (
                <li key={id}>
                  <a href={c.url}>{c.title}</a> <span className="meta">· {state} · {formatClock(reading.elapsedMs)} of {formatClock(reading.roundBudgetMs)}</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <fieldset className="round-picker">
        <legend>Round type</legend>
        <div className="round-picker__options">
          {rounds.map((r) => (
            <label key={r.id} className="round-picker__option">
              <input type="radio" name="round-type" value={r.id} checked={round === r.id} onChange={() => choose(r.id)} />
              <span className="round-picker__label">{r.label}</span>
              <span className="round-picker__blurb">{r.blurb}</span>
            </label>
          ))}
        </div>
      </fieldset>

      {round === 'behavioral' ? (
        <BehavioralDrill storyLinks={storyLinks} />
      ) : (
        <section className="practice__cases" aria-labelledby="round-heading">
          <h2 id="round-heading">{info?.label ?? 'Cases'}</h2>
          {inRound.length === 0 ? (
            <p>
              No cases of this kind yet. Try another round type, or browse <a href={casesUrl}>the case library</a>.
            </p>
          ) : (
            <>
              <div className="timer-controls">
                <button type="button" className="button-primary" onClick={draw} disabled={!ready}>
                  {drawn ? 'Draw another' : 'Draw a case at random'}
                </button>
                <label className="practice__interview">
                  <input type="checkbox" checked={interview} onChange={(event) => setInterview(event.target.checked)} /> Open in interview mode (only
                  the brief, the clock and your notes)
                </label>
              </div>
              <p className="meta">The draw prefers cases you have never attempted, then the ones you have done least.</p>
              {drawnCase && (
                <div className="practice__drawn">
                  <p className="practice__drawn-label">Your case</p>
                  <h3>{drawnCase.title}</h3>
                  <p>{drawnCase.summary}</p>
                  <p className="meta">
                    {drawnCase.minutes} minutes · {drawnCase.phases} phases · {drawnCase.level} · {status(drawnCase.id)}
                  </p>
                  <p>
                    <a className="button button-primary" href={withInterview(drawnCase.url, interview)}>
                      Open this case
                    </a>
                  </p>
                </div>
              )}
              <h3>Or pick one</h3>
              <ul className="card-grid">
                {inRound.map((c) => (
                  <li key={c.id}>
                    <a className="tile" href={withInterview(c.url, interview)}>
                      <h4>{c.title}</h4>
                      <p>{c.summary}</p>
                      <p className="meta">
                        {c.minutes} minutes · {c.phases} phases · {c.level}
                        {ready && <> · {status(c.id)}</>}
                      </p>
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}
