/** The rounds of a TPM loop, and which round each lesson prepares for. */
export const ROUND_IDS = ['recruiter-screen', 'hiring-manager-screen', 'program-case', 'technical-depth', 'behavioral', 'cross-functional'] as const;
export type RoundId = (typeof ROUND_IDS)[number];

export interface Round {
  id: RoundId;
  title: string;
}

export const ROUNDS: readonly Round[] = [
  { id: 'recruiter-screen', title: 'Recruiter screen' },
  { id: 'hiring-manager-screen', title: 'Hiring-manager screen' },
  { id: 'program-case', title: 'Program case' },
  { id: 'technical-depth', title: 'Technical depth' },
  { id: 'behavioral', title: 'Behavioral' },
  { id: 'cross-functional', title: 'Cross-functional' },
];

/** Lessons whose round differs from their track's usual one. */
const LESSON_ROUND: Readonly<Record<string, RoundId>> = {
  'tpm-interview-pipeline': 'recruiter-screen',
  'recruiter-screen': 'recruiter-screen',
  'hiring-manager-screen': 'hiring-manager-screen',
  'program-case-round': 'program-case',
  'technical-depth-round': 'technical-depth',
  'behavioral-round': 'behavioral',
  'cross-functional-round': 'cross-functional',
  'mock-interviews': 'program-case',
  'how-loops-differ': 'recruiter-screen',
  'status-reporting': 'cross-functional',
  'stakeholder-management': 'cross-functional',
  'scope-negotiation': 'cross-functional',
  'raci-and-decision-records': 'cross-functional',
};

const TRACK_ROUND: Readonly<Record<string, RoundId>> = {
  role: 'recruiter-screen',
  career: 'hiring-manager-screen',
  'interview-loop': 'recruiter-screen',
  'system-design': 'technical-depth',
  'program-execution': 'program-case',
  behavioral: 'behavioral',
};

export function roundForLesson(lessonId: string, track: string): RoundId {
  return LESSON_ROUND[lessonId] ?? TRACK_ROUND[track] ?? 'program-case';
}
