import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseSchema, deckSchema, lessonSchema, storySchema } from '../../src/lib/content-schema';
import { findIntegrityProblems, formatProblem, RELATED_KINDS, type ContentRecord } from '../../src/lib/content-integrity';
import { routes } from '../../src/lib/routes';
import { TRACK_IDS } from '../../src/lib/tracks';
import { COMPETENCY_IDS } from '../../src/lib/competencies';
import { h2Headings, loadCollection, proseWords, root, section } from './load-content';

const lessons = loadCollection('lessons');
const cases = loadCollection('cases');
const stories = loadCollection('stories');
const decks = loadCollection('decks');

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

describe('every content file matches its schema', () => {
  it.each(lessons.map((f) => [f.file, f] as const))('%s', (_file, f) => {
    expect(issuesOf(lessonSchema.safeParse(f.data))).toEqual([]);
    expect(f.data['id'], 'file name and id differ').toBe(f.slug);
    expect(f.data['track'], 'track differs from folder').toBe(f.folder);
  });
  it.each(cases.map((f) => [f.file, f] as const))('%s', (_file, f) => {
    expect(issuesOf(caseSchema.safeParse(f.data))).toEqual([]);
    expect(f.data['id']).toBe(f.slug);
  });
  it.each(stories.map((f) => [f.file, f] as const))('%s', (_file, f) => {
    expect(issuesOf(storySchema.safeParse(f.data))).toEqual([]);
    expect(f.data['id']).toBe(f.slug);
  });
  it.each(decks.map((f) => [f.file, f] as const))('%s', (_file, f) => {
    expect(issuesOf(deckSchema.safeParse(f.data))).toEqual([]);
    expect(f.data['id']).toBe(f.slug);
  });
});

describe('ids and references across the curriculum', () => {
  const related = (data: Record<string, unknown>) =>
    ((data['related'] as string[] | undefined) ?? []).map((id) => ({ field: 'related', id, allowed: RELATED_KINDS }));
  const records: ContentRecord[] = [
    ...lessons.map((f) => ({ kind: 'lesson' as const, id: String(f.data['id']), file: f.file, references: related(f.data) })),
    ...cases.map((f) => ({ kind: 'case' as const, id: String(f.data['id']), file: f.file, references: related(f.data) })),
    ...stories.map((f) => ({ kind: 'story' as const, id: String(f.data['id']), file: f.file, references: related(f.data) })),
    ...decks.map((f) => ({ kind: 'deck' as const, id: String(f.data['id']), file: f.file, references: [] })),
    ...decks.flatMap((deck) =>
      ((deck.data['cards'] as { id: string; lesson?: string }[] | undefined) ?? []).map((card) => ({
        kind: 'card' as const,
        id: card.id,
        file: deck.file,
        references: card.lesson ? [{ field: `cards[${card.id}].lesson`, id: card.lesson, allowed: ['lesson'] as const }] : [],
      })),
    ),
  ];

  it('every id is unique and every related id and card lesson exists', () => {
    expect(findIntegrityProblems(records).map(formatProblem)).toEqual([]);
  });

  it('every internal link in MDX resolves to a built route', () => {
    const known = new Set<string>([
      routes.home(), routes.learn(), routes.cases(), routes.stories(), routes.flashcards(), routes.practice(),
      routes.progress(), routes.plan(), routes.search(), '/flashcards/review/',
      ...TRACK_IDS.map((track) => routes.track(track)),
      ...lessons.map((f) => routes.lesson(String(f.data['track']), f.slug)),
      ...cases.map((f) => routes.case(f.slug)),
      ...stories.map((f) => routes.story(f.slug)),
      ...COMPETENCY_IDS.map((c) => routes.storiesFor(c)),
      ...decks.map((f) => routes.deck(String(f.data['id']))),
      '/tools/story-bank/', '/tools/resume/', '/tools/program-log/', '/tools/critical-path/', '/tools/status-update/',
    ]);
    const broken: string[] = [];
    for (const f of [...lessons, ...cases, ...stories]) {
      const links = [...f.body.matchAll(/\]\((\/[^)\s#]*)(?:#[^)\s]*)?\)|href="(\/[^"#]*)/g)].map((m) => m[1] ?? m[2] ?? '');
      for (const link of links) if (!known.has(link)) broken.push(`${f.file}: ${link}`);
    }
    expect(broken).toEqual([]);
  });
});

describe('lessons meet the lesson standard', () => {
  it.each(lessons.map((f) => [f.file, f] as const))('%s', (_file, f) => {
    const headings = h2Headings(f.body);
    const required = ['In the interview', 'Common pitfalls', 'Check yourself'];
    const positions = required.map((heading) => headings.indexOf(heading));
    expect(positions.every((p) => p >= 0), `needs ## ${required.join(', ## ')}; has: ${headings.join(' | ')}`).toBe(true);
    expect([...positions].sort((a, b) => a - b), 'sections out of order').toEqual(positions);
    expect(positions[0], 'the idea must come before "In the interview"').toBeGreaterThan(0);
    const words = proseWords(f.body);
    expect(words, 'body words').toBeGreaterThanOrEqual(700);
    expect(words, 'body words').toBeLessThanOrEqual(2000);
    const checks = (section(f.body, 'Check yourself').match(/<CheckYourself\b/g) ?? []).length;
    expect(checks, 'CheckYourself questions').toBeGreaterThanOrEqual(3);
    expect(checks, 'CheckYourself questions').toBeLessThanOrEqual(5);
    const pitfalls = (section(f.body, 'Common pitfalls').match(/^\s*(?:[-*]|\d+\.) /gm) ?? []).length;
    expect(pitfalls, 'pitfalls listed').toBeGreaterThanOrEqual(3);
    if (f.data['track'] === 'system-design') expect(f.body, 'system-design lessons need a <Diagram>').toMatch(/<Diagram\b[\s\S]*?<svg/);
  });
});

describe('cases and stories meet their standard', () => {
  it.each(cases.map((f) => [f.file, f] as const))('%s has a brief and a hidden model walkthrough', (_file, f) => {
    const headings = h2Headings(f.body);
    expect(headings).toContain('The brief');
    expect(f.body).toMatch(/<Walkthrough>[\s\S]*## Model walkthrough[\s\S]*<\/Walkthrough>/);
  });
  it.each(stories.map((f) => [f.file, f] as const))('%s reads aloud in two to three minutes', (_file, f) => {
    const spoken = ['situation', 'task', 'action', 'result'].map((k) => String(f.data[k] ?? '')).join(' ');
    const words = spoken.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(280);
    expect(words).toBeLessThanOrEqual(470);
    expect(h2Headings(f.body)).toContain('Why it works');
  });
});

const copiedRuns = join(root, '..', 'shared', 'tools', 'copied-runs.py');
describe.runIf(existsSync(copiedRuns))('content is original', () => {
  it('copies no run of eight or more words from the source documents', () => {
    let output = '';
    try {
      output = execFileSync('python3', [copiedRuns, join(root, 'content')], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output.trim()).toMatch(/^0 copied run/m);
  });
});

describe('the curriculum is complete', () => {
  const lessonsIn = (track: string) => lessons.filter((f) => f.data['track'] === track).length;
  const casesOf = (kind: string) => cases.filter((f) => f.data['kind'] === kind).length;
  const cardsFor = (...tracks: string[]) =>
    decks.filter((f) => tracks.includes(String(f.data['track']))).reduce((sum, f) => sum + ((f.data['cards'] as unknown[]) ?? []).length, 0);

  it('has the lessons each track promises', () => {
    expect(lessonsIn('role')).toBeGreaterThanOrEqual(7);
    expect(lessonsIn('career')).toBeGreaterThanOrEqual(9);
    expect(lessonsIn('interview-loop')).toBeGreaterThanOrEqual(8);
    expect(lessonsIn('system-design')).toBeGreaterThanOrEqual(22);
    expect(lessonsIn('program-execution')).toBeGreaterThanOrEqual(16);
    expect(lessonsIn('behavioral')).toBeGreaterThanOrEqual(8);
  });

  it('has the cases, stories and cards each area promises', () => {
    expect(casesOf('program')).toBeGreaterThanOrEqual(12);
    expect(casesOf('system-design')).toBeGreaterThanOrEqual(10);
    expect(casesOf('cross-functional')).toBeGreaterThanOrEqual(4);
    expect(stories.length).toBeGreaterThanOrEqual(24);
    expect(new Set(stories.flatMap((f) => f.data['competencies'] as string[])).size).toBeGreaterThanOrEqual(12);
    expect(stories.filter((f) => f.data['weak']).length).toBeGreaterThanOrEqual(2);
    expect(cardsFor('role', 'career', 'interview-loop')).toBeGreaterThanOrEqual(60);
    expect(cardsFor('system-design')).toBeGreaterThanOrEqual(120);
    expect(decks.filter((f) => f.data['track'] === 'system-design').length).toBeGreaterThanOrEqual(3);
    expect(cardsFor('program-execution')).toBeGreaterThanOrEqual(80);
    expect(cardsFor('behavioral')).toBeGreaterThanOrEqual(40);
  });

  it('covers every required case scenario', () => {
    const ids = new Set(cases.map((f) => f.slug));
    for (const id of [
      'case-auth-migration', 'case-monolith-to-microservices', 'case-cloud-migration', 'case-database-migration', 'case-cross-team-launch',
      'case-datacenter-exit', 'case-data-deletion', 'case-payments-expansion', 'case-api-deprecation', 'case-ml-rollout',
      'case-incident-followup', 'case-release-process', 'design-url-shortener', 'design-news-feed', 'design-chat',
      'design-notification-service', 'design-rate-limiter', 'design-payment-system', 'design-ride-dispatch', 'design-video-streaming',
      'design-typeahead', 'design-file-sync', 'design-job-scheduler', 'xf-executive-update', 'xf-competing-requests',
      'xf-partner-pulls-staff', 'xf-fixed-date-scope',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});
