/**
 * Checks a STAR story the way an interviewer hears it: a number in the result, "I" for the moves you made, and each
 * part within its share of a two-to-three-minute answer at about 150 words a minute (see the STAR method lesson).
 */
import { countWords, formatDuration, spokenSeconds } from './spoken-length';
import { findQuantities, isDate, isMeasure } from './quantities';

export const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;
export type StarPart = (typeof STAR_PARTS)[number];
export type StarText = Record<StarPart, string>;
export type Strength = 'primary' | 'secondary';
export type CheckStatus = 'pass' | 'warn' | 'fail';

export interface Check {
  id: string;
  label: string;
  status: CheckStatus;
  /** What was found, and what to do about it. */
  detail: string;
}

export interface PartBudget {
  minSeconds: number;
  maxSeconds: number;
  /** What to aim for, in words a reader can use. */
  aim: string;
}

/** Seconds per part, from the lesson's budget for a two-and-a-half-minute answer. */
export const PART_BUDGETS: Record<StarPart, PartBudget> = {
  situation: { minSeconds: 5, maxSeconds: 25, aim: '15 to 20 s, one to three sentences' },
  task: { minSeconds: 3, maxSeconds: 15, aim: 'about 10 s, one or two sentences' },
  action: { minSeconds: 60, maxSeconds: 110, aim: '90 to 100 s, three to five moves' },
  result: { minSeconds: 10, maxSeconds: 30, aim: '20 to 25 s, with numbers' },
};
export const TOTAL_BUDGET = { minSeconds: 120, maxSeconds: 180 } as const;
/** Situation and task together: past this the answer is narrating. */
export const SETUP_MAX_SECONDS = 30;
/** A story should be the primary answer for at most this many competencies. */
export const MAX_PRIMARY = 2;
/** Longer parts are checked on their first this-many characters, so a pasted novel cannot freeze the page. */
export const MAX_CHECKED_CHARS = 20_000;

export interface PartLength {
  words: number;
  seconds: number;
  status: CheckStatus;
  /** "42 words, about 17 s: aim for 15 to 20 s" */
  detail: string;
}

export interface StarReport {
  checks: Check[];
  parts: Record<StarPart, PartLength>;
  totalWords: number;
  totalSeconds: number;
  /** True when a part was longer than MAX_CHECKED_CHARS and only its start was checked. */
  truncated: boolean;
}

const PART_NAMES: Record<StarPart, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' };

function words(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu) ?? []).map((word) => word.toLowerCase().replace(/’/g, "'"));
}

const I_FORMS = new Set(['i', "i'm", "i've", "i'd", "i'll"]);
const WE_FORMS = new Set(['we', "we're", "we've", "we'd", "we'll"]);

/** How often the text says "I" (and I'm, I've...) and "we" (and we're, we've...). */
export function pronounCounts(text: string): { i: number; we: number } {
  let i = 0;
  let we = 0;
  for (const word of words(text)) {
    if (I_FORMS.has(word)) i += 1;
    else if (WE_FORMS.has(word)) we += 1;
  }
  return { i, we };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function partLength(part: StarPart, text: string): PartLength {
  const budget = PART_BUDGETS[part];
  const count = countWords(text);
  const seconds = spokenSeconds(count);
  const said = `${plural(count, 'word')}, about ${formatDuration(seconds)}`;
  if (count === 0) return { words: 0, seconds: 0, status: 'fail', detail: `Not written yet: aim for ${budget.aim}.` };
  if (seconds < budget.minSeconds) return { words: count, seconds, status: 'warn', detail: `${said}: short; aim for ${budget.aim}.` };
  if (seconds > budget.maxSeconds) return { words: count, seconds, status: 'warn', detail: `${said}: long; aim for ${budget.aim}.` };
  return { words: count, seconds, status: 'pass', detail: `${said}: within ${budget.aim}.` };
}

function resultCheck(result: string): Check {
  const label = 'The result has a number';
  if (result.trim() === '')
    return { id: 'result-number', label, status: 'fail', detail: 'Write the result: what happened, in numbers, and what lasted.' };
  const found = findQuantities(result);
  const measures = found.filter(isMeasure);
  if (measures.length > 0) {
    const shown = measures
      .slice(0, 4)
      .map((q) => `“${q.text}”`)
      .join(', ');
    return { id: 'result-number', label, status: 'pass', detail: `Found ${shown}.` };
  }
  const dates = found.filter(isDate);
  if (dates.length > 0) {
    return {
      id: 'result-number',
      label,
      status: 'warn',
      detail: `Only a date (“${dates[0]?.text}”): that says when, not how much. Measure it against the goal, such as “three weeks early” or “errors down from 4% to 0.5%”.`,
    };
  }
  return {
    id: 'result-number',
    label,
    status: 'fail',
    detail: 'No number yet. Add one the interviewer can write down: time against the goal, money, an error rate, adoption (“11 of 12 teams”).',
  };
}

function firstPersonCheck(action: string): Check {
  const label = 'The action says “I” more than “we”';
  if (action.trim() === '')
    return { id: 'first-person', label, status: 'fail', detail: 'Write the action: the moves you made, each with its reason.' };
  const { i, we } = pronounCounts(action);
  const counted = `“I” ${plural(i, 'time')}, “we” ${plural(we, 'time')}.`;
  if (i > we) return { id: 'first-person', label, status: 'pass', detail: counted };
  if (i === 0 && we === 0) {
    return {
      id: 'first-person',
      label,
      status: 'fail',
      detail: 'Neither “I” nor “we”: say who made each move. Use “I” for your decisions and name others by role.',
    };
  }
  return {
    id: 'first-person',
    label,
    status: i === we ? 'warn' : 'fail',
    detail: `${counted} Separate the verbs: “I” for the moves you made, “we” only for what the team produced.`,
  };
}

/**
 * Checks a story's four parts and its competency tags. Pure and linear in the text's length (capped at
 * MAX_CHECKED_CHARS per part).
 */
export function checkStarStory(story: StarText, competencies: Partial<Record<string, Strength>> = {}): StarReport {
  let truncated = false;
  const text = {} as StarText;
  for (const part of STAR_PARTS) {
    const value = story[part] ?? '';
    if (value.length > MAX_CHECKED_CHARS) truncated = true;
    text[part] = value.slice(0, MAX_CHECKED_CHARS);
  }
  const parts = Object.fromEntries(STAR_PARTS.map((part) => [part, partLength(part, text[part])])) as Record<StarPart, PartLength>;
  const totalWords = STAR_PARTS.reduce((sum, part) => sum + parts[part].words, 0);
  const totalSeconds = spokenSeconds(totalWords);

  const checks: Check[] = [resultCheck(text.result), firstPersonCheck(text.action)];

  const hypothetical = `${text.action} ${text.result}`.match(/\b(?:I|we) would\b(?! have)/i);
  if (hypothetical) {
    checks.push({
      id: 'hypothetical',
      label: 'Tells what you did, not what you would do',
      status: 'warn',
      detail: `“${hypothetical[0]}” sounds hypothetical. Interviewers score what you did on a real program; tell it in the past tense.`,
    });
  }

  for (const part of STAR_PARTS) {
    checks.push({ id: `length-${part}`, label: `${PART_NAMES[part]} fits its time`, status: parts[part].status, detail: parts[part].detail });
  }

  const setupSeconds = parts.situation.seconds + parts.task.seconds;
  checks.push({
    id: 'setup',
    label: 'Situation and task together take under 30 s',
    status: setupSeconds <= SETUP_MAX_SECONDS ? 'pass' : 'warn',
    detail:
      setupSeconds <= SETUP_MAX_SECONDS
        ? `About ${formatDuration(setupSeconds)} before the action starts.`
        : `About ${formatDuration(setupSeconds)} before the action starts: keep only the scale, the stakes and the constraint.`,
  });

  const total = `${plural(totalWords, 'word')}, about ${formatDuration(totalSeconds)} at 150 words a minute`;
  checks.push({
    id: 'total',
    label: 'The whole story runs two to three minutes',
    status: totalWords === 0 ? 'fail' : totalSeconds < TOTAL_BUDGET.minSeconds || totalSeconds > TOTAL_BUDGET.maxSeconds ? 'warn' : 'pass',
    detail:
      totalWords === 0
        ? 'Nothing written yet: 300 to 450 words runs two to three minutes aloud.'
        : totalSeconds < TOTAL_BUDGET.minSeconds
          ? `${total}: short of two minutes; the action probably needs more moves.`
          : totalSeconds > TOTAL_BUDGET.maxSeconds
            ? `${total}: over three minutes; cut the situation first, then trim each move to its decision and reason.`
            : `${total}.`,
  });

  const tags = Object.values(competencies).filter((value): value is Strength => value === 'primary' || value === 'secondary');
  const primary = tags.filter((value) => value === 'primary').length;
  checks.push({
    id: 'competencies',
    label: 'Tagged with the competencies it shows',
    status: tags.length === 0 ? 'warn' : primary > MAX_PRIMARY ? 'warn' : 'pass',
    detail:
      tags.length === 0
        ? 'Tag at least one competency, so the story shows up in the coverage matrix.'
        : primary > MAX_PRIMARY
          ? `Primary for ${primary} competencies. Keep a story primary for at most ${MAX_PRIMARY}: if it is your answer to everything, losing it to an early question leaves you stranded.`
          : `${plural(primary, 'primary competency', 'primary competencies')}, ${plural(tags.length - primary, 'secondary')}.`,
  });

  return { checks, parts, totalWords, totalSeconds, truncated };
}
