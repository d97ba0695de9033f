/**
 * The round's phases with their budgets and prompts. Before an attempt (and with JavaScript off) it is the case's
 * agenda; during one it also shows where the round is and each finished phase's time against its budget.
 */
import { formatClock, formatDelta, type PhaseResult } from '../../lib/case-timer';
import type { TimerPhase } from './types';

interface Props {
  phases: TimerPhase[];
  /** Phase results of the running attempt, by position; absent before an attempt. */
  results?: PhaseResult[] | undefined;
  /** Whether to list each phase's prompts (the running phase shows its own prompts elsewhere). */
  showPrompts: boolean;
}

export default function Agenda({ phases, results, showPrompts }: Props) {
  return (
    <ol className="agenda-list">
      {phases.map((phase, index) => {
        const result = results?.[index];
        const state = result?.state;
        return (
          <li key={phase.id} className={`agenda-list__phase${state ? ` agenda-list__phase--${state}` : ''}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="agenda-list__title">
              <strong>{phase.title}</strong> <span className="meta">({phase.minutes} min)</span>
              {state === 'current' && <span className="pill agenda-list__now">Now</span>}
              {state === 'done' && result && (
                <span className={`agenda-list__time${result.deltaMs > 0 ? ' is-over' : ''}`}>
                  {' '}
                  took {formatClock(result.actualMs)} ({formatDelta(result.deltaMs)})
                </span>
              )}
            </span>
            {showPrompts && (
              <ul className="agenda-list__prompts">
                {phase.prompts.map((prompt) => (
                  <li key={prompt}>{prompt}</li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
