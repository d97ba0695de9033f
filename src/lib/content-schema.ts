/**
 * The one definition of content shape. `src/content.config.ts` hands these schemas to Astro's content layer, and the
 * content tests validate the raw files with the same schemas, so a rule lives here and nowhere else.
 */
import { z } from 'astro/zod';
import { TRACK_IDS } from './tracks';
import { COMPETENCY_IDS } from './competencies';

/** A stable id: lowercase words joined by hyphens. Ids are forever; progress is keyed by them. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens, e.g. "critical-path-method"');

const levelSchema = z.enum(['foundation', 'core', 'advanced']);

export const lessonSchema = z.object({
  /** Stable id, unique across every lesson, case, story, deck and card. Never changes once published. */
  id: idSchema,
  /** The page title, as a reader would search for it. */
  title: z.string().min(3).max(90),
  /** One sentence on what the reader will be able to do, at most 160 characters. */
  summary: z.string().min(20).max(160),
  /** The track the lesson belongs to. */
  track: z.enum(TRACK_IDS),
  /** Position within the track, from 1; lessons are listed and paged in this order. */
  order: z.number().int().positive(),
  /** How much the lesson assumes: foundation (none), core, or advanced. */
  level: levelSchema,
  /** Honest reading time in minutes. */
  minutes: z.number().int().min(1).max(60),
  /** Three to five things the reader can do after the lesson, each starting with a verb. */
  objectives: z.array(z.string().min(5)).min(3).max(5),
  /** Ids of lessons, cases, stories or decks worth reading next. Every id must exist. */
  related: z.array(idSchema).default([]),
  /** When the lesson was last reviewed for accuracy. */
  updated: z.coerce.date(),
});

const phaseSchema = z.object({
  /** Stable id of the phase within its case, e.g. "clarify-scope". */
  id: idSchema,
  /** The phase as the agenda shows it. */
  title: z.string().min(3),
  /** The phase's time budget in whole minutes. */
  minutes: z.number().int().positive(),
  /** What the interviewer asks or expects in this phase; shown while the phase runs. */
  prompts: z.array(z.string().min(5)).min(1),
});

const rubricCriterionSchema = z.object({
  /** Stable id of the criterion within its case; self-scores are keyed by it. */
  id: idSchema,
  /** What is judged, e.g. "Dependency mapping". */
  criterion: z.string().min(3),
  /** What a top score (4 of 4) looks like, in one or two sentences. */
  excellent: z.string().min(10),
});

export const CASE_KINDS = ['program', 'system-design', 'cross-functional'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const caseSchema = z
  .object({
    /** Stable id, unique across all content. Attempts are keyed by it. */
    id: idSchema,
    /** The case as a reader would name it. */
    title: z.string().min(3).max(90),
    /** Which round the case rehearses. */
    kind: z.enum(CASE_KINDS),
    /** One sentence on the scenario, at most 160 characters. */
    summary: z.string().min(20).max(160),
    /** How demanding the case is. */
    level: levelSchema,
    /** The round's length in minutes; the phases' minutes must add up to it. */
    minutes: z.number().int().positive().max(120),
    /** The timed phases of the round, in order. */
    phases: z.array(phaseSchema).min(1),
    /** The criteria a reader scores themself on, 1 to 4 each, after the round. */
    rubric: z.array(rubricCriterionSchema).min(3),
    /** Ids of lessons, cases, stories or decks that prepare for this case. */
    related: z.array(idSchema).default([]),
  })
  .superRefine((value, ctx) => {
    const total = value.phases.reduce((sum, phase) => sum + phase.minutes, 0);
    if (total !== value.minutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['phases'],
        message: `phase minutes add up to ${total}, but the round is ${value.minutes} minutes`,
      });
    }
    const seen = new Set<string>();
    value.phases.forEach((phase, index) => {
      if (seen.has(phase.id)) {
        ctx.addIssue({ code: 'custom', path: ['phases', index, 'id'], message: `phase id "${phase.id}" is repeated` });
      }
      seen.add(phase.id);
    });
  });

const weakVersionSchema = z.object({
  situation: z.string().min(10),
  task: z.string().min(10),
  action: z.string().min(10),
  result: z.string().min(10),
  /** What goes wrong in the weak version, so the reader can spot it in their own answers. */
  critique: z.string().min(10),
});

export const storySchema = z.object({
  /** Stable id, unique across all content. */
  id: idSchema,
  /** A short headline for the story. */
  title: z.string().min(3).max(90),
  /** One sentence on the story, at most 160 characters. */
  summary: z.string().min(20).max(160),
  /** The competencies the story evidences, from the fixed list in `src/lib/competencies.ts`. */
  competencies: z.array(z.enum(COMPETENCY_IDS)).min(1).max(4),
  /** The situation: where, when, what was at stake. Short. */
  situation: z.string().min(40),
  /** The task: what you personally owned. Short. */
  task: z.string().min(20),
  /** The action: what you did, in the first person. The longest part. */
  action: z.string().min(150),
  /** The result, with at least one number. */
  result: z.string().regex(/\d/, 'the result must carry a number').min(40),
  /** Follow-up questions an interviewer is likely to ask. */
  followups: z.array(z.string().min(10)).min(2),
  /** An optional weak telling of the same story, shown beside the strong one. */
  weak: weakVersionSchema.optional(),
  /** Ids of lessons, cases, stories or decks that relate. */
  related: z.array(idSchema).default([]),
});

const cardSchema = z.object({
  /** Stable id, unique across all cards. Review history is keyed by it; never change it once published. */
  id: idSchema,
  /** Asks one thing. */
  front: z.string().min(5).max(300),
  /** Answers it in one to three sentences. */
  back: z.string().min(2).max(600),
  /** Lowercase tags for browsing and filtering. */
  tags: z.array(idSchema).default([]),
  /** Id of the lesson that teaches this card, if one does. */
  lesson: idSchema.optional(),
});

export const deckSchema = z.object({
  /** Stable id, unique across all content; the deck's URL slug. */
  id: idSchema,
  /** The deck's name. */
  title: z.string().min(3).max(80),
  /** One or two sentences on what the deck drills. */
  description: z.string().min(20).max(300),
  /** The track the deck serves. */
  track: z.enum(TRACK_IDS),
  /** The cards, each with a stable id. */
  cards: z.array(cardSchema).min(1),
});

export type LessonData = z.infer<typeof lessonSchema>;
export type CaseData = z.infer<typeof caseSchema>;
export type StoryData = z.infer<typeof storySchema>;
export type DeckData = z.infer<typeof deckSchema>;
export type CardData = z.infer<typeof cardSchema>;
export type CasePhase = z.infer<typeof phaseSchema>;
export type RubricCriterion = z.infer<typeof rubricCriterionSchema>;
