/**
 * Rules that span more than one content file: ids unique across the whole curriculum, and every reference (`related`,
 * a card's `lesson`) naming something that exists. Pure: the build (src/data/catalog.ts) and the content tests both
 * call it with plain records.
 */

export interface ContentRecord {
  /** Which collection the record came from: lesson, case, story, deck or card. */
  kind: 'lesson' | 'case' | 'story' | 'deck' | 'card';
  id: string;
  /** The source file, relative to the project root, for error messages. */
  file: string;
  /** Ids this record points at, with the field that holds each. */
  references: { field: string; id: string; allowed: ReadonlyArray<ContentRecord['kind']> }[];
}

export interface IntegrityProblem {
  file: string;
  field: string;
  message: string;
}

export function findIntegrityProblems(records: readonly ContentRecord[]): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const byId = new Map<string, ContentRecord>();
  for (const record of records) {
    const earlier = byId.get(record.id);
    if (earlier) {
      problems.push({
        file: record.file,
        field: 'id',
        message: `id "${record.id}" is already used by a ${earlier.kind} in ${earlier.file}`,
      });
      continue;
    }
    byId.set(record.id, record);
  }
  for (const record of records) {
    for (const reference of record.references) {
      const target = byId.get(reference.id);
      if (!target) {
        problems.push({ file: record.file, field: reference.field, message: `"${reference.id}" is not the id of any ${reference.allowed.join(', ')}` });
      } else if (!reference.allowed.includes(target.kind)) {
        problems.push({
          file: record.file,
          field: reference.field,
          message: `"${reference.id}" is a ${target.kind}; this field takes a ${reference.allowed.join(' or ')}`,
        });
      }
    }
  }
  return problems;
}

export function formatProblem(problem: IntegrityProblem): string {
  return `${problem.file}: field "${problem.field}": ${problem.message}`;
}

/** What a `related` list may point at. */
export const RELATED_KINDS: ReadonlyArray<ContentRecord['kind']> = ['lesson', 'case', 'story', 'deck'];
