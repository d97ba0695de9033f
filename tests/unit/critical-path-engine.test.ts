import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_TASKS,
  nearCritical,
  parseDependencies,
  parseDuration,
  renameTask,
  solvePlan,
  type PlanResult,
  type ProblemKind,
  type TaskRow,
} from '../../src/lib/critical-path-engine';
import { parsePlanCsv, planToCsv } from '../../src/lib/critical-path-csv';
import { CRITICAL_PATH_EXAMPLE } from '../../src/data/practice-examples';

const row = (id: string, duration: string | number, dependsOn = '', name = ''): TaskRow => ({ id, name, duration: String(duration), dependsOn });
const solved = (rows: TaskRow[]) => {
  const result = solvePlan(rows);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result;
};
const problems = (rows: TaskRow[]) => {
  const result = solvePlan(rows);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
};
const lessonFile = join(import.meta.dirname, '..', '..', 'content', 'lessons', 'program-execution', 'critical-path-method.mdx');

/** The rows of the first Markdown table under a heading, as arrays of cells. */
function tableAfter(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(heading);
  const lines = markdown.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    if (/^\|\s*-/.test(line)) continue;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/\*\*/g, '')),
    );
  }
  return rows.slice(1);
}

describe('the worked example from the critical-path lesson', () => {
  const lesson = readFileSync(lessonFile, 'utf8');

  it('matches the lesson’s task table', () => {
    const table = tableAfter(lesson, '## Worked example');
    expect(table.map(([id, name, , duration, deps]) => [id, name, duration, deps === '—' ? '' : deps])).toEqual(
      CRITICAL_PATH_EXAMPLE.tasks.map((task) => [task.id, task.name, task.duration, task.dependsOn]),
    );
  });

  it('reproduces the lesson’s forward pass, backward pass and float table', () => {
    const result = solved(CRITICAL_PATH_EXAMPLE.tasks);
    const table = tableAfter(lesson, '### Step 3');
    expect(
      result.tasks.map((t) => [t.id, t.duration, t.earlyStart, t.earlyFinish, t.lateStart, t.lateFinish, t.totalFloat, t.freeFloat].map(String)),
    ).toEqual(table);
    expect(result.finish).toBe(34);
    expect(result.criticalPaths).toEqual([['A', 'C', 'G', 'I', 'J']]);
  });

  it('answers the lesson’s check-yourself questions', () => {
    const withF = CRITICAL_PATH_EXAMPLE.tasks.map((t) => (t.id === 'F' ? { ...t, duration: '12' } : t));
    expect(solved(withF).finish).toBe(35);
    expect(solved(withF).criticalPaths).toEqual([['A', 'C', 'F', 'J']]);
    const apiOnly = CRITICAL_PATH_EXAMPLE.tasks.map((t) => (t.id === 'I' ? { ...t, dependsOn: 'C, D' } : t));
    expect(solved(apiOnly).finish).toBe(33);
    expect(solved(apiOnly).criticalPaths).toEqual([['A', 'C', 'E', 'J']]);
  });

  it('names iOS and Android as near-critical', () => {
    const result = solved(CRITICAL_PATH_EXAMPLE.tasks);
    expect(nearCritical(result.tasks, result.finish).map((t) => [t.id, t.totalFloat])).toEqual([
      ['E', 1],
      ['F', 2],
    ]);
  });
});

describe('solvePlan on known networks', () => {
  it('schedules a chain', () => {
    const result = solved([row('A', 3), row('B', 4, 'A'), row('C', 2, 'B')]);
    expect(result.tasks.map((t) => [t.earlyStart, t.earlyFinish, t.totalFloat])).toEqual([
      [0, 3, 0],
      [3, 7, 0],
      [7, 9, 0],
    ]);
    expect(result.criticalPaths).toEqual([['A', 'B', 'C']]);
  });

  it('lists two parallel critical branches', () => {
    const result = solved([row('A', 2), row('B', 5, 'A'), row('C', 5, 'A'), row('D', 1, 'B C')]);
    expect(result.criticalPaths).toEqual([
      ['A', 'B', 'D'],
      ['A', 'C', 'D'],
    ]);
  });

  it('gives disconnected tasks float against the program’s end', () => {
    const result = solved([row('A', 10), row('B', 4), row('C', 3, 'B'), row('X', 2)]);
    expect(result.finish).toBe(10);
    expect(result.tasks.map((t) => [t.id, t.totalFloat, t.freeFloat, t.critical])).toEqual([
      ['A', 0, 0, true],
      ['B', 3, 0, false],
      ['C', 3, 3, false],
      ['X', 8, 8, false],
    ]);
    expect(result.criticalPaths).toEqual([['A']]);
  });

  it('handles zero-duration milestones at the start, middle and end', () => {
    const result = solved([row('KICKOFF', 0), row('A', 5, 'KICKOFF'), row('GATE', 0, 'A'), row('B', 3, 'GATE'), row('LAUNCH', 0, 'B')]);
    expect(result.finish).toBe(8);
    const gate = result.tasks.find((t) => t.id === 'GATE');
    expect(gate).toMatchObject({ earlyStart: 5, earlyFinish: 5, milestone: true, critical: true });
    expect(result.criticalPaths).toEqual([['KICKOFF', 'A', 'GATE', 'B', 'LAUNCH']]);
  });

  it('schedules a plan of milestones only', () => {
    const result = solved([row('M1', 0), row('M2', 0, 'M1')]);
    expect(result.finish).toBe(0);
    expect(result.tasks.every((t) => t.critical)).toBe(true);
  });

  it('accepts fractional days, units, lower-case ids and "—" for none', () => {
    const result = solved([row('a', '0.5'), row('B', '1.25 days', 'A'), row('C', '2d', '—'), row('D', '0.1', 'b, c')]);
    expect(result.finish).toBe(2.1);
    expect(result.tasks.find((t) => t.id === 'D')?.earlyStart).toBe(2);
    expect(result.tasks.find((t) => t.id === 'D')?.predecessors).toEqual(['B', 'C']);
  });

  it('ignores blank rows and repeated dependencies', () => {
    const result = solved([row('A', 1), row('', '', ''), row('B', 1, 'A, A; A')]);
    expect(result.tasks).toHaveLength(2);
    expect(result.tasks[1]?.predecessors).toEqual(['A']);
    expect(result.tasks[1]?.row).toBe(3);
  });
});

describe('solvePlan reports bad plans by task', () => {
  const cases: Array<[string, TaskRow[], ProblemKind, RegExp]> = [
    ['an empty plan', [], 'empty', /no tasks yet/],
    ['only blank rows', [row('', ''), row('', '')], 'empty', /no tasks yet/],
    ['a cycle', [row('A', 1, 'C'), row('B', 1, 'A'), row('C', 1, 'B')], 'cycle', /A → B → C → A/],
    ['a two-task loop behind a good task', [row('S', 1), row('X', 1, 'S Y'), row('Y', 1, 'X')], 'cycle', /X → Y → X/],
    ['a self-dependency', [row('A', 1, 'A')], 'self-dependency', /A depends on itself/],
    ['an unknown dependency', [row('A', 1), row('H', 4, 'B, C')], 'unknown-dependency', /H depends on B and C, which are not in the plan/],
    ['a negative duration', [row('A', '-3')], 'negative-duration', /A has a negative duration \(-3\)/],
    ['a missing duration', [row('A', '', '', 'Design')], 'missing-duration', /A \(Design\) has no duration/],
    ['a duration that is not a number', [row('A', 'two weeks')], 'bad-duration', /“two weeks”/],
    ['a missing id', [row('', 3, '', 'Load test')], 'missing-id', /Row 1 \(“Load test”\) has no task id/],
    ['a duplicate id', [row('A', 1), row('a', 2)], 'duplicate-id', /used twice, in rows 1 and 2/],
    ['an id with spaces', [row('Load test', 1)], 'bad-id', /must be one short word/],
  ];
  it.each(cases)('%s', (_, rows, kind, message) => {
    const found = problems(rows).find((p) => p.kind === kind);
    expect(found?.message).toMatch(message);
  });

  it('reports every problem at once, with rows to highlight', () => {
    const found = problems([row('A', 'x'), row('B', '-1', 'Z'), row('C', 1, 'D'), row('D', 1, 'C')]);
    expect(found.map((p) => [p.kind, p.rows])).toEqual([
      ['bad-duration', [1]],
      ['negative-duration', [2]],
      ['unknown-dependency', [2]],
      ['cycle', [3, 4]],
    ]);
  });

  it('refuses more than the maximum number of tasks', () => {
    const rows = Array.from({ length: MAX_TASKS + 1 }, (_, i) => row(`T${i}`, 1));
    expect(problems(rows)[0]?.kind).toBe('too-many');
  });

  it('keeps HTML in names and ids as text in messages', () => {
    const found = problems([row('<b>', '', '', '<script>alert(1)</script>')]);
    expect(found[0]?.message).toContain('<script>alert(1)</script>');
  });
});

describe('parsing cells', () => {
  it.each([
    ['5', 5],
    [' 12 ', 12],
    ['0', 0],
    ['2.5', 2.5],
    ['.5', 0.5],
    ['3d', 3],
    ['4 days', 4],
    ['1,000', 1000],
  ])('duration %j → %d', (cell, value) => {
    expect(parseDuration(cell)).toEqual({ ok: true, value });
  });
  it.each([
    ['', 'missing-duration'],
    ['-2', 'negative-duration'],
    ['− 2', 'negative-duration'],
    ['abc', 'bad-duration'],
    ['1e3', 'bad-duration'],
    ['Infinity', 'bad-duration'],
  ])('duration %j → %s', (cell, kind) => {
    expect(parseDuration(cell)).toEqual({ ok: false, kind });
  });
  it.each([
    ['', []],
    ['—', []],
    ['none', []],
    ['A', ['A']],
    ['B, C', ['B', 'C']],
    ['E;F | H  I', ['E', 'F', 'H', 'I']],
  ])('dependencies %j', (cell, ids) => {
    expect(parseDependencies(cell)).toEqual(ids);
  });
});

describe('parsePlanCsv', () => {
  it('reads CSV with a header in any column order, ignoring extra columns', () => {
    const result = parsePlanCsv('duration,id,owner,depends on,name\n5,A,Identity,,Design\n8,B,Infra,A,"Provision database, keys"');
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      { id: 'A', name: 'Design', duration: '5', dependsOn: '' },
      { id: 'B', name: 'Provision database, keys', duration: '8', dependsOn: 'A' },
    ]);
  });

  it('reads headerless rows as id, name, duration, dependencies, with unquoted dependencies spilling over', () => {
    expect(parsePlanCsv('A,Design,5\r\nH,Load test,4,B,C\n').rows).toEqual([
      { id: 'A', name: 'Design', duration: '5', dependsOn: '' },
      { id: 'H', name: 'Load test', duration: '4', dependsOn: 'B C' },
    ]);
  });

  it('reads id, duration, dependencies when there are three columns', () => {
    expect(parsePlanCsv('A,5,\nB,3,A').rows).toEqual([
      { id: 'A', name: '', duration: '5', dependsOn: '' },
      { id: 'B', name: '', duration: '3', dependsOn: 'A' },
    ]);
  });

  it('reads cells pasted from a spreadsheet (tab-separated)', () => {
    expect(parsePlanCsv('id\tname\tduration\tpredecessors\nA\tDesign\t5\t\nB\tBuild\t3\tA').rows[1]).toEqual({
      id: 'B',
      name: 'Build',
      duration: '3',
      dependsOn: 'A',
    });
  });

  it('reads the lesson’s Markdown table and solves it to 34 days', () => {
    const lesson = readFileSync(lessonFile, 'utf8');
    const start = lesson.indexOf('| Task |');
    const table = lesson.slice(start, lesson.indexOf('\n\n', start));
    const result = parsePlanCsv(table);
    expect(result.rows).toHaveLength(10);
    expect(solved(result.rows).finish).toBe(34);
  });

  it('handles quotes, escaped quotes and line breaks inside quotes', () => {
    const result = parsePlanCsv('A,"Say ""hi""\nthere",2,');
    expect(result.rows).toEqual([{ id: 'A', name: 'Say "hi"\nthere', duration: '2', dependsOn: '' }]);
  });

  it('round-trips through planToCsv', () => {
    const csv = planToCsv(CRITICAL_PATH_EXAMPLE.tasks);
    const back = parsePlanCsv(csv).rows;
    expect(solved(back).finish).toBe(34);
    expect(back.map((r) => r.name)).toEqual(CRITICAL_PATH_EXAMPLE.tasks.map((t) => t.name));
  });

  it.each([
    ['', /Nothing to import/],
    ['   \n \n', /Nothing to import/],
    ['id,name,duration,depends on', /Only a header row/],
  ])('explains why %j imports nothing', (text, message) => {
    const result = parsePlanCsv(text);
    expect(result.rows).toEqual([]);
    expect(result.problems.join(' ')).toMatch(message);
  });

  it('refuses 10,000 lines quickly, importing nothing', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `T${i},Task ${i},1,${i > 0 ? `T${i - 1}` : ''}`).join('\n');
    const started = performance.now();
    const result = parsePlanCsv(text);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result.rows).toEqual([]);
    expect(result.problems[0]).toMatch(/10,000 rows; the planner takes up to 1,000 tasks. Nothing was imported/);
  });

  it('keeps HTML and script tags as text', () => {
    const result = parsePlanCsv('A,<script>alert(1)</script>,3,\nB,<img src=x onerror=alert(2)>,2,A');
    const plan = solved(result.rows) as Extract<PlanResult, { ok: true }>;
    expect(plan.tasks.map((t) => t.name)).toEqual(['<script>alert(1)</script>', '<img src=x onerror=alert(2)>']);
  });
});

describe('renameTask', () => {
  const plan = [row('A', 5), row('B', 8, 'A'), row('C', 4, 'a, B'), row('D', 1, 'AB; A'), row('AB', 2)];
  it('rewrites the dependencies that named the old id', () => {
    const renamed = renameTask(plan, 0, 'DESIGN');
    expect(renamed.map((r) => [r.id, r.dependsOn])).toEqual([
      ['DESIGN', ''],
      ['B', 'DESIGN'],
      ['C', 'DESIGN, B'],
      ['D', 'AB; DESIGN'],
      ['AB', ''],
    ]);
    expect(solved(renamed).finish).toBe(17);
  });
  it.each([
    ['to an id another task has', 'B'],
    ['to an empty id', ''],
    ['to an id with a space', 'A 2'],
  ])('leaves dependencies alone when renaming %s', (_, id) => {
    const renamed = renameTask(plan, 0, id);
    expect(renamed[0]?.id).toBe(id);
    expect(renamed.slice(1).map((r) => r.dependsOn)).toEqual(['A', 'a, B', 'AB; A', '']);
  });
  it('leaves dependencies alone when the old id was shared by a duplicate', () => {
    const duplicated = [row('A', 1), row('A', 2), row('B', 1, 'A')];
    expect(renameTask(duplicated, 0, 'X')[2]?.dependsOn).toBe('A');
  });
});
