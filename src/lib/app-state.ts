/**
 * The shape of everything a reader saves, how each record is validated, and how two copies of it merge.
 *
 * The state is a `settings` record plus named slices; each slice maps a stable id (a lesson id, a card id, an attempt
 * id) to a record with an `updatedAt` ISO timestamp. Records are never deleted outright: a reset writes a tombstone
 * (`deleted: true`) so that another tab's older copy cannot bring the record back when the two merge.
 *
 * This module runs in the browser on every page with an island, so it validates with zod's tree-shakable `zod/mini`
 * build (a fraction of the full build's size); build-time content schemas use the full `astro/zod`.
 */
import * as z from 'zod/mini';
import { THEMES } from './theme';

// Validate without compiling code: the site's Content-Security-Policy forbids eval, and zod's probe for it (a caught
// `new Function`) would still be reported as a policy violation.
z.config({ jitless: true });

/** Defaults of the settings record: what a reader who never changed a setting gets. */
const SETTINGS_DEFAULTS = { theme: 'system', newCardsPerDay: 20, desiredRetention: 0.9, chime: false } as const;

/**
 * Every schema, built on first use: constructing zod schemas is most of this module's cost on a phone, and a first
 * visit, with nothing saved, never validates anything.
 */
function buildSchemas() {
  const isoDate = z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), 'not a date'));
  const text = () => z._default(z.string(), '');
  /** An integer from `min`, up to `max` when given. */
  const int = (min: number, max?: number) => z.int().check(z.minimum(min), ...(max === undefined ? [] : [z.maximum(max)]));
  /** A number from `min`, up to `max` when given. */
  const num = (min: number, max?: number) => z.number().check(z.minimum(min), ...(max === undefined ? [] : [z.maximum(max)]));
  const id = () => z.string().check(z.minLength(1));

  const settingsSchema = z.object({
    updatedAt: isoDate,
    theme: z._default(z.enum(THEMES), SETTINGS_DEFAULTS.theme),
    /** Flashcards: new cards introduced per local day. */
    newCardsPerDay: z._default(int(0, 500), SETTINGS_DEFAULTS.newCardsPerDay),
    /** Flashcards: the recall probability FSRS schedules for, 0.70 to 0.97. */
    desiredRetention: z._default(num(0.7, 0.97), SETTINGS_DEFAULTS.desiredRetention),
    /** Case timer: a soft chime when a phase's budget runs out. */
    chime: z._default(z.boolean(), SETTINGS_DEFAULTS.chime),
  });

  const tombstone = z.object({ updatedAt: isoDate, deleted: z.literal(true) });

  const lessonProgressSchema = z.object({
    updatedAt: isoDate,
    status: z.enum(['started', 'complete']),
    /** When the reader last opened the lesson, for "continue where you left off". */
    visitedAt: z.optional(isoDate),
  });

  /** A flashcard's FSRS memory state (ts-fsrs `Card`), with dates as ISO strings so it survives JSON. */
  const cardStateSchema = z.object({
    updatedAt: isoDate,
    due: isoDate,
    stability: num(0),
    difficulty: num(0),
    elapsed_days: num(0),
    scheduled_days: num(0),
    learning_steps: int(0),
    reps: int(0),
    lapses: int(0),
    /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
    state: int(0, 3),
    last_review: z.optional(isoDate),
    /** When the card was first reviewed; counts it against that day's new-card limit. */
    introducedAt: z.optional(isoDate),
  });

  /** One graded review, for the heatmap, retention and the daily new-card count. Keyed by `<cardId>@<reviewedAt>`. */
  const reviewSchema = z.object({
    updatedAt: isoDate,
    cardId: id(),
    /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
    rating: int(1, 4),
    reviewedAt: isoDate,
    /** The card was new before this review (counts against the daily new-card limit). */
    wasNew: z.boolean(),
    /** Days until the card is due again after this review. */
    scheduledDays: num(0),
  });

  /** A key inside a record (a phase or rubric criterion id): lowercase words and hyphens, so never a prototype key. */
  const innerKey = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

  /**
   * A timed attempt at a case, keyed `<caseId>@<startedAt>`. The clock fields are the wall-clock instants the timer
   * arithmetic in src/lib/case-timer.ts reads, so a running attempt resumes exactly after a reload.
   */
  const attemptSchema = z
    .object({
      updatedAt: isoDate,
      caseId: id(),
      /** running (or paused), then finished (scoring), then reviewed (the model walkthrough was shown). */
      status: z.enum(['running', 'finished', 'reviewed']),
      startedAt: isoDate,
      /** Total length of finished pauses, in ms. */
      pausedMs: int(0),
      /** When the current pause began; null while running or once finished. */
      pausedAt: z.nullable(isoDate),
      /** Round time (ms, pauses excluded) at which each phase after the first began. */
      phaseChanges: z.array(int(0)),
      finishedAt: z.nullable(isoDate),
      /** The phases and budgets when the attempt started, so its history survives later edits to the case. */
      phases: z
        .array(z.object({ id: innerKey, title: id(), minutes: z.number().check(z.positive()) }))
        .check(z.minLength(1)),
      /** The reader's notes, per phase id. */
      notes: z._default(z.record(innerKey, z.string().check(z.maxLength(50_000))), {}),
      /** Self-scores 1 to 4, per rubric criterion id. */
      scores: z._default(z.record(innerKey, int(1, 4)), {}),
    })
    .check(
      z.superRefine((value, ctx) => {
        const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
        if (value.phaseChanges.length >= value.phases.length) problem('more phase changes than phases');
        if (value.phaseChanges.some((at, i) => i > 0 && at < (value.phaseChanges[i - 1] ?? 0))) problem('phase changes out of order');
        if ((value.status === 'running') !== (value.finishedAt === null)) problem('status and finishedAt disagree');
        if (value.finishedAt !== null && value.pausedAt !== null) problem('finished while paused');
      }),
    );

  /** One behavioral drill answer, keyed `drill@<answeredAt>`. */
  const drillSchema = z.object({
    updatedAt: isoDate,
    /** A question id from src/lib/behavioral-drill.ts. */
    questionId: id(),
    competency: id(),
    answeredAt: isoDate,
    durationMs: int(0),
    /** Time in each STAR part, when the reader marked the parts as they spoke. */
    partMs: z._default(z.array(int(0)).check(z.maxLength(4)), []),
    /** Ids of the self-check items the reader ticked. */
    checks: z._default(z.array(innerKey), []),
  });

  /** A self-rating of one of the nine skills (src/lib/skills.ts), keyed by skill id. */
  const skillRatingSchema = z.object({
    updatedAt: isoDate,
    rating: int(1, 5),
  });

  /** The study plan's inputs, keyed `current`; the plan itself is derived from them and from progress. */
  const planInputsSchema = z.object({
    updatedAt: isoDate,
    interviewDate: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    hoursPerWeek: num(1, 80),
    background: z.enum(['engineering', 'product', 'other']),
  });

  /** A competency a story shows: primary where it is a first-choice answer, secondary where it can stretch. */
  const storyStrength = z.enum(['primary', 'secondary']);

  /** One of the reader's own STAR stories in the story bank, keyed by a generated id. */
  const userStorySchema = z.object({
    updatedAt: isoDate,
    createdAt: isoDate,
    title: text(),
    situation: text(),
    task: text(),
    action: text(),
    result: text(),
    /** Competency id (src/lib/competencies.ts) to strength. */
    competencies: z._default(z.record(innerKey, storyStrength), {}),
    /** The program-log entry this story was drafted from. */
    sourceLogId: z.optional(z.string()),
  });

  /** One program the reader led, in their program log, keyed by a generated id. */
  const programLogEntrySchema = z.object({
    updatedAt: isoDate,
    createdAt: isoDate,
    title: text(),
    role: text(),
    dates: text(),
    scope: text(),
    teams: text(),
    timeline: text(),
    risks: text(),
    decisions: text(),
    outcome: text(),
    metrics: text(),
    lessons: text(),
    /** The story and resume draft last made from this entry. */
    storyId: z.optional(z.string()),
    resumeDraftId: z.optional(z.string()),
  });

  /** Resume bullets being checked, one per line; `main` is the reader's own, others come from the program log. */
  const resumeDraftSchema = z.object({
    updatedAt: isoDate,
    title: text(),
    text: text(),
    sourceLogId: z.optional(z.string()),
  });

  /** A critical-path plan, keyed `main`. Cells are kept as typed so a half-finished row is reported, not lost. */
  const criticalPathPlanSchema = z.object({
    updatedAt: isoDate,
    name: text(),
    tasks: z
      .array(z.object({ id: z.string(), name: z.string(), duration: z.string(), dependsOn: z.string() }))
      .check(z.maxLength(5_000)),
  });

  /** An executive status update being checked, keyed `main`. */
  const statusDraftSchema = z.object({
    updatedAt: isoDate,
    text: text(),
  });

  const slices = {
    lessons: lessonProgressSchema,
    cards: cardStateSchema,
    reviews: reviewSchema,
    attempts: attemptSchema,
    drills: drillSchema,
    skills: skillRatingSchema,
    plan: planInputsSchema,
    userStories: userStorySchema,
    programLog: programLogEntrySchema,
    resumeDrafts: resumeDraftSchema,
    criticalPathPlans: criticalPathPlanSchema,
    statusDrafts: statusDraftSchema,
  } satisfies Record<string, z.ZodMiniType<{ updatedAt: string }>>;

    return { settings: settingsSchema, tombstone, attempt: attemptSchema, slices };
}

type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | undefined;
function schemas(): Schemas {
  built ??= buildSchemas();
  return built;
}

/** A saved case attempt's schema, for code that reads one attempt outside the store. */
export function attemptSchema() {
  return schemas().attempt;
}

/** A record of one slice, as its schema parses it. */
type RecordOf<S extends SliceName> = z.infer<Schemas['slices'][S]>;

export type Settings = z.infer<Schemas['settings']>;
export type LessonProgress = RecordOf<'lessons'>;
export type CardState = RecordOf<'cards'>;
export type Review = RecordOf<'reviews'>;
export type Attempt = RecordOf<'attempts'>;
export type Drill = RecordOf<'drills'>;
export type SkillRating = RecordOf<'skills'>;
export type PlanInputs = RecordOf<'plan'>;
export type UserStory = RecordOf<'userStories'>;
export type ProgramLogEntry = RecordOf<'programLog'>;
export type ResumeDraft = RecordOf<'resumeDrafts'>;
export type CriticalPathPlan = RecordOf<'criticalPathPlans'>;
export type StatusDraft = RecordOf<'statusDrafts'>;

export type SliceName = keyof Schemas['slices'];
export type TimestampedRecord = { updatedAt: string; deleted?: true };
export type Tombstone = z.infer<Schemas['tombstone']>;

export interface SavedState {
  settings: Settings;
  lessons: Record<string, LessonProgress | Tombstone>;
  cards: Record<string, CardState | Tombstone>;
  reviews: Record<string, Review | Tombstone>;
  attempts: Record<string, Attempt | Tombstone>;
  drills: Record<string, Drill | Tombstone>;
  skills: Record<string, SkillRating | Tombstone>;
  plan: Record<string, PlanInputs | Tombstone>;
  userStories: Record<string, UserStory | Tombstone>;
  programLog: Record<string, ProgramLogEntry | Tombstone>;
  resumeDrafts: Record<string, ResumeDraft | Tombstone>;
  criticalPathPlans: Record<string, CriticalPathPlan | Tombstone>;
  statusDrafts: Record<string, StatusDraft | Tombstone>;
  /** Slices this build does not know, kept verbatim. */
  [slice: string]: unknown;
}

export function defaultSettings(now = new Date(0)): Settings {
  return { ...SETTINGS_DEFAULTS, updatedAt: now.toISOString() };
}

/** The slices every state has, in a fixed order; the type below fails to compile if one is missing. */
const SLICE_NAMES = ['lessons', 'cards', 'reviews', 'attempts', 'drills', 'skills', 'plan', 'userStories', 'programLog', 'resumeDrafts', 'criticalPathPlans', 'statusDrafts'] as const satisfies readonly SliceName[];
const everySlice: Exclude<SliceName, (typeof SLICE_NAMES)[number]> extends never ? true : never = true;
void everySlice;

export function emptyState(): SavedState {
  return { settings: defaultSettings(), lessons: {}, cards: {}, reviews: {}, attempts: {}, drills: {}, skills: {}, plan: {}, userStories: {}, programLog: {}, resumeDrafts: {}, criticalPathPlans: {}, statusDrafts: {} };
}

export function isLive<T extends TimestampedRecord>(record: T | undefined): record is T & { deleted?: undefined } {
  return record !== undefined && record.deleted !== true;
}

export interface ValidationReport {
  state: SavedState;
  /** Human-readable descriptions of records that failed validation and were left out of the live state. */
  rejected: string[];
}

/**
 * Validates stored state record by record. A record that fails its schema is left out (the caller keeps the raw text
 * in a backup); everything else survives, including slices this build does not know.
 */
export function validateState(input: unknown): ValidationReport {
  const rejected: string[] = [];
  const source = isPlainObject(input) ? input : {};
  const state: SavedState = { ...copyOwn(source), ...emptyState() };
  if (source['settings'] !== undefined) {
    const settings = schemas().settings.safeParse(source['settings']);
    if (settings.success) state.settings = settings.data;
    else rejected.push('settings');
  }
  for (const slice of SLICE_NAMES) {
    const records = source[slice];
    const clean: Record<string, RecordOf<typeof slice> | Tombstone> = {};
    if (records !== undefined && !isPlainObject(records)) rejected.push(`${slice} (not a map of records)`);
    for (const [id, record] of Object.entries(isPlainObject(records) ? records : {})) {
      if (!isSafeKey(id)) {
        rejected.push(`${slice}.${id} (reserved key)`);
        continue;
      }
      const { tombstone, slices } = schemas();
      const asTombstone = tombstone.safeParse(record);
      const parsed = asTombstone.success ? asTombstone : slices[slice].safeParse(record);
      if (parsed.success) clean[id] = parsed.data as RecordOf<typeof slice> | Tombstone;
      else rejected.push(`${slice}.${id}`);
    }
    (state as Record<string, unknown>)[slice] = clean;
  }
  return { state, rejected };
}

/** The newer of two records by `updatedAt`; on a tie the first (local) one wins. */
function newer<T extends TimestampedRecord>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(b.updatedAt) > Date.parse(a.updatedAt) ? b : a;
}

/** Merges two saved states record by record: for every id the copy with the later `updatedAt` wins. */
export function mergeStates(local: SavedState, incoming: SavedState): SavedState {
  const merged: SavedState = { ...copyOwn(incoming), ...copyOwn(local), ...emptyState(), settings: newer(local.settings, incoming.settings)! };
  const sliceNames = new Set([...Object.keys(local), ...Object.keys(incoming)].filter((key) => key !== 'settings'));
  for (const slice of sliceNames) {
    const a = local[slice];
    const b = incoming[slice];
    if (!isPlainObject(a) || !isPlainObject(b)) {
      merged[slice] = a ?? b;
      continue;
    }
    const out: Record<string, unknown> = {};
    for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!isSafeKey(id)) continue;
      const picked = newer(asRecord(a[id]), asRecord(b[id]));
      if (picked) out[id] = picked;
    }
    merged[slice] = out;
  }
  return merged;
}

function asRecord(value: unknown): TimestampedRecord | undefined {
  return isPlainObject(value) && typeof value['updatedAt'] === 'string' ? (value as TimestampedRecord) : undefined;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys that could reach an object's prototype are never used as record ids. */
export function isSafeKey(key: string): boolean {
  return key !== '__proto__' && key !== 'constructor' && key !== 'prototype';
}

function copyOwn(source: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) if (isSafeKey(key)) out[key] = source[key];
  return out;
}

/**
 * Puts records into slices and returns a new state object. The slice maps themselves are updated in place: copying a
 * map of thousands of records on every flashcard grade would cost milliseconds, so a change costs O(1) instead.
 * Consumers therefore subscribe to `saved` (a new object after every change), never to a slice map alone.
 */
export function putRecords(saved: SavedState, changes: { [S in SliceName]?: SavedState[S] }): SavedState {
  for (const [slice, records] of Object.entries(changes) as [SliceName, Record<string, TimestampedRecord>][]) {
    const target = saved[slice] as Record<string, TimestampedRecord>;
    for (const [id, record] of Object.entries(records)) if (isSafeKey(id)) target[id] = record;
  }
  return { ...saved };
}
