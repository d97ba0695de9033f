/**
 * The critical path method: a forward pass for early start and finish, a backward pass for late start and finish,
 * total and free float, and the zero-float chain that sets the end date (see the lesson "The critical path method,
 * worked by hand"). Input comes from a form or a CSV, so every mistake a reader can type is reported by task.
 *
 * Durations are working days; day numbers mark the end of a day, so a task with early start 5 begins on day 6.
 */

/** One row as the reader typed it. Durations and dependencies stay text so a half-typed row can be reported. */
export interface TaskRow {
  id: string;
  name: string;
  duration: string;
  /** Predecessor ids separated by commas, spaces, semicolons or bars; "—", "-" or "none" mean none. */
  dependsOn: string;
}

export interface ScheduledTask {
  id: string;
  name: string;
  /** 1-based row in the plan as entered. */
  row: number;
  duration: number;
  predecessors: string[];
  successors: string[];
  earlyStart: number;
  earlyFinish: number;
  lateStart: number;
  lateFinish: number;
  totalFloat: number;
  freeFloat: number;
  critical: boolean;
  /** Zero duration: a point in time such as a sign-off or a launch. */
  milestone: boolean;
}

export type ProblemKind =
  | 'empty'
  | 'too-many'
  | 'missing-id'
  | 'bad-id'
  | 'duplicate-id'
  | 'missing-duration'
  | 'bad-duration'
  | 'negative-duration'
  | 'unknown-dependency'
  | 'self-dependency'
  | 'cycle';

export interface PlanProblem {
  kind: ProblemKind;
  message: string;
  /** Rows the problem is about, 1-based, for highlighting. */
  rows: number[];
}

export type PlanResult =
  | {
      ok: true;
      /** In the order entered. */
      tasks: ScheduledTask[];
      /** The program's length in working days: the largest early finish. */
      finish: number;
      /** Zero-float chains from a start to the end, task ids in order; the first is the one to quote. */
      criticalPaths: string[][];
    }
  | { ok: false; problems: PlanProblem[] };

/** The planner handles up to this many tasks; a real program network has tens to a few hundred. */
export const MAX_TASKS = 1_000;
/** Longest task id, so a pasted paragraph in the id column is reported instead of drawn. */
export const MAX_ID_LENGTH = 24;
/** At most this many critical chains are listed; parallel critical branches can multiply. */
const MAX_PATHS = 10;
const EPSILON = 1e-9;

const DURATION = /^(\d+(?:\.\d+)?|\.\d+)\s*(?:d|days?|working days?)?$/i;
const NO_DEPENDENCIES = /^(?:[—–-]+|none|n\/a|na)$/i;
const SEPARATORS = /[\s,;|]+/;

export function isBlankRow(row: TaskRow): boolean {
  return row.id.trim() === '' && row.name.trim() === '' && row.duration.trim() === '' && row.dependsOn.trim() === '';
}

/** The ids a dependency cell names, in order, without repeats. */
export function parseDependencies(cell: string): string[] {
  const trimmed = cell.trim();
  if (trimmed === '' || NO_DEPENDENCIES.test(trimmed)) return [];
  const out: string[] = [];
  for (const part of trimmed.split(SEPARATORS)) {
    if (part !== '' && !out.includes(part) && !NO_DEPENDENCIES.test(part)) out.push(part);
  }
  return out;
}

/** Parses a duration cell: a number of working days, optionally followed by "d" or "days". */
export function parseDuration(
  cell: string,
): { ok: true; value: number } | { ok: false; kind: 'missing-duration' | 'bad-duration' | 'negative-duration' } {
  const trimmed = cell.trim();
  if (trimmed === '') return { ok: false, kind: 'missing-duration' };
  if (/^[-−–]\s*(?:\d|\.\d)/.test(trimmed)) return { ok: false, kind: 'negative-duration' };
  const match = trimmed.replace(/,/g, '').match(DURATION);
  if (!match?.[1]) return { ok: false, kind: 'bad-duration' };
  const value = Number(match[1]);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, kind: 'bad-duration' };
}

function label(row: TaskRow, index: number): string {
  const id = row.id.trim();
  const name = row.name.trim();
  if (id && name) return `${id} (${shorten(name)})`;
  return id || (name ? `“${shorten(name)}”` : `row ${index + 1}`);
}

function shorten(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Schedules the plan, or explains every reason it cannot be scheduled. Blank rows are ignored. O(tasks + dependencies)
 * apart from reporting cycles.
 */
export function solvePlan(input: readonly TaskRow[]): PlanResult {
  const rows: Array<{ row: TaskRow; index: number }> = [];
  input.forEach((row, index) => {
    if (!isBlankRow(row)) rows.push({ row, index });
  });
  if (rows.length === 0)
    return { ok: false, problems: [{ kind: 'empty', message: 'The plan has no tasks yet. Add a task, or paste a CSV.', rows: [] }] };
  if (rows.length > MAX_TASKS) {
    return {
      ok: false,
      problems: [
        {
          kind: 'too-many',
          message: `The plan has ${rows.length.toLocaleString('en-US')} tasks; the planner takes up to ${MAX_TASKS.toLocaleString('en-US')}. Plan at the level of workstreams and milestones, or split the program into phases.`,
          rows: [],
        },
      ],
    };
  }

  const problems: PlanProblem[] = [];
  const byKey = new Map<string, number>();
  const durations: number[] = [];
  for (let position = 0; position < rows.length; position += 1) {
    const { row, index } = rows[position] as { row: TaskRow; index: number };
    const id = row.id.trim();
    const idKey = id.toLowerCase();
    const rowNumber = index + 1;
    if (id === '')
      problems.push({
        kind: 'missing-id',
        message: `Row ${rowNumber}${row.name.trim() ? ` (“${shorten(row.name.trim())}”)` : ''} has no task id. Give it a short id such as T${rowNumber}.`,
        rows: [rowNumber],
      });
    else if (id.length > MAX_ID_LENGTH || /[\s,;|]/.test(id)) {
      problems.push({
        kind: 'bad-id',
        message: `Row ${rowNumber}: the id “${shorten(id, 30)}” must be one short word (up to ${MAX_ID_LENGTH} characters, no spaces or commas).`,
        rows: [rowNumber],
      });
    } else if (byKey.has(idKey)) {
      const first = rows[byKey.get(idKey) ?? 0];
      const firstRow = (first?.index ?? 0) + 1;
      problems.push({
        kind: 'duplicate-id',
        message: `Task id ${id} is used twice, in rows ${firstRow} and ${rowNumber}. Each task needs its own id.`,
        rows: [firstRow, rowNumber],
      });
    } else byKey.set(idKey, position);

    const duration = parseDuration(row.duration);
    if (duration.ok) durations.push(duration.value);
    else {
      durations.push(0);
      const who = `Task ${label(row, index)}`;
      const value = shorten(row.duration.trim(), 20);
      const message =
        duration.kind === 'missing-duration'
          ? `${who} has no duration. Enter working days; use 0 for a milestone.`
          : duration.kind === 'negative-duration'
            ? `${who} has a negative duration (${value}). Durations are working days, 0 or more.`
            : `${who} has a duration of “${value}”, which is not a number of working days.`;
      problems.push({ kind: duration.kind, message, rows: [rowNumber] });
    }
  }

  const predecessors: number[][] = rows.map(() => []);
  for (let position = 0; position < rows.length; position += 1) {
    const { row, index } = rows[position] as { row: TaskRow; index: number };
    const rowNumber = index + 1;
    const unknown: string[] = [];
    for (const dependency of parseDependencies(row.dependsOn)) {
      const target = byKey.get(dependency.toLowerCase());
      if (target === undefined) unknown.push(dependency);
      else if (target === position)
        problems.push({
          kind: 'self-dependency',
          message: `Task ${label(row, index)} depends on itself. Remove ${dependency} from its dependencies.`,
          rows: [rowNumber],
        });
      else if (!predecessors[position]?.includes(target)) predecessors[position]?.push(target);
    }
    if (unknown.length > 0) {
      const names = unknown.map((id) => shorten(id, 24));
      problems.push({
        kind: 'unknown-dependency',
        message: `Task ${label(row, index)} depends on ${list(names)}, ${unknown.length === 1 ? 'which is' : 'which are'} not in the plan. Add ${unknown.length === 1 ? 'that task' : 'those tasks'} or correct the id.`,
        rows: [rowNumber],
      });
    }
  }

  const successors: number[][] = rows.map(() => []);
  predecessors.forEach((preds, task) => preds.forEach((pred) => successors[pred]?.push(task)));

  // Kahn's algorithm gives a topological order; whatever it cannot order lies on or behind a cycle.
  const indegree = predecessors.map((preds) => preds.length);
  const order: number[] = [];
  const queue: number[] = [];
  indegree.forEach((degree, task) => {
    if (degree === 0) queue.push(task);
  });
  for (let head = 0; head < queue.length; head += 1) {
    const task = queue[head] as number;
    order.push(task);
    for (const next of successors[task] ?? []) {
      indegree[next] = (indegree[next] ?? 0) - 1;
      if (indegree[next] === 0) queue.push(next);
    }
  }
  if (order.length < rows.length) {
    for (const cycle of findCycles(rows.length, predecessors, new Set(order))) {
      const ids = cycle.map((task) => rows[task]?.row.id.trim() ?? '');
      problems.push({
        kind: 'cycle',
        message: `Tasks ${[...ids, ids[0]].join(' → ')} depend on each other in a loop, so none of them can start. Remove one of those dependencies.`,
        rows: cycle.map((task) => (rows[task]?.index ?? 0) + 1),
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  // Forward pass.
  const earlyStart = new Array<number>(rows.length).fill(0);
  const earlyFinish = new Array<number>(rows.length).fill(0);
  for (const task of order) {
    let start = 0;
    for (const pred of predecessors[task] ?? []) start = Math.max(start, earlyFinish[pred] ?? 0);
    earlyStart[task] = start;
    earlyFinish[task] = start + (durations[task] ?? 0);
  }
  const finish = earlyFinish.reduce((max, value) => Math.max(max, value), 0);

  // Backward pass: a task with no successors may finish as late as the program does.
  const lateFinish = new Array<number>(rows.length).fill(finish);
  const lateStart = new Array<number>(rows.length).fill(finish);
  for (let i = order.length - 1; i >= 0; i -= 1) {
    const task = order[i] as number;
    let latest = finish;
    for (const next of successors[task] ?? []) latest = Math.min(latest, lateStart[next] ?? finish);
    lateFinish[task] = latest;
    lateStart[task] = latest - (durations[task] ?? 0);
  }

  const tasks: ScheduledTask[] = rows.map(({ row, index }, task) => {
    const es = earlyStart[task] ?? 0;
    const ef = earlyFinish[task] ?? 0;
    const ls = lateStart[task] ?? 0;
    let nextStart = finish;
    for (const next of successors[task] ?? []) nextStart = Math.min(nextStart, earlyStart[next] ?? finish);
    const totalFloat = clean(ls - es);
    return {
      id: row.id.trim(),
      name: row.name.trim(),
      row: index + 1,
      duration: durations[task] ?? 0,
      predecessors: (predecessors[task] ?? []).map((pred) => rows[pred]?.row.id.trim() ?? ''),
      successors: (successors[task] ?? []).map((next) => rows[next]?.row.id.trim() ?? ''),
      earlyStart: clean(es),
      earlyFinish: clean(ef),
      lateStart: clean(ls),
      lateFinish: clean(lateFinish[task] ?? 0),
      totalFloat,
      freeFloat: clean(nextStart - ef),
      critical: Math.abs(totalFloat) < EPSILON,
      milestone: (durations[task] ?? 0) === 0,
    };
  });

  return { ok: true, tasks, finish: clean(finish), criticalPaths: criticalPaths(tasks, order, predecessors, successors) };
}

/** Rounds away floating-point dust such as 0.30000000000000004 from fractional durations. */
function clean(value: number): number {
  const rounded = Math.round(value * 1e6) / 1e6;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * Chains of critical tasks where each one's early finish is the next one's early start, from a critical task with no
 * critical predecessor to one that ends at the finish. Depth-first, capped at MAX_PATHS.
 */
function criticalPaths(tasks: ScheduledTask[], order: number[], predecessors: number[][], successors: number[][]): string[][] {
  const isCriticalLink = (from: number, to: number) => {
    const a = tasks[from];
    const b = tasks[to];
    return Boolean(a?.critical && b?.critical && Math.abs(a.earlyFinish - b.earlyStart) < EPSILON);
  };
  const starts = order.filter((task) => tasks[task]?.critical && !(predecessors[task] ?? []).some((pred) => isCriticalLink(pred, task)));
  const paths: string[][] = [];
  const finish = Math.max(...tasks.map((task) => task.earlyFinish));
  const walk = (task: number, trail: number[]) => {
    if (paths.length >= MAX_PATHS) return;
    const next = (successors[task] ?? []).filter((succ) => isCriticalLink(task, succ));
    if (next.length === 0) {
      if (Math.abs((tasks[task]?.earlyFinish ?? 0) - finish) < EPSILON) paths.push(trail.map((t) => tasks[t]?.id ?? ''));
      return;
    }
    for (const succ of next) walk(succ, [...trail, succ]);
  };
  for (const start of starts) walk(start, [start]);
  return paths;
}

/** One cycle through each tangle of tasks that Kahn's algorithm could not order (Tarjan's strongly connected components). */
function findCycles(count: number, predecessors: number[][], ordered: Set<number>): number[][] {
  const successors: number[][] = Array.from({ length: count }, () => []);
  predecessors.forEach((preds, task) => {
    if (ordered.has(task)) return;
    for (const pred of preds) if (!ordered.has(pred)) successors[pred]?.push(task);
  });
  const index = new Array<number>(count).fill(-1);
  const low = new Array<number>(count).fill(0);
  const onStack = new Array<boolean>(count).fill(false);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (let root = 0; root < count; root += 1) {
    if (ordered.has(root) || index[root] !== -1) continue;
    // Iterative Tarjan, so a 1,000-task chain cannot overflow the call stack.
    const work: Array<{ node: number; edge: number }> = [{ node: root, edge: 0 }];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: number; edge: number };
      const edges = successors[frame.node] ?? [];
      if (frame.edge < edges.length) {
        const next = edges[frame.edge++] as number;
        if (index[next] === -1) {
          index[next] = low[next] = counter++;
          stack.push(next);
          onStack[next] = true;
          work.push({ node: next, edge: 0 });
        } else if (onStack[next]) low[frame.node] = Math.min(low[frame.node] ?? 0, index[next] ?? 0);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node] ?? 0, low[frame.node] ?? 0);
      if (low[frame.node] === index[frame.node]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop() as number;
          onStack[member] = false;
          component.push(member);
        } while (member !== frame.node);
        if (component.length > 1) components.push(component);
      }
    }
  }
  return components.slice(0, 5).map((component) => cycleWithin(component, successors));
}

/** A shortest loop from the component's first task (in plan order) back to itself, by breadth-first search. */
function cycleWithin(component: number[], successors: number[][]): number[] {
  const members = new Set(component);
  const start = Math.min(...component);
  const parent = new Map<number, number>();
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head] as number;
    for (const next of successors[node] ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const cycle = [node];
        let step = node;
        while (step !== start) {
          step = parent.get(step) as number;
          cycle.push(step);
        }
        return cycle.reverse();
      }
      if (!parent.has(next)) {
        parent.set(next, node);
        queue.push(next);
      }
    }
  }
  return component;
}

/**
 * Tasks off the critical path whose float is within `share` of the program's length (10% by default): a small slip
 * makes them critical, so they deserve the same attention.
 */
export function nearCritical(tasks: readonly ScheduledTask[], finish: number, share = 0.1): ScheduledTask[] {
  return tasks.filter((task) => !task.critical && task.totalFloat <= finish * share + EPSILON).sort((a, b) => a.totalFloat - b.totalFloat);
}

/**
 * Changes a task's id and, when the old id named only that task and the new one is free, rewrites the dependencies
 * that pointed at it, so renaming "B" to "INFRA" does not break every task that waits on it.
 */
export function renameTask(rows: readonly TaskRow[], index: number, id: string): TaskRow[] {
  const current = rows[index];
  if (!current) return rows.slice();
  const next = rows.slice();
  next[index] = { ...current, id };
  const from = current.id.trim().toLowerCase();
  const to = id.trim();
  const clash = (value: string) => rows.some((row, i) => i !== index && row.id.trim().toLowerCase() === value);
  if (from === '' || to === '' || from === to.toLowerCase() || clash(from) || clash(to.toLowerCase()) || /[\s,;|]/.test(to)) return next;
  for (const [i, row] of next.entries()) {
    if (i === index || !row.dependsOn.trim()) continue;
    const parts = row.dependsOn.split(/([\s,;|]+)/);
    let changed = false;
    const rewritten = parts.map((part) => {
      if (part.toLowerCase() !== from) return part;
      changed = true;
      return to;
    });
    if (changed) next[i] = { ...row, dependsOn: rewritten.join('') };
  }
  return next;
}
