/**
 * What the dashboard and home page say about a reader's progress: completion per track, where to continue, the
 * review heatmap, retention, readiness per round and the next best step. Pure functions over saved records.
 */
import { isLive, type LessonProgress, type Review, type TimestampedRecord } from './app-state';
import { startOfLocalDay } from './review-queue';
import { ROUNDS, type RoundId } from './rounds';

export interface LessonRef {
  id: string;
  title: string;
  url: string;
  track: string;
}

type Records<T> = Record<string, T | TimestampedRecord>;

function live<T>(records: Records<T>): [string, T][] {
  return Object.entries(records).filter(([, record]) => isLive(record as TimestampedRecord)) as [string, T][];
}

export function completedLessonIds(lessons: Records<LessonProgress>): Set<string> {
  return new Set(live(lessons).filter(([, r]) => r.status === 'complete').map(([id]) => id));
}

export interface TrackCompletion {
  track: string;
  done: number;
  total: number;
  /** 0 to 1. */
  share: number;
}

export function trackCompletion(tracks: readonly string[], lessons: readonly LessonRef[], completed: ReadonlySet<string>): TrackCompletion[] {
  return tracks.map((track) => {
    const inTrack = lessons.filter((l) => l.track === track);
    const done = inTrack.filter((l) => completed.has(l.id)).length;
    return { track, done, total: inTrack.length, share: inTrack.length === 0 ? 0 : done / inTrack.length };
  });
}

/**
 * Where to continue: the most recently opened lesson that is not complete; failing that, the lesson after the most
 * recently completed one. Undefined for a reader who has opened nothing (or finished everything).
 */
export function continueLesson(lessons: readonly LessonRef[], progress: Records<LessonProgress>): LessonRef | undefined {
  const records = live(progress);
  const byTime = (r: LessonProgress) => Date.parse(r.visitedAt ?? r.updatedAt);
  const open = records.filter(([, r]) => r.status !== 'complete').sort((a, b) => byTime(b[1]) - byTime(a[1]));
  for (const [id] of open) {
    const lesson = lessons.find((l) => l.id === id);
    if (lesson) return lesson;
  }
  const completed = new Set(records.filter(([, r]) => r.status === 'complete').map(([id]) => id));
  const latest = records.filter(([, r]) => r.status === 'complete').sort((a, b) => byTime(b[1]) - byTime(a[1]))[0];
  if (!latest) return undefined;
  const index = lessons.findIndex((l) => l.id === latest[0]);
  const track = lessons[index]?.track;
  return lessons.slice(index + 1).find((l) => l.track === track && !completed.has(l.id)) ?? lessons.find((l) => !completed.has(l.id));
}

export interface HeatmapDay {
  /** Local date `YYYY-MM-DD`. */
  date: string;
  count: number;
}

function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Reviews per local day for the last `days` days, oldest first, today last. */
export function reviewHeatmap(reviews: Records<Review>, now: Date, days = 90): HeatmapDay[] {
  const counts = new Map<string, number>();
  for (const [, review] of live(reviews)) {
    const day = localDay(new Date(review.reviewedAt));
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const today = startOfLocalDay(now);
  return Array.from({ length: days }, (_, i) => {
    const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1 - i));
    const key = localDay(date);
    return { date: key, count: counts.get(key) ?? 0 };
  });
}

/** Share of reviews of already-seen cards answered without "Again", over the last 30 days; undefined with no data. */
export function retention(reviews: Records<Review>, now: Date, days = 30): number | undefined {
  const since = now.getTime() - days * 86_400_000;
  const recent = live(reviews).filter(([, r]) => !r.wasNew && Date.parse(r.reviewedAt) >= since);
  if (recent.length === 0) return undefined;
  return recent.filter(([, r]) => r.rating > 1).length / recent.length;
}

/** A finished case attempt, reduced to what readiness needs. */
export interface AttemptSummary {
  caseId: string;
  kind: 'program' | 'system-design' | 'cross-functional';
  /** Average rubric score, 1 to 4. */
  averageScore: number;
}

export interface ReadinessInput {
  trackShare: Readonly<Record<string, number>>;
  completed: ReadonlySet<string>;
  attempts: readonly AttemptSummary[];
  /** Stories the reader wrote in the story bank, with their competencies. */
  stories: readonly { competencies: readonly string[] }[];
  /** Share of system-design cards reviewed at least once, 0 to 1. */
  designCardsLearned: number;
}

export interface Readiness {
  round: RoundId;
  title: string;
  /** 0 to 100. */
  score: number;
}

/** How readiness is computed, for the dashboard to say so. */
export const READINESS_EXPLAINED =
  'Each round’s figure blends what you have studied with what you have practised: the share of its lessons you have completed, your average rubric score on its mock cases (the best of your last three attempts counts most), and, for behavioral rounds, how many competencies your own stories cover. It measures preparation, not talent.';

function caseScore(attempts: readonly AttemptSummary[], kind: AttemptSummary['kind']): number {
  const scores = attempts.filter((a) => a.kind === kind).map((a) => (a.averageScore - 1) / 3);
  if (scores.length === 0) return 0;
  const recent = scores.slice(-3);
  // Two attempts or more show consistency; one attempt counts two-thirds.
  return Math.max(...recent) * Math.min(1, 0.67 + 0.17 * (recent.length - 1));
}

const pct = (n: number) => Math.round(Math.max(0, Math.min(1, n)) * 100);

export function readiness(input: ReadinessInput): Readiness[] {
  const share = (track: string) => input.trackShare[track] ?? 0;
  const has = (id: string) => (input.completed.has(id) ? 1 : 0);
  const coverage = new Set(input.stories.flatMap((s) => s.competencies)).size;
  const storyCoverage = Math.min(1, coverage / 10);
  const storyCount = Math.min(1, input.stories.length / 8);
  const scores: Record<RoundId, number> = {
    'recruiter-screen': 0.5 * share('role') + 0.3 * has('recruiter-screen') + 0.2 * Math.min(1, input.stories.length),
    'hiring-manager-screen': 0.3 * share('career') + 0.2 * has('hiring-manager-screen') + 0.5 * storyCount,
    'program-case': 0.5 * share('program-execution') + 0.1 * has('program-case-round') + 0.4 * caseScore(input.attempts, 'program'),
    'technical-depth': 0.45 * share('system-design') + 0.1 * has('technical-depth-round') + 0.3 * caseScore(input.attempts, 'system-design') + 0.15 * input.designCardsLearned,
    behavioral: 0.35 * share('behavioral') + 0.05 * has('behavioral-round') + 0.3 * storyCoverage + 0.3 * storyCount,
    'cross-functional': 0.2 * has('cross-functional-round') + 0.1 * has('status-reporting') + 0.1 * has('stakeholder-management') + 0.6 * caseScore(input.attempts, 'cross-functional'),
  };
  return ROUNDS.map((round) => ({ round: round.id, title: round.title, score: pct(scores[round.id]) }));
}

export interface NextStep {
  text: string;
  url?: string;
}

/** One concrete thing to do next, chosen from what is due and the weakest round. */
export function nextBestStep(input: { dueCards: number; weakest: Readiness | undefined; continueWith: LessonRef | undefined; hasPlan: boolean }): NextStep {
  if (input.dueCards >= 10) return { text: `Review the ${input.dueCards} flashcards due today (about ${Math.ceil(input.dueCards / 4)} minutes).`, url: '/flashcards/review/' };
  if (input.continueWith) return { text: `Continue “${input.continueWith.title}”.`, url: input.continueWith.url };
  if (!input.hasPlan) return { text: 'Set your interview date to get a week-by-week study plan.', url: '/plan/' };
  if (input.weakest && input.weakest.score < 60) {
    const practice: Record<RoundId, string> = {
      'recruiter-screen': '/learn/interview-loop/recruiter-screen/',
      'hiring-manager-screen': '/tools/story-bank/',
      'program-case': '/practice/',
      'technical-depth': '/practice/',
      behavioral: '/tools/story-bank/',
      'cross-functional': '/practice/',
    };
    return { text: `Work on your weakest round, ${input.weakest.title.toLowerCase()} (${input.weakest.score}%).`, url: practice[input.weakest.round] };
  }
  if (input.dueCards > 0) return { text: `Review the ${input.dueCards} flashcards due today.`, url: '/flashcards/review/' };
  return { text: 'Run a full mock case against the clock.', url: '/practice/' };
}
