/**
 * The behavioral drill: a question from the competency list, a two-to-three-minute answer clock with STAR pacing
 * marks, then a self-check. The clock is wall-clock arithmetic from src/lib/case-timer.ts, like the case timer's.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Drill, UserStory } from '../../lib/app-state';
import { isLive } from '../../lib/app-state';
import {
  ANSWER_MAX_MS,
  ANSWER_MIN_MS,
  ANSWER_TARGET_MS,
  SELF_CHECKS,
  STAR_PARTS,
  answerZone,
  assessAnswer,
  expectedPart,
  pacingMarks,
  pickQuestion,
  questionById,
  type DrillQuestion,
} from '../../lib/behavioral-drill';
import { COMPETENCIES, competencyById, type CompetencyId } from '../../lib/competencies';
import { elapsedMs, finishTimer, formatClock, nextPhase, phaseIndex, phaseTimes, startTimer, type TimerState } from '../../lib/case-timer';
import { saveDrill, saveDrillChecks } from '../../stores/behavioral-drills';
import { useAppState } from '../shared/use-app-store';
import { useAnnouncer } from '../case-timer/use-announcer';
import { useTickingClock } from '../case-timer/use-ticking-clock';
import './practice.css';

interface Props {
  /** Worked-story page per competency id (already carrying the base path). */
  storyLinks: Record<string, string>;
}

type Stage = 'ready' | 'answering' | 'done';

const ZONE_WORDS = {
  early: 'Keep going: aim for at least two minutes.',
  'in-range': 'Good length. Land the result with its number.',
  'wrap-up': 'Wrap up now: one sentence of result and what you learned.',
  over: 'Over three minutes. Finish in one sentence.',
} as const;

const MARKS = pacingMarks();
const SCALE_MS = ANSWER_MAX_MS;
const percent = (ms: number) => `${Math.min(100, (ms / SCALE_MS) * 100)}%`;

export default function BehavioralDrill({ storyLinks }: Props) {
  const hydrated = useAppState((s) => s.hydrated);
  const saved = useAppState((s) => s.saved);
  const [mounted, setMounted] = useState(false);
  const [competency, setCompetency] = useState<CompetencyId | ''>('');
  const [question, setQuestion] = useState<DrillQuestion | null>(null);
  const [stage, setStage] = useState<Stage>('ready');
  const [clock, setClock] = useState<TimerState | null>(null);
  const [drillId, setDrillId] = useState<string | null>(null);
  const [announcement, announce] = useAnnouncer();
  const startRef = useRef<HTMLButtonElement>(null);
  const stopRef = useRef<HTMLButtonElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const ready = mounted && hydrated;

  const drills = useMemo(() => {
    const list: [string, Drill][] = [];
    for (const [id, record] of Object.entries(saved.drills)) if (isLive(record)) list.push([id, record as Drill]);
    return list.sort((a, b) => Date.parse(b[1].answeredAt) - Date.parse(a[1].answeredAt));
  }, [saved]);
  const drilledCounts = useMemo(() => {
    const counts: Record<string, number> = {};
    for (const [, drill] of drills) counts[drill.questionId] = (counts[drill.questionId] ?? 0) + 1;
    return counts;
  }, [drills]);

  useEffect(() => setMounted(true), []);
  // Stages change only when the reader presses a button, so focus follows to the control that matters next.
  const previousStage = useRef<Stage>('ready');
  useEffect(() => {
    if (stage === 'answering') stopRef.current?.focus();
    else if (stage === 'done') resultRef.current?.focus();
    else if (previousStage.current === 'done' && (!document.activeElement || document.activeElement === document.body)) startRef.current?.focus();
    previousStage.current = stage;
  }, [stage]);
  // `?drill=<story id>` comes from the story bank: practise that story against a question for its main competency.
  const practising = useMemo(() => {
    if (!ready) return undefined;
    const id = new URLSearchParams(window.location.search).get('drill');
    const record = id ? saved.userStories[id] : undefined;
    return record && isLive(record) ? (record as UserStory) : undefined;
  }, [ready, saved]);
  useEffect(() => {
    if (!ready || question) return;
    const strongest = practising
      ? (Object.entries(practising.competencies).sort((a, b) => (b[1] === 'primary' ? 1 : 0) - (a[1] === 'primary' ? 1 : 0))[0]?.[0] as CompetencyId | undefined)
      : undefined;
    setQuestion(pickQuestion({ ...(strongest && competencyById(strongest) ? { competency: strongest } : {}), drilled: drilledCounts }));
  }, [ready, question, drilledCounts, practising]);

  const running = stage === 'answering' && clock !== null && clock.finishedAt === null;
  const now = useTickingClock(running, [clock?.startedAt ?? 0], () => undefined);
  const elapsed = clock ? elapsedMs(clock, now) : 0;
  const expected = expectedPart(elapsed);
  const marked = clock ? phaseIndex(clock) : 0;
  const zone = answerZone(elapsed);

  // Spoken pacing cues: when the expected part changes and when the answer reaches the end of its window.
  const lastCue = useRef({ part: 0, zone: 'early' as string });
  useEffect(() => {
    if (!running) {
      lastCue.current = { part: 0, zone: 'early' };
      return;
    }
    if (expected !== lastCue.current.part) announce(`Move to the ${STAR_PARTS[expected]?.label.toLowerCase() ?? 'result'}.`);
    else if (zone !== lastCue.current.zone && (zone === 'wrap-up' || zone === 'over')) announce(ZONE_WORDS[zone]);
    lastCue.current = { part: expected, zone };
  }, [running, expected, zone, announce]);

  function draw(nextCompetency: CompetencyId | '' = competency) {
    setQuestion(pickQuestion({ competency: nextCompetency || undefined, drilled: drilledCounts, avoid: question?.id }));
    setStage('ready');
    setClock(null);
    setDrillId(null);
  }

  function start() {
    setClock(startTimer(Date.now()));
    setStage('answering');
    announce('Answer started. Situation first, in one or two sentences.');
  }

  function markNext() {
    if (!clock) return;
    const next = nextPhase(clock, STAR_PARTS.length, Date.now());
    setClock(next);
    const part = STAR_PARTS[phaseIndex(next)];
    if (part) announce(`${part.label}.`);
  }

  function stop() {
    if (!clock || !question) return;
    const finished = finishTimer(clock, Date.now());
    setClock(finished);
    setStage('done');
    const total = elapsedMs(finished, Date.now());
    const parts = phaseIndex(finished) > 0 ? phaseTimes(finished, Date.now()) : [];
    setDrillId(saveDrill(question, total, parts));
    announce(`Stopped at ${formatClock(total)}.`);
  }

  const finishedClock = stage === 'done' && clock ? clock : null;
  const total = finishedClock ? elapsedMs(finishedClock, now) : 0;
  const assessment = finishedClock ? assessAnswer(total, phaseIndex(finishedClock) > 0 ? phaseTimes(finishedClock, now) : []) : null;
  const currentDrill = drillId ? saved.drills[drillId] : undefined;
  const checks = isLive(currentDrill) ? (currentDrill as Drill).checks : [];
  const competencyInfo = question ? competencyById(question.competency) : undefined;

  return (
    <section className="drill" aria-labelledby="drill-heading">
      <h2 id="drill-heading">Behavioral drill</h2>
      <p>
        Answer out loud, as you would in the room. A strong answer runs two to three minutes: a short situation and task, the action as the
        longest part, and a result with a number.
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      <div className="drill__choose">
        <label htmlFor="drill-competency">Competency</label>
        <select
          id="drill-competency"
          value={competency}
          disabled={stage === 'answering'}
          onChange={(event) => {
            const value = event.target.value as CompetencyId | '';
            setCompetency(value);
            draw(value);
          }}
        >
          <option value="">Any, least practised first</option>
          {COMPETENCIES.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => draw()} disabled={!ready || stage === 'answering'}>
          Another question
        </button>
      </div>

      {practising && (
        <details className="drill__story">
          <summary>Practising your story: {practising.title || 'Untitled story'}</summary>
          {(['situation', 'task', 'action', 'result'] as const).map((part) => (
            <p key={part}>
              <strong>{part[0]!.toUpperCase() + part.slice(1)}:</strong> {practising[part]}
            </p>
          ))}
        </details>
      )}

      <figure className="drill__question">
        <blockquote>
          <p>{question ? `“${question.text}”` : 'Drawing a question…'}</p>
        </blockquote>
        {competencyInfo && (
          <figcaption className="meta">
            {competencyInfo.title}: {competencyInfo.probes}
          </figcaption>
        )}
      </figure>

      {stage === 'ready' && (
        <div className="timer-controls">
          <button ref={startRef} type="button" className="button-primary" onClick={start} disabled={!question}>
            Start answer
          </button>
          <span className="meta">Take a breath and pick your story first: the clock starts when you start speaking.</span>
        </div>
      )}

      {stage !== 'ready' && clock && (
        <div className={`drill-clock drill-clock--${zone}`}>
          <div role="timer" className="drill-clock__time">
            <span className="drill-clock__digits">{formatClock(stage === 'done' ? total : elapsed)}</span>{' '}
            <span className="meta">
              aim for {formatClock(ANSWER_MIN_MS)} to {formatClock(ANSWER_MAX_MS)}
            </span>
          </div>
          {stage === 'answering' && (
            <p className="drill-clock__cue">
              <strong>Now: {STAR_PARTS[expected]?.label}.</strong> {STAR_PARTS[expected]?.cue} <span className="drill-clock__zone">{ZONE_WORDS[zone]}</span>
            </p>
          )}
          <div className="star-bar" aria-hidden="true">
            {MARKS.map((mark) => (
              <span key={mark.id} className={`star-bar__part star-bar__part--${mark.id}`} style={{ left: percent(mark.startMs), width: percent(mark.endMs - mark.startMs) }}>
                {mark.label.charAt(0)}
              </span>
            ))}
            <span className="star-bar__wrap" style={{ left: percent(ANSWER_TARGET_MS), width: percent(ANSWER_MAX_MS - ANSWER_TARGET_MS) }} />
            <span className="star-bar__now" style={{ left: percent(stage === 'done' ? total : elapsed) }} />
          </div>
          <p className="star-marks meta">
            Pacing marks: {MARKS.map((mark) => `${mark.label} by ${formatClock(mark.endMs)}`).join(' · ')} · done by {formatClock(ANSWER_MAX_MS)}.
          </p>
          {stage === 'answering' && (
            <div className="timer-controls">
              <button type="button" onClick={markNext} disabled={marked >= STAR_PARTS.length - 1}>
                Next part{marked < STAR_PARTS.length - 1 ? ` (${STAR_PARTS[marked + 1]?.label})` : ''}
              </button>
              <button ref={stopRef} type="button" className="button-primary" onClick={stop}>
                Stop
              </button>
              <span className="meta">
                Press Next part as you move from {STAR_PARTS.map((p) => p.label.toLowerCase()).join(' to ')} to see where your time went
                (optional).
              </span>
            </div>
          )}
        </div>
      )}

      {stage === 'done' && assessment && (
        <div className="drill__result">
          <h3 ref={resultRef} tabIndex={-1}>
            How did it go?
          </h3>
          <p className={`drill__verdict drill__verdict--${assessment.verdict}`}>
            <strong>{formatClock(total)}.</strong> {assessment.message}
          </p>
          {assessment.parts.length > 0 && (
            <table className="drill__parts">
              <caption>Time in each part against its mark</caption>
              <thead>
                <tr>
                  <th scope="col">Part</th>
                  <th scope="col">Took</th>
                  <th scope="col">Aim</th>
                </tr>
              </thead>
              <tbody>
                {assessment.parts.map((part) => (
                  <tr key={part.id}>
                    <th scope="row">{part.label}</th>
                    <td className={part.verdict === 'long' || part.verdict === 'missing' ? 'is-over' : undefined}>
                      {part.verdict === 'missing' ? 'not reached' : formatClock(part.actualMs)}
                      {part.verdict === 'long' && ' (long)'}
                      {part.verdict === 'short' && ' (short)'}
                    </td>
                    <td>{formatClock(part.budgetMs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {assessment.advice.length > 0 && (
            <ul className="drill__advice">
              {assessment.advice.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <fieldset className="drill__checks">
            <legend>Self-check: tick what was true of your answer</legend>
            {SELF_CHECKS.map((check) => (
              <label key={check.id}>
                <input
                  type="checkbox"
                  checked={checks.includes(check.id)}
                  disabled={!drillId}
                  onChange={(event) =>
                    drillId && saveDrillChecks(drillId, event.target.checked ? [...checks, check.id] : checks.filter((id) => id !== check.id))
                  }
                />{' '}
                {check.label}
              </label>
            ))}
          </fieldset>
          <p className="meta">
            {checks.length} of {SELF_CHECKS.length} ticked. Anything unticked is what to fix on the next telling.
          </p>
          <div className="timer-controls">
            <button type="button" className="button-primary" onClick={() => draw()}>
              Next question
            </button>
            <button type="button" onClick={start}>
              Answer this one again
            </button>
            {question && storyLinks[question.competency] && (
              <a href={storyLinks[question.competency]}>Worked stories for {competencyInfo?.title.toLowerCase()}</a>
            )}
          </div>
        </div>
      )}

      {ready && drills.length > 0 && (
        <details className="drill__recent">
          <summary>Your recent answers ({drills.length})</summary>
          <ul>
            {drills.slice(0, 8).map(([id, drill]) => (
              <li key={id}>
                {new Date(drill.answeredAt).toLocaleDateString(undefined, { day: 'numeric', month: 'short' })} ·{' '}
                {competencyById(drill.competency)?.title ?? drill.competency} · {formatClock(drill.durationMs)}
                {drill.durationMs < ANSWER_MIN_MS ? ' (short)' : drill.durationMs > ANSWER_MAX_MS ? ' (long)' : ''} · {drill.checks.length} of{' '}
                {SELF_CHECKS.length} checks
                <span className="visually-hidden">: {questionById(drill.questionId)?.text ?? ''}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
