/**
 * Scores resume bullets the way a hiring manager scans them (see the TPM resume lesson): a number, an outcome rather
 * than an activity, the scale of the work, named technology, and a length that reads in one pass.
 */
import { countWords } from './spoken-length';
import { findQuantities, hasBeforeAfter, isMeasure, isScope, type Quantity } from './quantities';
import type { CheckStatus } from './star-story-check';

export type FindingId = 'quantified' | 'outcome' | 'scope' | 'technical' | 'length' | 'wording';

export interface Finding {
  id: FindingId;
  label: string;
  status: CheckStatus;
  /** What was found. */
  detail: string;
  /** How to fix it; absent when there is nothing to fix. */
  suggestion?: string;
}

export type Grade = 'strong' | 'good' | 'weak';

export interface BulletReport {
  /** 1-based line number in the pasted text. */
  line: number;
  text: string;
  score: number;
  grade: Grade;
  findings: Finding[];
}

export interface ResumeReport {
  bullets: BulletReport[];
  /** Non-empty lines beyond MAX_BULLETS that were not checked. */
  skipped: number;
  averageScore: number | null;
}

/** A resume has a dozen or two bullets; past this many, the rest are counted but not checked. */
export const MAX_BULLETS = 100;
/** A bullet longer than this is checked on its start only; it is far past the length limit anyway. */
export const MAX_BULLET_CHARS = 1_000;
export const LENGTH = { min: 12, max: 35, hardMin: 8, hardMax: 45 } as const;

const POINTS: Record<FindingId, { pass: number; warn: number }> = {
  quantified: { pass: 30, warn: 12 },
  outcome: { pass: 25, warn: 12 },
  scope: { pass: 15, warn: 6 },
  technical: { pass: 15, warn: 6 },
  length: { pass: 10, warn: 5 },
  wording: { pass: 5, warn: 0 },
};

interface Phrase {
  pattern: RegExp;
  suggestion: string;
}

/** Phrases that describe a duty or a calendar instead of what changed. */
const ACTIVITY: Phrase[] = [
  {
    pattern: /\bresponsible for\b/i,
    suggestion: 'Replace “responsible for” with a verb of ownership (Led, Drove, Delivered) and end with what changed.',
  },
  {
    pattern:
      /\b(?:ran|held|hosted|facilitated|organi[sz]ed|conducted|attended|scheduled|led)\s+(?:the\s+|all\s+|our\s+)?(?:daily\s+|weekly\s+|biweekly\s+|regular\s+|recurring\s+|cross-team\s+|team\s+|sprint\s+)*(?:stand-?ups?|syncs?|meetings?|ceremonies|scrums?|check-?ins?|status meetings?|retros?|retrospectives?|plannings?)\b/i,
    suggestion: 'Meetings are activity. Say what they changed: “cut blocker resolution from 9 days to 3 with a twice-weekly triage”.',
  },
  { pattern: /\b(?:helped|assisted|aided)\b/i, suggestion: '“Helped” hides your part. Name the move you made and what it changed.' },
  {
    pattern: /\b(?:participated in|was involved in|involved in|took part in|contributed to)\b/i,
    suggestion: 'Say what you drove, not what you were part of.',
  },
  {
    pattern: /\bworked (?:on|with)\b/i,
    suggestion: '“Worked on” or “worked with” is not an outcome. Start with what you delivered and give its result.',
  },
  {
    pattern: /\b(?:tasked with|duties included|in charge of|was the point of contact)\b/i,
    suggestion: 'A duty is not a result. Lead with the outcome you produced.',
  },
  {
    pattern:
      /\b(?:tracked|monitored|maintained|updated|documented)\s+(?:the\s+|all\s+)?(?:dependencies|risks|progress|status|tickets|jira|the tracker|trackers?|schedules?|action items|roadmaps?|raid logs?)\b/i,
    suggestion: 'Tracking is the method, not the outcome. Say what the tracking let you catch or ship, with a number.',
  },
  {
    pattern: /\bsent (?:weekly |regular |daily )?(?:status|updates|reports)\b/i,
    suggestion: 'Sending status is activity. Say what decision or result the reporting produced.',
  },
  {
    pattern: /\bsupported\b/i,
    suggestion: '“Supported” reads as a side role. If you drove it, say Led or Drove; if not, describe the part you owned.',
  },
];

const RESULT_WORDS =
  /\b(?:cut|cuts|reduc(?:ed|ing)|lower(?:ed|ing)|rais(?:ed|ing)|increas(?:ed|ing)|grew|grow(?:ing|th)|improv(?:ed|ing)|sav(?:ed|ing)|avoid(?:ed|ing)|prevent(?:ed|ing)|eliminat(?:ed|ing)|remov(?:ed|ing)|retir(?:ed|ing)|decommission(?:ed|ing)|launch(?:ed|ing)|ship(?:ped|ping)|deliver(?:ed|ing)|releas(?:ed|ing)|clos(?:ed|ing)|hit|met|meeting|beat|achiev(?:ed|ing)|fell|dropped|rose|doubl(?:ed|ing)|halv(?:ed|ing)|tripl(?:ed|ing)|enabl(?:ed|ing)|unblock(?:ed|ing)|recover(?:ed|ing)|restor(?:ed|ing)|won|secur(?:ed|ing)|onboard(?:ed|ing)|scal(?:ed|ing)|accelerat(?:ed|ing)|shorten(?:ed|ing)|freed|generat(?:ed|ing)|protect(?:ed|ing)|resolv(?:ed|ing)|complet(?:ed|ing)|replac(?:ed|ing)|migrat(?:ed|ing)|mov(?:ed|ing)|consolidat(?:ed|ing)|automat(?:ed|ing)|sped|speeding|closing|zero)\b/i;

/** Verbs that open a strong bullet. Any other past-tense word ending in -ed is accepted too. */
const STRONG_OPENERS = new Set(
  'led drove built cut ran won grew rebuilt set shipped began undertook made brought took wrote spun stood split sold rewrote overhauled'.split(' '),
);
const WEAK_OPENERS = new Set([
  'responsible',
  'helped',
  'assisted',
  'worked',
  'participated',
  'involved',
  'tasked',
  'was',
  'were',
  'duties',
  'supported',
  'contributed',
  'successfully',
  'i',
  'my',
  'we',
  'our',
]);

/** Adjectives and fillers that claim instead of show. */
const FLUFF =
  /\b(?:excellent|outstanding|exceptional|strong communicator|great communicator|passionate|detail-oriented|results-driven|results-oriented|self-starter|dynamic|proven track record|team player|synerg(?:y|ies)|best-in-class|world-class|cutting-edge|successfully|effectively|various|seamless(?:ly)?)\b/gi;

const CODE_NAME = /\b(?:Project|Operation|Program|Programme|Initiative)\s+[A-Z][a-z]+\b/;
const AUTHORITY =
  /\b(?:managed|supervised|oversaw|led)\s+(?:a\s+team\s+of\s+)\d[\d,]*\+?\s+(?:engineers|developers|people|reports|staff|employees)\b|\b(?:managed|supervised|oversaw)\s+\d[\d,]*\+?\s+(?:engineers|developers|people|reports|staff|employees)\b/i;

const TECH_TERMS = [
  'kafka',
  'kubernetes',
  'k8s',
  'grpc',
  'graphql',
  'rest',
  'restful',
  'api',
  'apis',
  'sdk',
  'sdks',
  'aws',
  'gcp',
  'azure',
  'eks',
  'gke',
  'ecs',
  'lambda',
  'terraform',
  'docker',
  'containers?',
  'spark',
  'hadoop',
  'flink',
  'airflow',
  'snowflake',
  'bigquery',
  'redshift',
  'postgres',
  'postgresql',
  'mysql',
  'oracle',
  'dynamodb',
  'cassandra',
  'redis',
  'memcached',
  'elasticsearch',
  'opensearch',
  'mongodb',
  'cdn',
  'dns',
  'tls',
  'ssl',
  'oauth',
  'saml',
  'sso',
  'mfa',
  'webauthn',
  'passkeys?',
  'iam',
  'kms',
  'ci/cd',
  'ci',
  'microservices?',
  'monolith',
  'latency',
  'throughput',
  'p50',
  'p90',
  'p95',
  'p99',
  'p999',
  'uptime',
  'availability',
  'slos?',
  'slas?',
  'slis?',
  'databases?',
  'schemas?',
  'sharding',
  'shards?',
  'replication',
  'caching',
  'cache',
  'load balanc(?:er|ers|ing)',
  'autoscaling',
  'on-prem',
  'ios',
  'android',
  'backend',
  'back-end',
  'frontend',
  'front-end',
  'firmware',
  'hardware',
  'silicon',
  'ml',
  'ai',
  'llms?',
  'inference',
  'feature flags?',
  'observability',
  'telemetry',
  'tracing',
  'datadog',
  'prometheus',
  'grafana',
  'splunk',
  'jenkins',
  'bazel',
  'dual-writes?',
  'dual writes?',
  'dual-publish',
  'encryption',
  'gdpr',
  'hipaa',
  'soc ?2',
  'pci',
  'queues?',
  'streaming',
  'etl',
  'data warehouse',
  'data lake',
  'data pipelines?',
  'pipelines?',
  'vpc',
  'networking',
  'rpc',
  'http',
  'websockets?',
  'rollouts?',
  'canary',
  'blue-green',
  'kill switch',
  'load tests?',
  'load-test',
  'chaos',
  'failover',
  'disaster recovery',
  'rto',
  'rpo',
  'gpus?',
  'cpus?',
  'tpus?',
  'kernel',
  'linux',
  'java',
  'python',
  'golang',
  'rust',
  'c\\+\\+',
  'typescript',
  'react',
  'swift',
  'kotlin',
  'vmware',
  'istio',
  'envoy',
  'nginx',
  'service mesh',
  'api gateway',
  'sqs',
  'sns',
  'kinesis',
  'pub/sub',
  'rabbitmq',
  'zookeeper',
  'etcd',
  'helm',
  'argo',
  'sre',
  'devops',
  'on-call',
  'postmortems?',
  'incidents?',
  'sev-?\\d',
  'cloud',
  'data center',
  'datacenter',
  'deploys?',
  'deployments?',
  'releases?',
  'builds?',
  'cutover',
  'migration',
  'clusters?',
  'servers?',
  'storage',
  'compute',
  'mobile',
  'web',
  'app store',
  'authentication',
  'auth',
  'payments?',
  'ledger',
  'search',
  'indexing',
  'recommendations?',
  'models?',
  'training',
  'checkout',
  'smoke tests?',
  'automated tests?',
  'test automation',
  'code freeze',
];
const TECH = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TECH_TERMS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
/** Acronyms and CamelCase names (EKS, PostgreSQL, DynamoDB) usually name a system. These do not. */
const NON_TECH = new Set(
  'VP VPs SVP EVP CEO CTO CFO COO CIO CMO HR PM PMs TPM TPMs PMO PMP OKR OKRs KPI KPIs RACI RAID QBR QBRs ROI USD EUR GBP US USA EU UK APAC EMEA LATAM NA MBA SOW RFP RFPs NPS B2B B2C EOD EOW FY YoY MoM QoQ ARR MRR GMV CSAT NDA GTM MVP PRD FAQ II III IV OK AM IPO LLC JIRA RAG'.split(
    ' ',
  ),
);
const NAME_LIKE = /\b[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*\b/g;
const VAGUE_TECH =
  /\b(?:technical (?:initiatives?|projects?|programs?|work|efforts?|solutions?)|technology solutions?|various systems|tech stack|it projects?|digital transformation|modernization (?:program|project|effort))\b/i;
const VAGUE_SCOPE =
  /\b(?:multiple|several|various|many|numerous|cross-functional|cross-team|multi-team|all (?:the )?teams|across (?:the )?(?:org|organi[sz]ation|company|business|teams)|global|enterprise-wide|company-wide)\b/i;

function quote(quantities: Quantity[], limit = 3): string {
  return quantities
    .slice(0, limit)
    .map((q) => `“${q.text}”`)
    .join(', ');
}

function technicalNames(text: string): string[] {
  const names = new Set<string>();
  const term = text.match(TECH);
  if (term) names.add(term[0]);
  for (const match of text.matchAll(NAME_LIKE)) {
    const name = match[0];
    if (!NON_TECH.has(name) && !/^[QH][1-4]$/.test(name) && !/^FY\d+$/.test(name) && !/^M\d+$/.test(name)) names.add(name);
    if (names.size >= 3) break;
  }
  return [...names];
}

/** Checks one bullet. Pure; linear in its length (capped at MAX_BULLET_CHARS). */
export function checkBullet(input: string): { score: number; grade: Grade; findings: Finding[] } {
  const text = input.slice(0, MAX_BULLET_CHARS);
  const quantities = findQuantities(text);
  const measures = quantities.filter(isMeasure);
  const findings: Finding[] = [];
  let score = 0;
  const add = (finding: Finding, points: number) => {
    findings.push(finding);
    score += points;
  };

  // Quantified: a count of teams or engineers shows scale; the result needs a number of its own.
  const results = measures.filter((q) => !isScope(q) || q.kind === 'duration');
  if (results.length > 0) {
    const baseline = hasBeforeAfter(text);
    const percentOnly = !baseline && results.some((q) => q.kind === 'percent') && !results.some((q) => q.kind === 'money');
    const finding: Finding = { id: 'quantified', label: 'Quantified', status: 'pass', detail: `Numbers: ${quote(results)}.` };
    if (percentOnly) finding.suggestion = 'Consider the baseline too: “from 19 days to 6” is easier to believe than “68%”.';
    add(finding, POINTS.quantified.pass);
  } else if (measures.length > 0) {
    add(
      {
        id: 'quantified',
        label: 'Quantified',
        status: 'warn',
        detail: `${quote(measures)} shows the scale, but the result has no number.`,
        suggestion: 'Add what changed: a percentage, money, time saved, or a before and after (“from 9 days to 3”).',
      },
      POINTS.quantified.warn,
    );
  } else if (quantities.length > 0) {
    add(
      {
        id: 'quantified',
        label: 'Quantified',
        status: 'warn',
        detail: `Only ${quote(quantities)}, which says when, not how much.`,
        suggestion: 'Add the result in numbers: a percentage, money, time saved, or a before and after.',
      },
      POINTS.quantified.warn,
    );
  } else {
    add(
      {
        id: 'quantified',
        label: 'Quantified',
        status: 'fail',
        detail: 'No number.',
        suggestion: 'Add what changed in numbers: a percentage, money, time (“in 8 months”), or a before and after (“from 9 days to 3”).',
      },
      0,
    );
  }

  // Outcome rather than activity
  const activity = ACTIVITY.map((phrase) => ({ phrase, match: text.match(phrase.pattern) })).find((hit) => hit.match);
  const hasResult = RESULT_WORDS.test(text) || measures.some((q) => !isScope(q));
  if (activity?.match) {
    const points = measures.length > 0 ? POINTS.outcome.warn : 0;
    add(
      {
        id: 'outcome',
        label: 'Outcome, not activity',
        status: points > 0 ? 'warn' : 'fail',
        detail: `“${activity.match[0]}” describes activity.`,
        suggestion: activity.phrase.suggestion,
      },
      points,
    );
  } else if (hasResult) {
    add({ id: 'outcome', label: 'Outcome, not activity', status: 'pass', detail: 'Says what changed.' }, POINTS.outcome.pass);
  } else {
    add(
      {
        id: 'outcome',
        label: 'Outcome, not activity',
        status: 'warn',
        detail: 'Describes the work but not what it changed.',
        suggestion: 'End with the result: what was cut, saved, shipped or unblocked, and by how much.',
      },
      POINTS.outcome.warn,
    );
  }

  // Scope
  const scope = quantities.filter(isScope);
  const vagueScope = text.match(VAGUE_SCOPE);
  if (scope.length > 0) add({ id: 'scope', label: 'Scope', status: 'pass', detail: `Scale: ${quote(scope)}.` }, POINTS.scope.pass);
  else if (vagueScope)
    add(
      {
        id: 'scope',
        label: 'Scope',
        status: 'warn',
        detail: `“${vagueScope[0]}” hints at scale without a number.`,
        suggestion: 'Count it: “across 7 teams (52 engineers)”, “38 services”, “in 8 months”.',
      },
      POINTS.scope.warn,
    );
  else
    add(
      {
        id: 'scope',
        label: 'Scope',
        status: 'fail',
        detail: 'No teams, people, systems or timeline.',
        suggestion: 'Show how big it was: teams, engineers, services, users, or how long it took.',
      },
      0,
    );

  // Technical specifics
  const names = technicalNames(text);
  const vagueTech = text.match(VAGUE_TECH);
  if (names.length > 0) {
    add(
      { id: 'technical', label: 'Technical specifics', status: 'pass', detail: `Names ${names.map((n) => `“${n}”`).join(', ')}.` },
      POINTS.technical.pass,
    );
  } else if (vagueTech) {
    add(
      {
        id: 'technical',
        label: 'Technical specifics',
        status: 'warn',
        detail: `“${vagueTech[0]}” could be anything.`,
        suggestion: 'Name the systems and the decision: “split the checkout monolith into 6 gRPC services on Kubernetes”.',
      },
      POINTS.technical.warn,
    );
  } else {
    add(
      {
        id: 'technical',
        label: 'Technical specifics',
        status: 'fail',
        detail: 'No system, architecture or technology named.',
        suggestion: 'Name what you built or moved (Kafka, EKS, a payments ledger, dual-writes) so engineers see technical judgment.',
      },
      0,
    );
  }

  // Length
  const words = countWords(input);
  const lengthDetail = `${words} ${words === 1 ? 'word' : 'words'}`;
  if (words >= LENGTH.min && words <= LENGTH.max) {
    add({ id: 'length', label: 'Length', status: 'pass', detail: `${lengthDetail}: reads in one pass.` }, POINTS.length.pass);
  } else {
    const short = words < LENGTH.min;
    const hard = words < LENGTH.hardMin || words > LENGTH.hardMax;
    add(
      {
        id: 'length',
        label: 'Length',
        status: hard ? 'fail' : 'warn',
        detail: `${lengthDetail}: ${short ? 'too thin to show scale and a result' : 'too long to read in a scan'}.`,
        suggestion: short
          ? `Aim for ${LENGTH.min} to ${LENGTH.max} words: verb, what you drove, scale, result.`
          : `Aim for ${LENGTH.min} to ${LENGTH.max} words: keep the verb, scale and result; move the rest to the interview, or split it into two bullets.`,
      },
      hard ? 0 : POINTS.length.warn,
    );
  }

  // Wording
  const notes: string[] = [];
  // "Software Engineer: built…" is a role label followed by the bullet; judge the opener after it.
  const opener = text.replace(/^[^:.;]{1,40}:\s+/, '').match(/[\p{L}]+/u)?.[0] ?? '';
  const first = opener.toLowerCase();
  if (first === 'i' || first === 'my' || first === 'we' || first === 'our')
    notes.push('Drop the pronoun: resume bullets start with the verb (“Led…”).');
  else if (first && !WEAK_OPENERS.has(first) && !STRONG_OPENERS.has(first) && !/ed$/.test(first)) {
    notes.push(`Start with a past-tense verb (Led, Drove, Cut, Delivered) rather than “${opener}”.`);
  }
  const fluff = [...new Set((text.match(FLUFF) ?? []).map((word) => word.toLowerCase()))];
  if (fluff.length > 0) notes.push(`Cut ${fluff.map((w) => `“${w}”`).join(', ')}: adjectives claim, numbers show.`);
  const codeName = text.match(CODE_NAME);
  if (codeName) notes.push(`“${codeName[0]}” means nothing outside your company; say what the system does.`);
  if (AUTHORITY.test(text))
    notes.push('“Managed N engineers” implies reporting lines; say “coordinated 4 teams (40 engineers)” unless they reported to you.');
  if (notes.length === 0) add({ id: 'wording', label: 'Wording', status: 'pass', detail: 'Opens with a verb, no filler.' }, POINTS.wording.pass);
  // Each wording note is already phrased as what to do.
  else add({ id: 'wording', label: 'Wording', status: 'warn', detail: notes.join(' ') }, POINTS.wording.warn);

  const clamped = Math.max(0, Math.min(100, score));
  return { score: clamped, grade: gradeFor(clamped), findings };
}

export function gradeFor(score: number): Grade {
  if (score >= 80) return 'strong';
  if (score >= 55) return 'good';
  return 'weak';
}

/** Leading bullet marks a reader may paste: "-", "*", "•", "1.", "a)". */
const BULLET_MARK = /^\s*(?:[-*+–—]\s+|[•·‣▪◦●]\s*|\d{1,3}[.)]\s+|[a-z][.)]\s+)/u;

export function stripBulletMark(line: string): string {
  return line.replace(BULLET_MARK, '').trim();
}

/** Checks every non-empty line as a bullet, up to MAX_BULLETS. */
export function checkResume(text: string): ResumeReport {
  const bullets: BulletReport[] = [];
  let skipped = 0;
  let line = 0;
  let start = 0;
  // Walks the text line by line without splitting it all at once, so 10,000 lines cost almost nothing.
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const raw = text.slice(start, end === -1 ? text.length : end);
    line += 1;
    const bullet = stripBulletMark(raw);
    if (bullet !== '') {
      if (bullets.length < MAX_BULLETS) bullets.push({ line, text: bullet, ...checkBullet(bullet) });
      else skipped += 1;
    }
    if (end === -1) break;
    start = end + 1;
  }
  const averageScore = bullets.length === 0 ? null : Math.round(bullets.reduce((sum, b) => sum + b.score, 0) / bullets.length);
  return { bullets, skipped, averageScore };
}
