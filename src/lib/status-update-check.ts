/**
 * Checks an executive status update for what a leader needs to act on it (see the status-reporting lesson): an
 * overall red, amber or green with the reason, the top risks with an owner and a date, whether a decision or help is
 * needed, the next milestones with dates, and a length a busy reader finishes (200 words at most).
 */
import { countWords } from './spoken-length';
import { findQuantities, isDate } from './quantities';
import type { Check } from './star-story-check';

export type Rag = 'red' | 'amber' | 'green';

export interface StatusReport {
  checks: Check[];
  words: number;
  /** The overall colour, when one was found. */
  rag: Rag | null;
  /** True when the text was longer than MAX_CHECKED_CHARS and only its start was checked. */
  truncated: boolean;
}

export const MAX_WORDS = 200;
export const MIN_WORDS = 40;
export const MAX_CHECKED_CHARS = 20_000;

type Section = 'risks' | 'milestones' | 'asks' | null;

interface Item {
  text: string;
  section: Section;
  /** The line the item came from; sentences of one paragraph share it. */
  line: number;
}

const COLOUR = /\b(red|amber|yellow|green)\b|(🔴|🟠|🟡|🟢)/iu;
const EMOJI_RAG: Record<string, Rag> = { '🔴': 'red', '🟠': 'amber', '🟡': 'amber', '🟢': 'green' };
const HALF_COLOUR = /\b(?:red|amber|yellow|green)\s*[-/]\s*(?:red|amber|yellow|green)\b/i;
const OVERALL = /\b(?:overall|status|rag|health)\b/i;
const REASON = /\b(?:because|due to|since|driven by|owing to|caused by|why|reason|following|given that|as a result|so that)\b/i;

const RISK =
  /\b(?:risks?|blockers?|blocked|blocking|issues?|concerns?|threats?|slip(?:s|ped|ping)?|behind|delay(?:s|ed)?|late|at risk|gaps?|shortfall|dependency)\b/i;
const MILESTONE =
  /\b(?:milestones?|M\d+|next steps?|launch(?:es|ed)?|cutover|GA|beta|release[sd]?|ship(?:s|ping)?|go-?live|rollout|deadline|due|lands?|retest|deliver(?:y|s)?|complete[sd]?|finish(?:es)?|forecast|target|code freeze|pilot|demo|review|sign-?off)\b/i;
const ASK =
  /\b(?:decisions? (?:needed|required|requested)|need(?:s|ed)? (?:a |your |an? |the )?(?:decision|approval|sign-?off|help|input|call|headcount|budget|you to)|help (?:needed|wanted)|requesting|please (?:approve|decide|confirm|review|help)|can you|could you|approve|escalat(?:e|ing|ion)|we need|I need)\b|\b(?:asks?|requests?)\s*:[ \t]*(?!(?:none|n\/a|nothing|no)\b)\S/i;
const NO_ASK =
  /\b(?:no (?:decisions?|asks?|help|action)(?: is| are)?(?: needed| required| requested)?|decisions? needed\s*:\s*none|nothing needed|no action needed|fyi only|informational only)\b/gi;
const NO_RISKS = /\bno (?:new |open |major |material |top )?(?:risks|blockers|issues)\b/i;
const VAGUE_DATE =
  /\b(?:soon|TBD|TBC|ASAP|shortly|in the coming (?:days|weeks|months)|later this (?:week|month|quarter|year)|eventually|at some point)\b/i;
const ACTIVITY = /\b(?:held|ran|attended|had|hosted)\s+\d+\s+(?:syncs?|meetings?|stand-?ups?|calls?)\b|\bclosed\s+\d+\s+(?:tickets|jiras|issues)\b/i;

const OWNER_WORD = /\b(?:owners?|owned by|assigned to|DRI|accountable|POC|point person|lead\s*:)|@[\w.-]+/i;
const NOT_NAMES = new Set(
  'The We I If This That It Its Our Overall Status Next Risk Risks Ask Asks Why Top Due Owner Team Decision Decisions None No Yes Note FYI Green Amber Red Yellow Blocked Today Tomorrow Milestone Milestones Help Need Needed Cutover Launch Retest Fix Forecast Plan Recovery Load All And Or But So Then When After Before Until By On In At For From To With Without Is Are Was Were Also'.split(
    ' ',
  ),
);
const MONTHS_AND_DAYS = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)/;
const NAME_THEN_ACTION =
  /\b([A-Z][\p{L}-]+)(?:\s[A-Z][\p{L}-]+)?(?:\s+team)?\s+(?:will|to\s+\p{L}+|owns|is\s+(?:driving|fixing|working|handling|chasing|on\s+it|leading)|has\s+it|leads)\b/gu;
const NAME_IN_LIST = /[(,;–—]\s*([A-Z][\p{L}-]+)\s*[,);]/gu;

function isName(word: string | undefined): boolean {
  return word !== undefined && !NOT_NAMES.has(word) && !MONTHS_AND_DAYS.test(word);
}

export function hasOwner(text: string): boolean {
  if (OWNER_WORD.test(text)) return true;
  for (const match of text.matchAll(NAME_THEN_ACTION)) if (isName(match[1])) return true;
  for (const match of text.matchAll(NAME_IN_LIST)) if (isName(match[1])) return true;
  return false;
}

export function hasDate(text: string): boolean {
  return findQuantities(text).some(isDate);
}

const HEADING =
  /^(?:#+\s*)?(?:\*\*)?\s*(top\s+|key\s+|open\s+)?(risks?(?:\s+and\s+issues)?|issues|blockers|(?:next\s+|upcoming\s+|key\s+)?milestones|next\s+steps|upcoming|timeline|dates|decisions?(?:\s+needed)?|asks?|help\s+needed|needs)\s*(?:\*\*)?\s*(?::\s*(.*))?$/i;

function sectionOf(label: string): Section {
  const word = label.toLowerCase();
  if (/risk|issue|blocker/.test(word)) return 'risks';
  if (/milestone|step|upcoming|timeline|date/.test(word)) return 'milestones';
  return 'asks';
}

/** Lines become items, paragraphs become sentences. Headings ("Top risks", "Next milestones:") set a section. */
function itemsOf(text: string): Item[] {
  const items: Item[] = [];
  let section: Section = null;
  for (const [lineNumber, rawLine] of text.split(/\r?\n/).entries()) {
    const bullet = /^\s*(?:[-*+•·–—]\s+|\d{1,2}[.)]\s+)/.test(rawLine);
    const line = rawLine.replace(/^\s*(?:[-*+•·–—]\s+|\d{1,2}[.)]\s+)/, '').trim();
    if (line === '') {
      section = null;
      continue;
    }
    const heading = line.match(HEADING);
    let content = line;
    if (heading) {
      section = sectionOf(heading[2] ?? '');
      content = heading[3]?.trim() ?? '';
      if (content === '') continue;
    }
    // A bullet or a line under a heading is one item (a risk with its owner and date); a paragraph is split into sentences.
    if (bullet || section) items.push({ text: content, section, line: lineNumber });
    else
      for (const sentence of content.split(/(?<=[.!?])\s+(?=[A-Z0-9“"(])/))
        if (sentence.trim()) items.push({ text: sentence.trim(), section, line: lineNumber });
  }
  return items;
}

function excerpt(text: string, max = 48): string {
  return `“${text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text}”`;
}

/** Checks an update. Pure; linear in the text's length (capped at MAX_CHECKED_CHARS). */
export function checkStatusUpdate(input: string): StatusReport {
  const words = countWords(input);
  const truncated = input.length > MAX_CHECKED_CHARS;
  const text = input.slice(0, MAX_CHECKED_CHARS);
  const items = itemsOf(text);
  const checks: Check[] = [];

  // Overall status and its reason.
  const statusIndex = items.findIndex((item) => OVERALL.test(item.text) && COLOUR.test(item.text));
  const colourIndex = statusIndex !== -1 ? statusIndex : items.findIndex((item) => COLOUR.test(item.text));
  let rag: Rag | null = null;
  if (colourIndex === -1) {
    checks.push({
      id: 'overall',
      label: 'Overall status with a reason',
      status: 'fail',
      detail: 'No overall status. Open with Green, Amber or Red, then one sentence on why, against the committed date.',
    });
  } else {
    const statusItem = items[colourIndex] as Item;
    const match = COLOUR.exec(statusItem.text);
    const word = (match?.[1] ?? '').toLowerCase();
    rag = match?.[2] ? (EMOJI_RAG[match[2]] ?? null) : word === 'yellow' ? 'amber' : (word as Rag);
    const after = statusItem.text.slice((match?.index ?? 0) + (match?.[0].length ?? 0)).replace(/\((?:was|from)[^)]*\)/i, '');
    const nearby = items.slice(colourIndex, colourIndex + 3).map((item) => item.text);
    // "Overall: Red. The vendor API slipped to Apr 28." gives its reason in the next sentence of the same paragraph.
    const next = items[colourIndex + 1];
    const reasonNext = next !== undefined && next.line === statusItem.line && next.section === null && countWords(next.text) >= 4;
    const reasoned = nearby.some((item) => REASON.test(item)) || countWords(after) >= 5 || reasonNext;
    const half = text.match(HALF_COLOUR);
    const colour = rag ? rag[0]?.toUpperCase() + rag.slice(1) : '';
    const moved = /\((?:was|from)\s+(?:red|amber|yellow|green)\)|\bwas (?:red|amber|yellow|green)\b|\bunchanged\b/i.test(text);
    if (half) {
      checks.push({
        id: 'overall',
        label: 'Overall status with a reason',
        status: 'warn',
        detail: `“${half[0]}” is a half colour, which means the call is not made yet. Pick one, and give the reason.`,
      });
    } else if (!reasoned) {
      checks.push({
        id: 'overall',
        label: 'Overall status with a reason',
        status: 'warn',
        detail: `${colour}, but no reason. Add one sentence: why it is ${colour.toLowerCase()}, against the committed date (“because load tests reach 7,000 of 12,000 events/s”).`,
      });
    } else {
      checks.push({
        id: 'overall',
        label: 'Overall status with a reason',
        status: 'pass',
        detail: `${colour}, with a reason.${moved ? ' It shows the change since last time, too.' : ' Consider showing movement: “Amber (was Green)”.'}`,
      });
    }
  }

  // Top risks with owners and dates.
  const riskItems = items.filter(
    (item, index) =>
      index !== colourIndex && item.section !== 'asks' && !NO_RISKS.test(item.text) && (item.section === 'risks' || RISK.test(item.text)),
  );
  if (riskItems.length === 0) {
    checks.push(
      NO_RISKS.test(text)
        ? { id: 'risks', label: 'Top risks, each with an owner and a date', status: 'pass', detail: 'Says there are no open risks.' }
        : {
            id: 'risks',
            label: 'Top risks, each with an owner and a date',
            status: 'fail',
            detail: 'No risks named. List the top one to three, each with an owner and the date of the next step; if there are none, say so.',
          },
    );
  } else {
    const top = riskItems.slice(0, 3);
    const noOwner = top.filter((item) => !hasOwner(item.text));
    const noDate = top.filter((item) => !hasDate(item.text));
    const missing = top
      .filter((item) => noOwner.includes(item) || noDate.includes(item))
      .map(
        (item) =>
          `${excerpt(item.text)} has no ${noOwner.includes(item) && noDate.includes(item) ? 'owner or date' : noOwner.includes(item) ? 'owner' : 'date'}`,
      );
    checks.push(
      missing.length === 0
        ? {
            id: 'risks',
            label: 'Top risks, each with an owner and a date',
            status: 'pass',
            detail: `${top.length} ${top.length === 1 ? 'risk' : 'risks'}, each with an owner and a date.`,
          }
        : {
            id: 'risks',
            label: 'Top risks, each with an owner and a date',
            status: 'warn',
            detail: `${missing.join('; ')}. Write “Owner: Mei, due Mar 21”.`,
          },
    );
  }

  // Decisions or help needed.
  // "No decision needed" contains "decision needed": take the explicit nones out before looking for an ask.
  const askItems = items.filter((item) => item.section === 'asks');
  const saysNone = (item: Item) => /^(?:none|n\/a|nothing|no\b)/i.test(item.text.trim());
  const none = text.search(NO_ASK) !== -1 || askItems.some(saysNone);
  const withoutNone = text.replace(NO_ASK, ' ');
  const asks = ASK.test(withoutNone) || askItems.some((item) => !saysNone(item) && item.text.replace(NO_ASK, '').trim().length > 3);
  if (asks) checks.push({ id: 'asks', label: 'Decision or help needed', status: 'pass', detail: 'Says what you need from the reader.' });
  else if (none && rag === 'red')
    checks.push({
      id: 'asks',
      label: 'Decision or help needed',
      status: 'fail',
      detail:
        'Red with no ask. Red means the program misses unless someone above decides or provides something: name it (people, money, a scope cut, a new date).',
    });
  else if (none) checks.push({ id: 'asks', label: 'Decision or help needed', status: 'pass', detail: 'Says plainly that no decision is needed.' });
  else
    checks.push({
      id: 'asks',
      label: 'Decision or help needed',
      status: rag === 'red' ? 'fail' : 'warn',
      detail:
        rag === 'red'
          ? 'Red with no ask. Say exactly what decision or resource you need, and by when.'
          : 'Say whether you need anything: “Decision needed: …” or “No decision needed this week.”',
    });

  // Next milestones with dates.
  const milestoneItems = items.filter((item) => item.section === 'milestones' || (item.section !== 'risks' && MILESTONE.test(item.text)));
  const dated = milestoneItems.filter((item) => hasDate(item.text));
  const undated = milestoneItems.filter((item) => !hasDate(item.text) && (item.section === 'milestones' || VAGUE_DATE.test(item.text)));
  const vague = text.match(VAGUE_DATE);
  if (dated.length === 0) {
    checks.push({
      id: 'milestones',
      label: 'Next milestones with dates',
      status: 'fail',
      detail: vague
        ? `“${vague[0]}” is not a date. Give each next milestone a date: “M4 load test passes: Mar 24”.`
        : 'No dated milestones. List the next one to three with their dates, and the forecast against the committed date.',
    });
  } else if (undated.length > 0) {
    checks.push({
      id: 'milestones',
      label: 'Next milestones with dates',
      status: 'warn',
      detail: `${undated
        .slice(0, 2)
        .map((item) => `${excerpt(item.text)} has no date`)
        .join('; ')}.`,
    });
  } else {
    checks.push({
      id: 'milestones',
      label: 'Next milestones with dates',
      status: 'pass',
      detail: `${dated.length} dated ${dated.length === 1 ? 'milestone' : 'milestones'}.`,
    });
  }

  // Length.
  const count = `${words.toLocaleString('en-US')} ${words === 1 ? 'word' : 'words'}`;
  checks.push(
    words === 0
      ? { id: 'length', label: `At most ${MAX_WORDS} words`, status: 'fail', detail: 'Nothing written yet.' }
      : words > MAX_WORDS
        ? {
            id: 'length',
            label: `At most ${MAX_WORDS} words`,
            status: 'fail',
            detail: `${count}: cut ${(words - MAX_WORDS).toLocaleString('en-US')}. Move detail behind a link to the director update.`,
          }
        : words < MIN_WORDS
          ? {
              id: 'length',
              label: `At most ${MAX_WORDS} words`,
              status: 'warn',
              detail: `${count}: short enough, but likely missing the reason, risks or dates.`,
            }
          : { id: 'length', label: `At most ${MAX_WORDS} words`, status: 'pass', detail: `${count}.` },
  );

  const activity = text.match(ACTIVITY);
  if (activity) {
    checks.push({
      id: 'activity',
      label: 'Outcomes, not activity',
      status: 'warn',
      detail: `“${activity[0]}” is activity. Say whether the date holds instead.`,
    });
  }

  return { checks, words, rag, truncated };
}
