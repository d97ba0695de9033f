/**
 * Reads a plan pasted as CSV, as tab-separated cells copied from a spreadsheet, or as a Markdown table (such as the one
 * in the critical-path lesson), and writes a plan back out as CSV.
 */
import { MAX_TASKS, type TaskRow } from './critical-path-engine';

export interface CsvImport {
  rows: TaskRow[];
  /** Why nothing, or not everything, could be read. Empty when the import is clean. */
  problems: string[];
}

type Column = keyof TaskRow;

const HEADER_NAMES: Record<Column, RegExp> = {
  id: /^(?:id|task(?:\s*id)?|key|code|#)$/i,
  name: /^(?:name|task\s*name|description|title|summary|activity|what)$/i,
  duration: /^(?:duration|days|duration\s*\((?:working\s*)?days\)|working\s*days|estimate|length|dur)$/i,
  dependsOn: /^(?:depends\s*on|dependencies|dependency|predecessors?|deps|after|prerequisites?|requires|blocked\s*by)$/i,
};

/** Splits one CSV record into cells, honouring quotes ("a, b" and "say ""hi"""). */
function splitRecord(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"') {
        if (line[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

/** Splits text into records, keeping line breaks that sit inside quotes. */
function records(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if ((char === '\n' || char === '\r') && !quoted) {
      if (current.trim() !== '') out.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  if (current.trim() !== '') out.push(current);
  return out;
}

function markdownCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim().replace(/^\*\*(.*)\*\*$/, '$1'));
}

function looksNumeric(cell: string | undefined): boolean {
  return cell !== undefined && /^-?\s*\d+(?:\.\d+)?\s*(?:d|days?)?$/i.test(cell.trim());
}

/**
 * Parses pasted text into plan rows. Columns are found from a header row (id, name, duration, depends on, in any
 * order, with other columns such as an owner ignored); without a header the order is id, name, duration, depends on.
 * Returns no rows, with a problem, when the text is empty or longer than the planner accepts.
 */
export function parsePlanCsv(text: string): CsvImport {
  const problems: string[] = [];
  if (text.trim() === '') return { rows: [], problems: ['Nothing to import: paste rows of id, name, duration and dependencies.'] };

  const lines = records(text);
  const markdown = lines.filter((line) => line.trim().startsWith('|')).length >= Math.max(2, Math.ceil(lines.length / 2));
  const delimiter = lines[0]?.includes('\t') ? '\t' : (lines[0]?.includes(',') ?? false) ? ',' : lines[0]?.includes(';') ? ';' : ',';
  const cellsOf = (line: string) => (markdown ? markdownCells(line) : splitRecord(line, delimiter));
  const table = lines
    .filter((line) => !(markdown && /^\s*\|?\s*:?-{2,}/.test(line)))
    .filter((line) => !markdown || line.trim().startsWith('|'))
    .map(cellsOf);

  const first = table[0] ?? [];
  const columns: Partial<Record<Column, number>> = {};
  const isHeader =
    first.some((cell) => HEADER_NAMES.duration.test(cell)) || first.some((cell) => HEADER_NAMES.id.test(cell) && !looksNumeric(first[2]));
  if (isHeader) {
    for (const column of Object.keys(HEADER_NAMES) as Column[]) {
      const at = first.findIndex((cell) => HEADER_NAMES[column].test(cell));
      if (at !== -1) columns[column] = at;
    }
    if (columns.id === undefined) problems.push('The header has no id column (id, task or key); the first column is used as the id.');
    if (columns.duration === undefined) problems.push('The header has no duration column (duration or days).');
  } else if (first.length === 3 && looksNumeric(first[1])) {
    Object.assign(columns, { id: 0, duration: 1, dependsOn: 2 });
  } else {
    Object.assign(columns, { id: 0, name: 1, duration: 2, dependsOn: 3 });
  }
  const body = isHeader ? table.slice(1) : table;
  if (body.length > MAX_TASKS) {
    return {
      rows: [],
      problems: [
        `The pasted text has ${body.length.toLocaleString('en-US')} rows; the planner takes up to ${MAX_TASKS.toLocaleString('en-US')} tasks. Nothing was imported. Plan at the level of workstreams, or split the program into phases.`,
      ],
    };
  }
  if (body.length === 0) return { rows: [], problems: [...problems, 'Only a header row was found: add a row per task below it.'] };

  const last = Math.max(...Object.values(columns));
  const at = (cells: string[], column: Column) => {
    const index = columns[column] ?? (column === 'id' ? 0 : undefined);
    if (index === undefined) return '';
    // "H,Load test,4,B,C": unquoted dependencies spill into extra cells when they are the last column.
    if (column === 'dependsOn' && index === last) return cells.slice(index).filter(Boolean).join(' ');
    return cells[index] ?? '';
  };
  const rows = body.map((cells) => ({
    id: at(cells, 'id'),
    name: at(cells, 'name'),
    duration: at(cells, 'duration'),
    dependsOn: at(cells, 'dependsOn'),
  }));
  return { rows, problems };
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The plan as CSV with a header, dependencies separated by spaces so each cell stays one field. */
export function planToCsv(rows: readonly TaskRow[]): string {
  const lines = [['id', 'name', 'duration', 'depends on']];
  for (const row of rows)
    lines.push([
      row.id,
      row.name,
      row.duration,
      row.dependsOn
        .split(/[\s,;|]+/)
        .filter(Boolean)
        .join(' '),
    ]);
  return `${lines.map((line) => line.map(csvCell).join(',')).join('\n')}\n`;
}
