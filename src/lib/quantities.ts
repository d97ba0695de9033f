/**
 * Finds the numbers in a piece of writing and says what kind each one is, so the checkers can tell a measured result
 * ("cut p99 from 1.2 s to 380 ms", "$1.2M", "10x", "3 of 5 teams") from a number that measures nothing (a year, "Q3",
 * "S3", "p99", "GPT-4").
 */

export type QuantityKind =
  /** $1.2M, €300K, 40 thousand dollars */
  | 'money'
  /** 27%, 41 percent, 3 percentage points */
  | 'percent'
  /** 10x, 3×, doubled, halved, threefold */
  | 'multiplier'
  /** 3 of 5 teams, 7,000 out of 12,000 */
  | 'ratio'
  /** 8 months, 45 ms, two weeks */
  | 'duration'
  /** 7 teams, 52 engineers, 2.1M users, three services */
  | 'count'
  /** a number standing alone: "pages fell from 31 a week to 9" */
  | 'number'
  /** Mar 14, 14 March 2026, 2026-03-14, 3/14, Friday, end of week */
  | 'date'
  /** Q3, H1 2026, FY25 */
  | 'period'
  /** 2024 on its own */
  | 'year';

export interface Quantity {
  kind: QuantityKind;
  /** The matched text, as written. */
  text: string;
  /** Offset of the match in the input. */
  index: number;
  /** For counts, ratios and durations: the noun counted, lower-cased ("teams", "weeks"). */
  unit?: string;
}

/** Kinds that measure something: a result or a scope. Dates, periods and years only say when. */
const MEASURE_KINDS: ReadonlySet<QuantityKind> = new Set(['money', 'percent', 'multiplier', 'ratio', 'duration', 'count', 'number']);
const DATE_KINDS: ReadonlySet<QuantityKind> = new Set(['date', 'period']);

export function isMeasure(quantity: Quantity): boolean {
  return MEASURE_KINDS.has(quantity.kind);
}

export function isDate(quantity: Quantity): boolean {
  return DATE_KINDS.has(quantity.kind);
}

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'a hundred',
  'a thousand',
  'a dozen',
  'dozens of',
  'hundreds of',
  'thousands of',
  'millions of',
  'a million',
  'half a',
  'a half',
];
const WORD = `(?:${NUMBER_WORDS.join('|')})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?`;
const NUM = `(?:${DIGITS})`;
/** "40-50" and "40–50": an honest range counts like a number. */
const RANGE = `(?:${NUM}(?:\\s?[–-]\\s?${NUM})?)`;
const SCALE = String.raw`(?:\s?(?:[kKmMbB](?:n|m)?|million|billion|thousand|trillion)\b)`;

/** Nouns that count the scale of a program or a result. */
const UNIT_NOUNS = [
  'teams?',
  'engineers?',
  'developers?',
  'people',
  'persons?',
  'staff',
  'contractors?',
  'squads?',
  'orgs?',
  'organi[sz]ations?',
  'departments?',
  'groups?',
  'functions?',
  'pms?',
  'tpms?',
  'managers?',
  'directors?',
  'stakeholders?',
  'partners?',
  'vendors?',
  'suppliers?',
  'customers?',
  'clients?',
  'users?',
  'members?',
  'employees?',
  'hires?',
  'sellers?',
  'merchants?',
  'drivers?',
  'advertisers?',
  'accounts?',
  'countries',
  'country',
  'regions?',
  'markets?',
  'locales?',
  'languages?',
  'offices?',
  'sites?',
  'stores?',
  'warehouses?',
  'data ?cent(?:er|re)s?',
  'services?',
  'microservices?',
  'apis?',
  'endpoints?',
  'systems?',
  'apps?',
  'applications?',
  'products?',
  'features?',
  'platforms?',
  'devices?',
  'clusters?',
  'nodes?',
  'servers?',
  'hosts?',
  'instances?',
  'machines?',
  'gpus?',
  'cpus?',
  'databases?',
  'tables?',
  'repos?',
  'repositories',
  'repository',
  'pipelines?',
  'jobs?',
  'builds?',
  'tests?',
  'releases?',
  'deploys?',
  'deployments?',
  'launches?',
  'programs?',
  'programmes?',
  'projects?',
  'workstreams?',
  'milestones?',
  'dependencies',
  'dependency',
  'risks?',
  'issues?',
  'tickets?',
  'bugs?',
  'defects?',
  'incidents?',
  'outages?',
  'pages?',
  'alerts?',
  'escalations?',
  'requests?',
  'queries',
  'query',
  'transactions?',
  'orders?',
  'events?',
  'messages?',
  'documents?',
  'records?',
  'rows?',
  'files?',
  'calls?',
  'reqs?',
  'rps',
  'qps',
  'tps',
  'sev-?\d',
  'action items?',
  'items?',
  'steps?',
  'stories',
  'story',
  'bullets?',
  'points?',
  'tb',
  'gb',
  'pb',
  'mb',
  'terabytes?',
  'gigabytes?',
  'petabytes?',
];
const UNIT = `(?:${UNIT_NOUNS.join('|')})`;
const TIME_UNIT = String.raw`(?:ms|milliseconds?|µs|microseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|wks?|months?|mos?|quarters?|years?|yrs?|sprints?)`;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const WEEKDAY = String.raw`(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:rs(?:day)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)`;

/** Numbers glued to letters ("S3", "p99", "GPT-4", "Sev-1", "v2") are names, not measures. */
const NOT_AFTER = String.raw`(?<![\p{L}\p{N}_.\-/])(?<![\p{L}][-])`;
const NOT_BEFORE = String.raw`(?![\p{L}\p{N}_])`;

interface Pattern {
  kind: QuantityKind;
  regex: RegExp;
  /** Which capture group holds the unit noun, if any. */
  unitGroup?: number;
}

const flags = 'giu';
// Month and weekday names are matched case-sensitively, so "may", "march" and "sat" stay verbs.
/** Earlier patterns win where matches overlap: "$1.2M" is money, not a number followed by a letter. */
const PATTERNS: Pattern[] = [
  { kind: 'date', regex: new RegExp(String.raw`\b\d{4}-\d{2}-\d{2}\b`, flags) },
  {
    kind: 'date',
    regex: new RegExp(
      String.raw`\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4}(?![-\d]))?|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b\.?(?:,?\s+\d{4}(?![-\d]))?`,
      'gu',
    ),
  },
  { kind: 'date', regex: new RegExp(String.raw`\b(?:${MONTH.replace('May|', '')})\.?(?:\s+\d{4})?\b|\bMay\s+\d{4}\b`, 'gu') },
  { kind: 'date', regex: new RegExp(String.raw`\b${WEEKDAY}\b`, 'gu') },
  {
    kind: 'date',
    regex:
      /\b(?:today|tomorrow|tonight|this week|next week|this month|next month|end of (?:the )?(?:day|week|month|quarter|year|sprint)|EOD|EOW|EOM|EOQ|EOY)\b/giu,
  },
  { kind: 'period', regex: new RegExp(String.raw`\b(?:[QH][1-4]|FY\s?'?\d{2,4})(?:\s*(?:FY)?'?\s?\d{2,4})?\b`, flags) },
  {
    kind: 'money',
    regex: new RegExp(
      String.raw`(?:[$€£¥₹]|\b(?:USD|EUR|GBP)\s?)\s?${NUM}${SCALE}?|${NOT_AFTER}${NUM}${SCALE}?\s?(?:dollars|usd|euros?|eur|pounds|gbp)\b`,
      flags,
    ),
  },
  {
    kind: 'percent',
    regex: new RegExp(String.raw`${NOT_AFTER}${NUM}\s?(?:%|percent\b|per cent\b|percentage points?\b|pp\b|bps\b|basis points\b)`, flags),
  },
  {
    kind: 'multiplier',
    regex: new RegExp(
      String.raw`${NOT_AFTER}${NUM}\s?[x×](?![\p{L}\p{N}])|${NOT_AFTER}${NUM}-?fold\b|\b(?:doubled|tripled|quadrupled|halved|twice as|threefold|fourfold|fivefold|tenfold)\b`,
      flags,
    ),
  },
  {
    kind: 'ratio',
    regex: new RegExp(
      String.raw`${NOT_AFTER}(?:${NUM}${SCALE}?|${WORD})\s+(?:of|out of)\s+(?:the\s+)?(?:${NUM}${SCALE}?|${WORD})(?:\s+(?:[\p{L}-]+\s+)?(${UNIT}|${TIME_UNIT})\b)?`,
      flags,
    ),
    unitGroup: 1,
  },
  { kind: 'ratio', regex: new RegExp(String.raw`${NOT_AFTER}${NUM}\s?\/\s?${NUM}\s+(?:[\p{L}-]+\s+)?(${UNIT})\b`, flags), unitGroup: 1 },
  { kind: 'date', regex: new RegExp(String.raw`${NOT_AFTER}(?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9])(?:\/(?:\d{4}|\d{2}))?${NOT_BEFORE}`, flags) },
  {
    kind: 'duration',
    regex: new RegExp(String.raw`${NOT_AFTER}(?:${RANGE}[\s-]?|(?:${WORD}|an?)[\s-])(?:and a half\s)?(${TIME_UNIT})\b`, flags),
    unitGroup: 1,
  },
  {
    kind: 'count',
    regex: new RegExp(String.raw`${NOT_AFTER}(?:${RANGE}${SCALE}?\+?|${WORD})\s+(?:[\p{L}]+[-\p{L}]*\s+)?(${UNIT})\b`, flags),
    unitGroup: 1,
  },
  { kind: 'count', regex: /\bzero\s+[\p{L}-]+/giu },
  { kind: 'year', regex: new RegExp(String.raw`${NOT_AFTER}(?:19|20)\d{2}${NOT_BEFORE}`, flags) },
  // "24/7" is a phrase and "(1)" a list marker, not measures.
  { kind: 'number', regex: new RegExp(String.raw`${NOT_AFTER}${NUM}${SCALE}?(?:st|nd|rd|th)?${NOT_BEFORE}(?!\/\d)(?!(?<=\(\d+)\))`, flags) },
];

/** Ignore "a week" and "an hour" alone: they are phrases, not measures, unless the article is the only number. */
const ARTICLE_DURATION = /^an?[\s-]/i;

/**
 * Every quantity in the text, in order of appearance, without overlaps. Linear in the text's length; callers that
 * accept pasted text should still cap what they pass in.
 */
export function findQuantities(text: string): Quantity[] {
  // One flag per character marks text already claimed by an earlier pattern; checking a match costs its own length.
  const taken = new Uint8Array(text.length);
  const found: Quantity[] = [];
  const overlaps = (start: number, end: number) => {
    for (let i = start; i < end; i += 1) if (taken[i]) return true;
    return false;
  };
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (const match of text.matchAll(pattern.regex)) {
      const matched = match[0];
      const start = match.index;
      const end = start + matched.length;
      if (matched.trim() === '' || overlaps(start, end)) continue;
      if (pattern.kind === 'duration' && ARTICLE_DURATION.test(matched)) continue;
      taken.fill(1, start, end);
      const quantity: Quantity = { kind: pattern.kind, text: matched.trim(), index: start };
      const unit = pattern.unitGroup ? match[pattern.unitGroup] : undefined;
      if (unit) quantity.unit = unit.toLowerCase();
      found.push(quantity);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Whether the text states a change with both ends: "from 9 days to 3", "41% → 93%". */
export function hasBeforeAfter(text: string): boolean {
  return (
    /\bfrom\s+[^.;:\n]{0,40}?\d[^.;:\n]{0,40}?\s(?:to|down to|up to)\s+[^.;\n]{0,16}?\d/i.test(text) ||
    /\d[^.;\n]{0,20}?(?:→|->|=>)\s*[^.;\n]{0,12}?\d/.test(text)
  );
}

/** Units that describe a program's scale: teams, people, services, customers. */
const SCOPE_UNIT =
  /^(?:teams?|engineers?|developers?|people|persons?|staff|contractors?|squads?|orgs?|organi[sz]ations?|departments?|groups?|functions?|pms?|tpms?|managers?|directors?|stakeholders?|partners?|vendors?|suppliers?|customers?|clients?|users?|members?|employees?|sellers?|merchants?|drivers?|advertisers?|accounts?|countries|country|regions?|markets?|locales?|languages?|offices?|sites?|stores?|warehouses?|data ?cent(?:er|re)s?|services?|microservices?|apis?|endpoints?|systems?|apps?|applications?|products?|platforms?|devices?|clusters?|nodes?|servers?|databases?|repos?|repositories|repository|pipelines?|programs?|programmes?|projects?|workstreams?)$/;
const TIMELINE_UNIT = /^(?:days?|weeks?|wks?|months?|mos?|quarters?|years?|yrs?|sprints?)$/;

/** A count of teams, people or systems, or a timeline in weeks or months: what tells a reader how big the work was. */
export function isScope(quantity: Quantity): boolean {
  if (!quantity.unit) return false;
  if (quantity.kind === 'count' || quantity.kind === 'ratio') return SCOPE_UNIT.test(quantity.unit);
  if (quantity.kind === 'duration') return TIMELINE_UNIT.test(quantity.unit);
  return false;
}
