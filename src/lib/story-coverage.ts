/**
 * The story-bank matrix: competencies down, the reader's stories across, and which competencies have too few stories.
 * The target is two or three stories per competency (see the story-bank lesson).
 */
import { COMPETENCIES, type Competency } from './competencies';
import type { Strength } from './star-story-check';

export const COVERAGE_TARGET = { min: 2, max: 3 } as const;

export interface CoverageStory {
  id: string;
  title: string;
  competencies: Partial<Record<string, Strength>>;
}

/** gap: no story; thin: one story; covered: two or three; deep: more than the target needs. */
export type CoverageStatus = 'gap' | 'thin' | 'covered' | 'deep';

export interface CoverageRow {
  competency: Competency;
  /** One cell per story, in the order the stories were given. */
  cells: Array<Strength | undefined>;
  primary: number;
  total: number;
  status: CoverageStatus;
}

export interface Coverage {
  rows: CoverageRow[];
  /** Competencies with fewer stories than the target: gaps first, then thin ones. */
  needsWork: Competency[];
  /** How many competencies meet the target. */
  covered: number;
}

export function coverageStatus(total: number): CoverageStatus {
  if (total === 0) return 'gap';
  if (total < COVERAGE_TARGET.min) return 'thin';
  if (total <= COVERAGE_TARGET.max) return 'covered';
  return 'deep';
}

export function storyCoverage(stories: readonly CoverageStory[]): Coverage {
  const rows = COMPETENCIES.map((competency): CoverageRow => {
    const cells = stories.map((story) => {
      const strength = story.competencies[competency.id];
      return strength === 'primary' || strength === 'secondary' ? strength : undefined;
    });
    const total = cells.filter(Boolean).length;
    const primary = cells.filter((cell) => cell === 'primary').length;
    return { competency, cells, primary, total, status: coverageStatus(total) };
  });
  const needsWork = [...rows.filter((row) => row.status === 'gap'), ...rows.filter((row) => row.status === 'thin')].map((row) => row.competency);
  return { rows, needsWork, covered: rows.filter((row) => row.status === 'covered' || row.status === 'deep').length };
}
