/** The six tracks of the curriculum, in the order a reader meets them. */
export const TRACK_IDS = ['role', 'career', 'interview-loop', 'system-design', 'program-execution', 'behavioral'] as const;
export type TrackId = (typeof TRACK_IDS)[number];

export interface Track {
  id: TrackId;
  title: string;
  /** One sentence for track lists. */
  blurb: string;
}

export const TRACKS: readonly Track[] = [
  { id: 'role', title: 'The role', blurb: 'What a TPM owns, how the job differs from its neighbours, and the skills it is hired for.' },
  { id: 'career', title: 'Career', blurb: 'Build a track record, write the resume, find the roles, and negotiate the offer.' },
  { id: 'interview-loop', title: 'The interview loop', blurb: 'Every round from recruiter screen to onsite, what each one tests, and how to prepare.' },
  { id: 'system-design', title: 'System design', blurb: 'The technical depth a TPM needs to hold a design round and earn engineers’ trust.' },
  { id: 'program-execution', title: 'Program execution', blurb: 'Scope, dependencies, the critical path, risk, status and launches: the craft itself.' },
  { id: 'behavioral', title: 'Behavioral', blurb: 'STAR stories with evidence, mapped to the competencies interviewers probe.' },
];

export function trackById(id: string): Track | undefined {
  return TRACKS.find((track) => track.id === id);
}
