/**
 * The critical-path planner: edit tasks in a table or paste a CSV, and see early and late start and finish, float, the
 * critical path and a Gantt chart. It opens with the lesson's worked example until the reader makes the plan their own.
 */
import { memo, useCallback, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { isLive, type CriticalPathPlan } from '../../lib/app-state';
import { MAX_TASKS, nearCritical, renameTask, solvePlan, type PlanProblem, type PlanResult, type TaskRow } from '../../lib/critical-path-engine';
import { parsePlanCsv, planToCsv } from '../../lib/critical-path-csv';
import { MAIN_ID, resetPlan, savePlan } from '../../stores/tools';
import StorageNotices from '../shared/StorageNotices';
import { useAppState } from '../shared/use-app-store';
import GanttChart from './GanttChart';
import { formatDays } from './format';
import '../tools-shared/tools.css';
import { downloadText } from '../shared/download';
import './critical-path-planner.css';

export interface PlannerProps {
  example: { name: string; tasks: TaskRow[] };
  lessonUrl: string;
  lessonTitle: string;
}

const BLANK: TaskRow = { id: '', name: '', duration: '', dependsOn: '' };

/** The next free id: the next letter while ids are single letters (A, B, C…), otherwise T1, T2… */
export function nextTaskId(rows: readonly TaskRow[]): string {
  const used = new Set(rows.map((row) => row.id.trim().toUpperCase()).filter(Boolean));
  const letters = [...used].every((id) => /^[A-Z]$/.test(id));
  if (letters) {
    const last = Math.max(64, ...[...used].map((id) => id.charCodeAt(0)));
    if (last < 90) return String.fromCharCode(last + 1);
  }
  let n = rows.length + 1;
  while (used.has(`T${n}`)) n += 1;
  return `T${n}`;
}

type Field = keyof TaskRow;
const PROBLEM_FIELD: Record<PlanProblem['kind'], Field | null> = {
  empty: null,
  'too-many': null,
  'missing-id': 'id',
  'bad-id': 'id',
  'duplicate-id': 'id',
  'missing-duration': 'duration',
  'bad-duration': 'duration',
  'negative-duration': 'duration',
  'unknown-dependency': 'dependsOn',
  'self-dependency': 'dependsOn',
  cycle: 'dependsOn',
};

export default function CriticalPathPlanner({ example, lessonUrl, lessonTitle }: PlannerProps) {
  const uid = useId();
  const hydrated = useAppState((s) => s.hydrated);
  const saved = useAppState((s) => s.saved);
  const stored = (saved.criticalPathPlans as Record<string, CriticalPathPlan>)[MAIN_ID];
  const plan = isLive(stored) ? stored : undefined;
  const rows = plan?.tasks ?? example.tasks;
  const isExample = plan === undefined;
  const deferredRows = useDeferredValue(rows);
  const result = useMemo(() => solvePlan(deferredRows), [deferredRows]);
  const [confirm, setConfirm] = useState<'example' | 'blank' | null>(null);

  const problemIds = new Map<string, string[]>();
  if (!result.ok) {
    result.problems.forEach((problem, index) => {
      const field = PROBLEM_FIELD[problem.kind];
      for (const row of problem.rows) {
        const key = `${row}:${field ?? 'row'}`;
        problemIds.set(key, [...(problemIds.get(key) ?? []), `${uid}-problem-${index}`]);
      }
    });
  }

  // Row callbacks read the latest plan through a ref, so they keep their identity and unchanged rows skip rendering.
  const latest = useRef({ rows, name: plan?.name ?? (isExample ? example.name : '') });
  latest.current = { rows, name: plan?.name ?? (isExample ? example.name : '') };
  const change = useCallback((index: number, field: Field, value: string) => {
    const { rows: current, name } = latest.current;
    if (field === 'id') {
      savePlan(renameTask(current, index, value), name);
      return;
    }
    const next = current.slice();
    next[index] = { ...(current[index] ?? BLANK), [field]: value };
    savePlan(next, name);
  }, []);
  const removeRow = useCallback((index: number) => {
    const { rows: current, name } = latest.current;
    savePlan(
      current.filter((_, i) => i !== index),
      name,
    );
  }, []);
  const addRow = () => savePlan([...rows, { ...BLANK, id: nextTaskId(rows) }], latest.current.name);

  if (!hydrated) return <p className="tool-loading">Loading your plan…</p>;

  return (
    <div className="planner">
      <StorageNotices />
      {isExample ? (
        <div className="tool-message">
          <p>
            This is the worked example from the lesson <a href={lessonUrl}>{lessonTitle}</a>: {example.name.toLowerCase()}, {example.tasks.length}{' '}
            tasks. Edit any cell to make it your own plan, or start a blank one.
          </p>
        </div>
      ) : null}

      <h2 id={`${uid}-tasks`}>Tasks</h2>
      <p className="field__hint">
        Durations in working days (0 for a milestone). Dependencies are task ids separated by commas; a task starts when all of them finish.
      </p>
      <div className="table-scroll planner__editor" role="region" aria-labelledby={`${uid}-tasks`} tabIndex={0}>
        <table className="planner__table">
          <thead>
            <tr>
              <th scope="col">ID</th>
              <th scope="col">Task</th>
              <th scope="col">Days</th>
              <th scope="col">Depends on</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <EditorRow
                key={index}
                index={index}
                row={row}
                errors={{
                  id: problemIds.get(`${index + 1}:id`)?.join(' '),
                  name: undefined,
                  duration: problemIds.get(`${index + 1}:duration`)?.join(' '),
                  dependsOn: problemIds.get(`${index + 1}:dependsOn`)?.join(' '),
                }}
                onChange={change}
                onRemove={removeRow}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div className="tool-actions">
        <button type="button" onClick={addRow} disabled={rows.length >= MAX_TASKS}>
          Add task
        </button>
        {confirm ? (
          <>
            <span>{confirm === 'example' ? 'Replace your plan with the worked example?' : 'Replace your plan with a blank one?'}</span>
            <button
              type="button"
              className="button-danger"
              onClick={() => {
                if (confirm === 'example') resetPlan();
                else savePlan([{ ...BLANK, id: 'A' }], '');
                setConfirm(null);
              }}
            >
              Replace
            </button>
            <button type="button" onClick={() => setConfirm(null)}>
              Cancel
            </button>
          </>
        ) : (
          <>
            {!isExample && (
              <button type="button" onClick={() => setConfirm('example')}>
                Load the worked example
              </button>
            )}
            <button type="button" onClick={() => (isExample ? savePlan([{ ...BLANK, id: 'A' }], '') : setConfirm('blank'))}>
              Start a blank plan
            </button>
          </>
        )}
      </div>

      <CsvPanel rows={rows} onImport={(imported) => savePlan(imported, '')} />

      <Results result={result} uid={uid} />
    </div>
  );
}

interface RowProps {
  index: number;
  row: TaskRow;
  errors: Record<Field, string | undefined>;
  onChange: (index: number, field: Field, value: string) => void;
  onRemove: (index: number) => void;
}

const EditorRow = memo(
  function EditorRow({ index, row, errors, onChange, onRemove }: RowProps) {
    const who = row.id.trim() ? `task ${row.id.trim()}` : `row ${index + 1}`;
    const input = (field: Field, label: string, className: string, inputMode?: 'decimal') => (
      <input
        type="text"
        className={className}
        value={row[field]}
        aria-label={label}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={errors[field]}
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={field === 'name'}
        onChange={(event) => onChange(index, field, event.target.value)}
      />
    );
    const invalid = Object.values(errors).some(Boolean);
    return (
      <tr className={invalid ? 'planner__row planner__row--invalid' : 'planner__row'} data-row={index + 1}>
        <td>{input('id', `ID of row ${index + 1}`, 'planner__id')}</td>
        <td>{input('name', `Name of ${who}`, 'planner__name')}</td>
        <td>{input('duration', `Duration of ${who} in working days`, 'planner__duration', 'decimal')}</td>
        <td>{input('dependsOn', `Dependencies of ${who}`, 'planner__deps')}</td>
        <td>
          <button type="button" className="planner__remove" aria-label={`Remove ${who}`} onClick={() => onRemove(index)}>
            <span aria-hidden="true">✕</span>
          </button>
        </td>
      </tr>
    );
  },
  (a, b) =>
    a.row === b.row &&
    a.index === b.index &&
    a.onChange === b.onChange &&
    a.onRemove === b.onRemove &&
    a.errors.id === b.errors.id &&
    a.errors.duration === b.errors.duration &&
    a.errors.dependsOn === b.errors.dependsOn,
);

function CsvPanel({ rows, onImport }: { rows: readonly TaskRow[]; onImport: (rows: TaskRow[]) => void }) {
  const uid = useId();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ tone: 'ok' | 'warn' | 'danger'; lines: string[] } | null>(null);

  const importCsv = () => {
    const parsed = parsePlanCsv(text);
    if (parsed.rows.length === 0) {
      setMessage({ tone: 'danger', lines: parsed.problems });
      return;
    }
    onImport(parsed.rows);
    setMessage({
      tone: parsed.problems.length > 0 ? 'warn' : 'ok',
      lines: [`Imported ${parsed.rows.length.toLocaleString('en-US')} ${parsed.rows.length === 1 ? 'task' : 'tasks'}.`, ...parsed.problems],
    });
    setText('');
  };
  const download = () => downloadText(planToCsv(rows), 'critical-path-plan.csv', 'text/csv');

  return (
    <details className="planner__csv">
      <summary>Paste or download CSV</summary>
      <div className="field">
        <label htmlFor={`${uid}-csv`}>CSV to import</label>
        <span className="field__hint" id={`${uid}-csv-hint`}>
          One task per line: id, name, duration, dependencies (for example <code>H,Load test,4,"B, C"</code>). A header row, cells copied from a
          spreadsheet, or a Markdown table all work. Importing replaces the plan.
        </span>
        <textarea
          id={`${uid}-csv`}
          rows={6}
          value={text}
          aria-describedby={`${uid}-csv-hint`}
          spellCheck={false}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="tool-actions">
        <button type="button" className="button-primary" onClick={importCsv}>
          Replace the plan with this CSV
        </button>
        <button type="button" onClick={download}>
          Download the plan as CSV
        </button>
      </div>
      {message && (
        <div className={`tool-message tool-message--${message.tone}`} role={message.tone === 'danger' ? 'alert' : 'status'}>
          {message.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </details>
  );
}

function Results({ result, uid }: { result: PlanResult; uid: string }) {
  if (!result.ok) {
    return (
      <section aria-labelledby={`${uid}-schedule`} className="planner__results">
        <h2 id={`${uid}-schedule`}>Schedule</h2>
        <div className="tool-message tool-message--danger" role="status">
          <p>
            <strong>
              {result.problems[0]?.kind === 'empty'
                ? 'Nothing to schedule yet.'
                : `The plan cannot be scheduled until ${result.problems.length === 1 ? 'this is' : `these ${result.problems.length} problems are`} fixed:`}
            </strong>
          </p>
          <ul className="planner__problems">
            {result.problems.slice(0, 50).map((problem, index) => (
              <li key={`${problem.kind}-${index}`} id={`${uid}-problem-${index}`}>
                {problem.message}
              </li>
            ))}
          </ul>
          {result.problems.length > 50 && <p>…and {result.problems.length - 50} more.</p>}
        </div>
      </section>
    );
  }
  const { tasks, finish, criticalPaths } = result;
  const path = criticalPaths[0] ?? [];
  const byId = new Map(tasks.map((task) => [task.id, task]));
  const near = nearCritical(tasks, finish);
  return (
    <section aria-labelledby={`${uid}-schedule`} className="planner__results">
      <h2 id={`${uid}-schedule`}>Schedule</h2>
      <div className="planner__summary" role="status">
        <p>
          The plan takes <strong>{formatDays(finish)} working days</strong>.
        </p>
        <p>
          Critical path: <strong className="planner__path">{path.join(' → ')}</strong>{' '}
          <span className="meta">
            ({path.map((id) => formatDays(byId.get(id)?.duration ?? 0)).join(' + ')} = {formatDays(finish)})
          </span>
        </p>
        {criticalPaths.length > 1 && (
          <p>
            Also critical:{' '}
            {criticalPaths
              .slice(1)
              .map((other) => other.join(' → '))
              .join('; ')}
            .
          </p>
        )}
        {near.length > 0 && (
          <p>
            Near-critical (float within 10% of the length):{' '}
            {near
              .slice(0, 8)
              .map((task) => `${task.id} (${formatDays(task.totalFloat)} ${task.totalFloat === 1 ? 'day' : 'days'})`)
              .join(', ')}
            .
          </p>
        )}
      </div>
      <GanttChart tasks={tasks} finish={finish} criticalPath={path} />
      <div className="table-scroll" role="region" aria-labelledby={`${uid}-table-caption`} tabIndex={0}>
        <table className="planner__schedule">
          <caption id={`${uid}-table-caption`}>Early and late start and finish, and float, in working days</caption>
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col">Duration</th>
              <th scope="col">Early start</th>
              <th scope="col">Early finish</th>
              <th scope="col">Late start</th>
              <th scope="col">Late finish</th>
              <th scope="col">Total float</th>
              <th scope="col">Free float</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task, index) => (
              <tr key={`${task.id}-${index}`} className={task.critical ? 'planner__critical' : undefined} data-task={task.id}>
                <th scope="row">
                  <span className="planner__task-id">{task.id}</span> <span className="user-text">{task.name}</span>
                  {task.critical && <span className="planner__badge">critical</span>}
                  {task.milestone && <span className="planner__badge planner__badge--milestone">milestone</span>}
                </th>
                <td>{formatDays(task.duration)}</td>
                <td>{formatDays(task.earlyStart)}</td>
                <td>{formatDays(task.earlyFinish)}</td>
                <td>{formatDays(task.lateStart)}</td>
                <td>{formatDays(task.lateFinish)}</td>
                <td data-col="total-float">{formatDays(task.totalFloat)}</td>
                <td>{formatDays(task.freeFloat)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
