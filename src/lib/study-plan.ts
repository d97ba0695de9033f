/**
 * The study plan: from the interview date, hours per week and background, a week-by-week plan that covers every round
 * of the loop, gives technical depth at least 30% of the time, schedules mock cases, and skips what is already done.
 * It is recomputed from today's date and current progress whenever it is shown, so it adapts as work gets done.
 */
import { ROUNDS, roundForLesson, type RoundId } from './rounds';

export type Background = 'engineering' | 'product' | 'other';

/** Share of study time per round. Technical depth never drops below 30%, even for engineers. */
export const ROUND_WEIGHTS: Record<Background, Record<RoundId, number>> = {
  engineering: { 'recruiter-screen': 0.07, 'hiring-manager-screen': 0.08, 'program-case': 0.27, 'technical-depth': 0.3, behavioral: 0.18, 'cross-functional': 0.1 },
  product: { 'recruiter-screen': 0.06, 'hiring-manager-screen': 0.07, 'program-case': 0.2, 'technical-depth': 0.42, behavioral: 0.15, 'cross-functional': 0.1 },
  other: { 'recruiter-screen': 0.07, 'hiring-manager-screen': 0.08, 'program-case': 0.22, 'technical-depth': 0.38, behavioral: 0.15, 'cross-functional': 0.1 },
};

export interface PlanLesson {
  id: string;
  title: string;
  url: string;
  track: string;
  minutes: number;
}

export interface PlanCase {
  id: string;
  title: string;
  url: string;
  kind: 'program' | 'system-design' | 'cross-functional';
  minutes: number;
}

export interface PlanCatalog {
  lessons: PlanLesson[];
  cases: PlanCase[];
}

export interface PlanInput {
  today: Date;
  /** `YYYY-MM-DD`, the interview day. */
  interviewDate: string;
  hoursPerWeek: number;
  background: Background;
  completedLessons: ReadonlySet<string>;
  attemptedCases: ReadonlySet<string>;
}

export interface PlanItem {
  round: RoundId;
  kind: 'lesson' | 'case' | 'practice';
  title: string;
  /** Root-relative URL, when the item is a page. */
  url?: string;
  hours: number;
}

export interface PlanWeek {
  index: number;
  /** `YYYY-MM-DD` of the first and last day this week covers. */
  start: string;
  end: string;
  hours: number;
  items: PlanItem[];
}

export type PlanResult = { ok: true; weeks: PlanWeek[]; totalHours: number; hoursByRound: Record<RoundId, number> } | { ok: false; error: string };

const DAY = 86_400_000;
/** Studying a lesson well (reading, its cards, its check questions) takes about twice its reading time. */
const STUDY_FACTOR = 2;
/** A mock case is the round plus reviewing it against the walkthrough. */
const CASE_OVERHEAD_HOURS = 0.25;

function isoDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

function parseDay(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) || isoDay(date) !== value ? undefined : date;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Practice for a round when lessons run out or a week is late in the plan. */
const PRACTICE: Record<RoundId, string> = {
  'recruiter-screen': 'Rehearse your “why TPM” pitch and one program story aloud',
  'hiring-manager-screen': 'Tell two STAR stories against the clock and tighten them',
  'program-case': 'Review program-execution flashcards and your case notes',
  'technical-depth': 'Review system-design flashcards and redraw a design from memory',
  behavioral: 'Run a behavioral drill and add a story to your story bank',
  'cross-functional': 'Draft an executive update for a program you know, in 200 words',
};

const CASE_KIND_FOR_ROUND: Partial<Record<RoundId, PlanCase['kind']>> = {
  'program-case': 'program',
  'technical-depth': 'system-design',
  'cross-functional': 'cross-functional',
};

export function generatePlan(input: PlanInput, catalog: PlanCatalog): PlanResult {
  const interview = parseDay(input.interviewDate);
  if (!interview) return { ok: false, error: 'Enter the interview date as a calendar date.' };
  if (!(input.hoursPerWeek >= 1 && input.hoursPerWeek <= 80)) return { ok: false, error: 'Enter between 1 and 80 hours a week.' };
  const today = new Date(input.today.getFullYear(), input.today.getMonth(), input.today.getDate());
  const days = Math.round((interview.getTime() - today.getTime()) / DAY);
  if (days < 0) return { ok: false, error: 'That date has passed. Enter the date of your next interview.' };
  if (days < 2) return { ok: false, error: 'Your interview is too close for a plan. Tomorrow: rest, skim your story bank, and review the flashcards due today.' };
  if (days > 366) return { ok: false, error: 'Pick a date within a year; plans further out go stale before they help.' };

  const weights = ROUND_WEIGHTS[input.background];
  const lessonQueues = new Map<RoundId, PlanLesson[]>(ROUNDS.map((r) => [r.id, []]));
  for (const lesson of catalog.lessons) {
    if (input.completedLessons.has(lesson.id)) continue;
    lessonQueues.get(roundForLesson(lesson.id, lesson.track))!.push(lesson);
  }
  const caseQueues = new Map<RoundId, PlanCase[]>();
  for (const [round, kind] of Object.entries(CASE_KIND_FOR_ROUND) as [RoundId, PlanCase['kind']][]) {
    const cases = catalog.cases.filter((c) => c.kind === kind);
    // Cases never attempted come first, so the plan keeps offering fresh ones.
    caseQueues.set(round, [...cases.filter((c) => !input.attemptedCases.has(c.id)), ...cases.filter((c) => input.attemptedCases.has(c.id))]);
  }

  const weekCount = Math.ceil(days / 7);
  const weeks: PlanWeek[] = [];
  const hoursByRound = Object.fromEntries(ROUNDS.map((r) => [r.id, 0])) as Record<RoundId, number>;
  for (let index = 0; index < weekCount; index += 1) {
    const start = new Date(today.getTime() + index * 7 * DAY);
    const lastDay = Math.min(days - 1, index * 7 + 6);
    const end = new Date(today.getTime() + lastDay * DAY);
    const daysThisWeek = lastDay - index * 7 + 1;
    const weekHours = round2((input.hoursPerWeek * daysThisWeek) / 7);
    // Early weeks are mostly learning; later weeks mostly practice under the clock.
    const practiceShare = weekCount === 1 ? 0.5 : 0.2 + (0.6 * index) / (weekCount - 1);
    const items: PlanItem[] = [];
    for (const round of ROUNDS) {
      const budget = round2(weekHours * weights[round.id]);
      let left = budget;
      const caseQueue = caseQueues.get(round.id);
      const wantsCase = caseQueue && caseQueue.length > 0 && (index > 0 || weekCount <= 2);
      if (wantsCase) {
        const next = caseQueue[0]!;
        const hours = round2(next.minutes / 60 + CASE_OVERHEAD_HOURS);
        if (hours <= left * (0.3 + practiceShare)) {
          items.push({ round: round.id, kind: 'case', title: `Mock: ${next.title}`, url: next.url, hours });
          left = round2(left - hours);
          caseQueue.push(caseQueue.shift()!);
        }
      }
      const lessons = lessonQueues.get(round.id)!;
      const lessonBudget = round2(left - budget * practiceShare);
      let spent = 0;
      while (lessons.length > 0) {
        const hours = round2((lessons[0]!.minutes * STUDY_FACTOR) / 60);
        if (spent + hours > lessonBudget && spent > 0) break;
        if (hours > left) break;
        const lesson = lessons.shift()!;
        items.push({ round: round.id, kind: 'lesson', title: lesson.title, url: lesson.url, hours });
        spent = round2(spent + hours);
        left = round2(left - hours);
      }
      if (left > 0.01) items.push({ round: round.id, kind: 'practice', title: PRACTICE[round.id], hours: left });
      hoursByRound[round.id] = round2(hoursByRound[round.id] + budget);
    }
    weeks.push({ index: index + 1, start: isoDay(start), end: isoDay(end), hours: weekHours, items });
  }
  const totalHours = round2(weeks.reduce((sum, week) => sum + week.hours, 0));
  return { ok: true, weeks, totalHours, hoursByRound };
}

/** The plan as an iCalendar file: one all-day event per week listing that week's work. */
export function planToIcs(weeks: readonly PlanWeek[], siteUrl: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const escape = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
  const day = (value: string) => value.replace(/-/g, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Critical Path//Study plan//EN', 'CALSCALE:GREGORIAN'];
  for (const week of weeks) {
    const endExclusive = new Date(parseDay(week.end)!.getTime() + DAY);
    const description = week.items.map((item) => `- ${item.title} (${item.hours} h)${item.url ? ` ${new URL(item.url.replace(/^\//, ''), siteUrl).href}` : ''}`).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:critical-path-week-${week.index}-${week.start}@critical-path`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day(week.start)}`,
      `DTEND;VALUE=DATE:${day(isoDay(endExclusive))}`,
      `SUMMARY:${escape(`TPM prep week ${week.index}: ${week.hours} h`)}`,
      `DESCRIPTION:${escape(description)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  // RFC 5545: lines end in CRLF and are folded before 75 octets.
  return `${lines.flatMap((line) => foldLine(line)).join('\r\n')}\r\n`;
}

/** Folds a content line; 60 characters keeps every line under 75 octets even with multi-byte characters. */
function foldLine(line: string): string[] {
  const parts = [line.slice(0, 60)];
  for (let i = 60; i < line.length; i += 60) parts.push(` ${line.slice(i, i + 60)}`);
  return parts;
}

/** "35 min", "2 h", "2 h 10 min": hours as a reader plans them, to the nearest 5 minutes. */
export function formatHours(hours: number): string {
  const minutes = Math.max(5, Math.round((hours * 60) / 5) * 5);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** "Sun, Nov 22" for a `YYYY-MM-DD` day. */
export function formatDay(value: string): string {
  const date = parseDay(value);
  return date ? date.toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric' }) : value;
}
