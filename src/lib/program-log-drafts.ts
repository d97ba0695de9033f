/**
 * Turns a program-log entry into first drafts: a STAR story (scope and teams give the situation, your role the task,
 * risks and decisions the action, outcome and metrics the result) and resume bullets. Drafts are starting points; the
 * story bank and the resume checker then say what each one still lacks.
 */
import { findQuantities, hasBeforeAfter, isMeasure, isScope } from './quantities';
import type { StarText } from './star-story-check';

export interface ProgramLogFields {
  title: string;
  role: string;
  dates: string;
  scope: string;
  teams: string;
  timeline: string;
  risks: string;
  decisions: string;
  outcome: string;
  metrics: string;
  lessons: string;
}

export const LOG_FIELDS: ReadonlyArray<{ key: keyof ProgramLogFields; label: string; hint: string; multiline: boolean }> = [
  { key: 'title', label: 'Program', hint: 'One line: “Move order events from RabbitMQ to Kafka”.', multiline: false },
  { key: 'role', label: 'Your role', hint: 'What you owned, and what others owned.', multiline: true },
  { key: 'dates', label: 'Dates', hint: 'Start, planned end, actual end: “Feb 3 to May 23, 2025 (planned May 9)”.', multiline: false },
  { key: 'teams', label: 'Teams', hint: 'Teams, engineer count, key stakeholders by role: “6 teams, 31 engineers”.', multiline: true },
  { key: 'scope', label: 'Scope', hint: 'The goal, what was in, what was explicitly out.', multiline: true },
  { key: 'timeline', label: 'Timeline', hint: 'Milestones, planned against actual, and the reason for each slip.', multiline: true },
  { key: 'risks', label: 'Risks', hint: 'Each major risk: when you spotted it, what you did, what happened.', multiline: true },
  { key: 'decisions', label: 'Decisions', hint: 'Key trade-offs, who decided, the alternatives.', multiline: true },
  { key: 'outcome', label: 'Outcome', hint: 'What the program changed.', multiline: true },
  { key: 'metrics', label: 'Metrics', hint: 'Baseline, result and source: “p99 240 ms to 45 ms (Messaging dashboard)”.', multiline: true },
  { key: 'lessons', label: 'Lessons', hint: 'What you would do differently.', multiline: true },
];

export function emptyLogFields(): ProgramLogFields {
  return { title: '', role: '', dates: '', scope: '', teams: '', timeline: '', risks: '', decisions: '', outcome: '', metrics: '', lessons: '' };
}

/** Collapses whitespace and ends the text with one full stop. */
function sentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return '';
  return /[.!?…]$/.test(flat) ? flat : `${flat}.`;
}

function clause(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:,]+$/, '');
}

/** Lower-cases the first letter unless the word is an acronym or a name-like "iOS", "Kafka". */
function lowerFirst(text: string): string {
  const first = text.split(/\s/)[0] ?? '';
  if (/^[A-Z][a-z]/.test(first) && !/[A-Z]/.test(first.slice(1)) && !/^(?:I|I'm)$/.test(first)) {
    return text.charAt(0).toLowerCase() + text.slice(1);
  }
  return text;
}

function firstSentence(text: string): string {
  const flat = clause(text.split(/\n/).find((line) => line.trim() !== '') ?? '');
  return clause(flat.split(/(?<=[.!?])\s+(?=[A-Z])/)[0] ?? flat);
}

/** Strips a leading bullet mark and returns the non-empty lines. */
function lines(text: string): string[] {
  return text
    .split(/\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]\s+|\d{1,2}[.)]\s+)/, '').trim())
    .filter(Boolean);
}

const BASE_VERB =
  /^(?:move|migrate|launch|build|replace|ship|consolidate|retire|roll out|deliver|cut|reduce|introduce|split|upgrade|adopt|create|implement|deploy|rebuild|rewrite|automate|standardi[sz]e|scale|open|close|merge|decommission|redesign|modernize|enable)\b/i;

const MISSING = {
  situation: '[Where and when, and what was at stake: the scale, the stakes and the constraint.]',
  task: '[What you personally owned.]',
  action: '[Three to five moves you made, in the first person, each a decision with its reason.]',
  result: '[What happened, in numbers, and what lasted.]',
};

/** A first-draft STAR story from a log entry. Empty fields become bracketed prompts, so nothing looks finished that is not. */
export function draftStory(entry: ProgramLogFields): { title: string } & StarText {
  const situation = [
    sentence(entry.scope),
    entry.teams.trim() ? sentence(`It involved ${lowerFirst(clause(entry.teams))}`) : '',
    entry.dates.trim() ? sentence(`Dates: ${clause(entry.dates)}`) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const task = entry.role.trim() ? sentence(entry.role) : '';
  const actionParts = [...lines(entry.risks), ...lines(entry.decisions)].map(sentence);
  const action = actionParts.length > 0 ? `${actionParts.join(' ')}\n\n[Retell each as a move you made: “I spotted…, so I…”.]` : '';
  const result = [sentence(entry.outcome), sentence(entry.metrics)].filter(Boolean).join(' ');
  return {
    title: entry.title.trim() || 'Untitled program',
    situation: situation || MISSING.situation,
    task: task || MISSING.task,
    action: action || MISSING.action,
    result: result || MISSING.result,
  };
}

/**
 * First-draft resume bullets: one for the program as a whole (verb, what, scale, result), and one per risk, up to two,
 * since a risk caught early is the bullet hiring managers look for.
 */
export function draftBullets(entry: ProgramLogFields): string[] {
  const bullets: string[] = [];
  const title = clause(entry.title);
  // A title that starts with a verb ("Move order events to Kafka") reads as "Led the program to move…".
  const what = !title ? 'the program' : BASE_VERB.test(title) ? `the program to ${lowerFirst(title)}` : lowerFirst(title);
  // "6 teams, 31 engineers: Platform, Checkout…" keeps the counts and leaves the list for the interview.
  const scale = clause(firstSentence(entry.teams).split(/[:(]/)[0] ?? '');
  const result = [clause(firstSentence(entry.metrics)), clause(firstSentence(entry.outcome))].filter(Boolean);
  let main = `Led ${what}`;
  if (scale) main += ` across ${lowerFirst(scale)}`;
  if (result.length > 0) main += `; ${lowerFirst(result[0] ?? '')}`;
  bullets.push(sentence(main));
  for (const risk of lines(entry.risks).slice(0, 2)) {
    const text = clause(firstSentence(risk)).replace(/^\(\d+\)\s*/, '');
    if (text) bullets.push(sentence(/^(?:caught|flagged|spotted|identified|found|raised)\b/i.test(text) ? text : `Caught ${lowerFirst(text)}`));
  }
  if (result.length > 1 && result[1]) bullets.push(sentence(`Delivered ${what}: ${lowerFirst(result[1])}`));
  return bullets;
}

/**
 * What an entry still lacks before its drafts can be strong: the fields the lesson says pay off later, a count of
 * teams or people, and metrics with a number and a baseline.
 */
export function logEntryGaps(entry: ProgramLogFields): string[] {
  const gaps: string[] = [];
  const empty = (key: keyof ProgramLogFields) => entry[key].trim() === '';
  if (empty('title')) gaps.push('Name the program.');
  if (empty('role')) gaps.push('Say what you owned (your role): it becomes the story’s task and keeps you from over-claiming.');
  if (empty('scope')) gaps.push('Describe the scope: it becomes the story’s situation.');
  if (empty('teams')) gaps.push('List the teams and people.');
  else if (!findQuantities(entry.teams).some(isScope))
    gaps.push('Count the teams or engineers (“6 teams, 31 engineers”): hiring managers scan for scale.');
  if (empty('risks') && empty('decisions')) gaps.push('Record the risks you caught or the decisions you drove: they become the story’s action.');
  if (empty('metrics')) gaps.push('Add metrics: the result needs numbers.');
  else if (!findQuantities(entry.metrics).some(isMeasure)) gaps.push('The metrics have no number yet.');
  else if (!hasBeforeAfter(entry.metrics)) gaps.push('Give each metric a baseline: “from 240 ms to 45 ms”.');
  return gaps;
}
