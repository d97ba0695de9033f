/**
 * The behavioral drill: which question to ask, and how a two-to-three-minute STAR answer should be paced.
 *
 * Questions come from the fixed competency list (src/lib/competencies.ts): each competency's own question plus two
 * more phrasings an interviewer uses for it. The drill prefers competencies the reader has drilled least, so repeated
 * drills walk the whole list. Pacing follows the house rule for stories: situation and task short, action longest,
 * result with a number, the whole in two to three minutes (about 150 words a minute).
 */
import { COMPETENCIES, type CompetencyId } from './competencies';

export interface DrillQuestion {
  /** Stable id: `<competency>` for the competency's own question, `<competency>-<n>` for the others. */
  id: string;
  competency: CompetencyId;
  text: string;
}

/** Further ways each competency is asked about, beyond the one in the competency list. */
const MORE_QUESTIONS: Record<CompetencyId, readonly [string, string]> = {
  'delivering-results': [
    'Tell me about the program you are proudest of delivering. What was the measurable outcome?',
    'Describe a time you had to hit a date that most people thought was impossible.',
  ],
  'managing-dependencies': [
    'How did you keep a program on track when five teams each owned a piece of the critical path?',
    'Tell me about a dependency you discovered late. What did you do, and what did you change afterwards?',
  ],
  'resolving-conflict': [
    'Tell me about a disagreement between two senior engineers that was blocking your program.',
    'Describe a time you disagreed with your manager’s decision. What happened?',
  ],
  'influence-without-authority': [
    'Tell me about a time you convinced a team to take on work that was not on their roadmap.',
    'How have you changed the mind of someone more senior than you?',
  ],
  'escalating-risk-early': [
    'Tell me about a time you raised a red status when others wanted to keep it green.',
    'Describe a risk you saw coming months out. How did you get people to act on it?',
  ],
  'negotiating-scope': [
    'Tell me about a time you cut scope to protect a launch. How did you decide what to cut?',
    'Describe a time a stakeholder kept adding requirements late in a program.',
  ],
  'learning-from-failure': [
    'Tell me about your biggest professional mistake and what you do differently because of it.',
    'Describe a launch that went badly. What was your part in it?',
  ],
  'handling-ambiguity': [
    'Tell me about a time you were handed a problem with no owner, no plan and no clear goal.',
    'Describe a decision you had to make before the facts were in.',
  ],
  'earning-trust': [
    'Tell me about a time you lost a team’s trust and how you earned it back.',
    'How did you build credibility with an engineering team in your first months on a program?',
  ],
  'diving-deep': [
    'Tell me about a time you found the root cause of a problem others had missed.',
    'Describe a technical trade-off you had to understand in detail to move a program forward.',
  ],
  'bias-for-action': [
    'Tell me about a time you acted without waiting for permission. How did it turn out?',
    'Describe a time you unblocked a stalled decision by proposing a reversible first step.',
  ],
  'improving-a-process': [
    'Tell me about a process that slowed your teams down and how you fixed it.',
    'Describe a metric you introduced to run a program better. What did it change?',
  ],
  'leading-through-an-incident': [
    'Tell me about the worst production incident you were part of. What was your role?',
    'Describe how you made sure a postmortem’s action items actually got done.',
  ],
  prioritizing: [
    'Tell me about a time you had to say no to an important stakeholder.',
    'How did you decide what to drop when two launches needed the same engineers?',
  ],
  'communicating-to-executives': [
    'Tell me about a time you had five minutes with an executive to get a decision.',
    'Describe a status update you wrote that delivered bad news. How did you frame it?',
  ],
  'customer-obsession': [
    'Tell me about a time customer data changed your program’s priorities.',
    'Describe a trade-off between a launch date and the customer experience. What did you choose?',
  ],
};

/** Every drill question, competency by competency. */
export const DRILL_QUESTIONS: readonly DrillQuestion[] = COMPETENCIES.flatMap((competency) => [
  { id: competency.id, competency: competency.id, text: competency.question },
  ...MORE_QUESTIONS[competency.id].map((text, index) => ({ id: `${competency.id}-${index + 2}`, competency: competency.id, text })),
]);

export function questionById(id: string): DrillQuestion | undefined {
  return DRILL_QUESTIONS.find((question) => question.id === id);
}

export interface PickOptions {
  /** Only questions for this competency. */
  competency?: CompetencyId | undefined;
  /** How many times each question has been drilled; least-drilled competencies, then questions, come first. */
  drilled?: Readonly<Record<string, number>>;
  /** A question not to draw again straight away (the one just shown). */
  avoid?: string | undefined;
  /** A number in [0, 1); Math.random by default, fixed in tests. */
  random?: () => number;
}

/**
 * Draws a question. Among the allowed questions it keeps those whose competency has been drilled least, then those
 * drilled least themselves, and picks one of them at random.
 */
export function pickQuestion(options: PickOptions = {}): DrillQuestion {
  const { competency, drilled = {}, avoid, random = Math.random } = options;
  const allowed = DRILL_QUESTIONS.filter((q) => !competency || q.competency === competency);
  const pool = allowed.length > 1 ? allowed.filter((q) => q.id !== avoid) : allowed;
  const byCompetency = new Map<string, number>();
  for (const q of DRILL_QUESTIONS) byCompetency.set(q.competency, (byCompetency.get(q.competency) ?? 0) + (drilled[q.id] ?? 0));
  const competencyMin = Math.min(...pool.map((q) => byCompetency.get(q.competency) ?? 0));
  const fresh = pool.filter((q) => (byCompetency.get(q.competency) ?? 0) === competencyMin);
  const questionMin = Math.min(...fresh.map((q) => drilled[q.id] ?? 0));
  const candidates = fresh.filter((q) => (drilled[q.id] ?? 0) === questionMin);
  const index = Math.min(candidates.length - 1, Math.floor(random() * candidates.length));
  return candidates[index] ?? DRILL_QUESTIONS[0]!;
}

export type StarPartId = 'situation' | 'task' | 'action' | 'result';

export interface StarPart {
  id: StarPartId;
  label: string;
  /** What the part should cover, shown while it is the part to be speaking. */
  cue: string;
  /** The part's share of a 2½-minute answer, in ms. */
  budgetMs: number;
}

/** A 2½-minute answer: situation 20 s, task 15 s, action 85 s, result 30 s. */
export const STAR_PARTS: readonly StarPart[] = [
  { id: 'situation', label: 'Situation', cue: 'Where, when, and what was at stake. One or two sentences.', budgetMs: 20_000 },
  { id: 'task', label: 'Task', cue: 'What you personally owned. One sentence.', budgetMs: 15_000 },
  { id: 'action', label: 'Action', cue: 'What you did, step by step, in the first person. The longest part.', budgetMs: 85_000 },
  { id: 'result', label: 'Result', cue: 'What changed, with a number, and what you learned.', budgetMs: 30_000 },
];

export const ANSWER_MIN_MS = 120_000;
export const ANSWER_TARGET_MS = STAR_PARTS.reduce((sum, part) => sum + part.budgetMs, 0);
export const ANSWER_MAX_MS = 180_000;

export interface PacingMark {
  id: StarPartId;
  label: string;
  /** When the part should begin, in ms from the start of the answer. */
  startMs: number;
  /** When the part should be over. */
  endMs: number;
}

/** Where each STAR part should begin and end on the answer clock. */
export function pacingMarks(parts: readonly StarPart[] = STAR_PARTS): PacingMark[] {
  let at = 0;
  return parts.map((part) => {
    const mark = { id: part.id, label: part.label, startMs: at, endMs: at + part.budgetMs };
    at += part.budgetMs;
    return mark;
  });
}

/** The part the reader should be speaking at `elapsedMs` on a paced answer; the result once past the target. */
export function expectedPart(elapsedMs: number, parts: readonly StarPart[] = STAR_PARTS): number {
  const marks = pacingMarks(parts);
  const index = marks.findIndex((mark) => elapsedMs < mark.endMs);
  return index === -1 ? marks.length - 1 : index;
}

export type AnswerZone = 'early' | 'in-range' | 'wrap-up' | 'over';

/** Where a running answer stands against the two-to-three-minute window. */
export function answerZone(elapsedMs: number): AnswerZone {
  if (elapsedMs < ANSWER_MIN_MS) return 'early';
  if (elapsedMs < ANSWER_TARGET_MS) return 'in-range';
  if (elapsedMs <= ANSWER_MAX_MS) return 'wrap-up';
  return 'over';
}

export interface PartPace {
  id: StarPartId;
  label: string;
  actualMs: number;
  budgetMs: number;
  verdict: 'short' | 'on-pace' | 'long' | 'missing';
}

export interface AnswerAssessment {
  verdict: 'short' | 'on-pace' | 'long';
  /** One sentence on the length of the answer. */
  message: string;
  /** Each part's time, when the reader marked the parts as they spoke them. */
  parts: PartPace[];
  /** Advice from the part times, if any part was badly off. */
  advice: string[];
}

/** How far from its budget a part may run before it is called short or long. */
const PART_TOLERANCE = 0.5;

/**
 * Judges an answer's pace from its total length and, when the reader marked each part, the time in each part
 * (`partTimesMs[i]` for `STAR_PARTS[i]`; parts never reached are missing).
 */
export function assessAnswer(totalMs: number, partTimesMs: readonly number[] = []): AnswerAssessment {
  const verdict = totalMs < ANSWER_MIN_MS ? 'short' : totalMs > ANSWER_MAX_MS ? 'long' : 'on-pace';
  const message =
    verdict === 'short'
      ? 'Under two minutes: there is probably not enough action. Say what you did, step by step, and the result with its number.'
      : verdict === 'long'
        ? 'Over three minutes: interviewers start to lose the thread. Cut the setup and keep the action to the three steps that mattered.'
        : 'Between two and three minutes: the right length for a behavioral answer.';
  const marked = partTimesMs.length > 1;
  const parts: PartPace[] = marked
    ? STAR_PARTS.map((part, index) => {
        const actualMs = partTimesMs[index];
        if (actualMs === undefined) return { id: part.id, label: part.label, actualMs: 0, budgetMs: part.budgetMs, verdict: 'missing' };
        const ratio = actualMs / part.budgetMs;
        const pace = ratio < 1 - PART_TOLERANCE ? 'short' : ratio > 1 + PART_TOLERANCE ? 'long' : 'on-pace';
        return { id: part.id, label: part.label, actualMs, budgetMs: part.budgetMs, verdict: pace };
      })
    : [];
  const advice: string[] = [];
  const setup = (partTimesMs[0] ?? 0) + (partTimesMs[1] ?? 0);
  const action = partTimesMs[2] ?? 0;
  if (marked) {
    if (setup > 60_000) advice.push('The situation and task took over a minute. Give the context in two sentences and move on.');
    if (partTimesMs.length >= 3 && action < setup) advice.push('The action was shorter than the setup. The action is what you are being hired for: make it the longest part.');
    if (partTimesMs.length < STAR_PARTS.length) advice.push('You never reached the result. Always land the result, with a number, even if you have to cut the action short.');
    else if ((partTimesMs[3] ?? 0) < 10_000) advice.push('The result was rushed. State the outcome with a number and one thing you learned.');
  }
  return { verdict, message, parts, advice };
}

export interface SelfCheck {
  id: string;
  label: string;
}

/** What to ask yourself after each answer. */
export const SELF_CHECKS: readonly SelfCheck[] = [
  { id: 'answered', label: 'I answered the question that was asked, with one specific story.' },
  { id: 'short-setup', label: 'The situation and task took under 30 seconds.' },
  { id: 'first-person', label: 'I said “I” for what I did, not “we”.' },
  { id: 'action-longest', label: 'The action was the longest part, with the steps I took and why.' },
  { id: 'number', label: 'The result had a number (time, money, percentage, people).' },
  { id: 'reflection', label: 'I said what I learned or would do differently.' },
];
