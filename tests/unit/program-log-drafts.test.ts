import { describe, expect, it } from 'vitest';
import { draftBullets, draftStory, emptyLogFields, logEntryGaps, type ProgramLogFields } from '../../src/lib/program-log-drafts';
import { checkBullet } from '../../src/lib/resume-bullet-check';
import { checkStarStory } from '../../src/lib/star-story-check';

/** The filled-in entry from the lesson "Keeping a program log". */
const kafka: ProgramLogFields = {
  title: 'Move order-event publishing from RabbitMQ to Kafka',
  dates: 'Feb 3 to May 23, 2025 (planned May 9)',
  role: 'TPM and program owner. I wrote the program plan, dependency map and cutover runbook, and ran the go/no-go.',
  scope: 'Every producer and consumer of order events (7 producers, 12 consumers) moves to Kafka; RabbitMQ order exchanges are shut down.',
  teams: '6 teams, 31 engineers: Platform Messaging, Checkout, Fulfillment, Notifications, Finance Data, SRE.',
  timeline: 'M2 dual-publish planned Mar 21, actual Apr 4.',
  risks:
    '- Consumers not idempotent; duplicate events would double-count revenue. Spotted week 3; added an idempotency-key requirement.\n- Checkout freeze collision, spotted week 5; negotiated dual-publish right after the freeze.',
  decisions: 'Dual-publish instead of a weekend hard cutover (Director of Platform decided, on my recommendation).',
  outcome: 'Zero customer-facing incidents during cutover.',
  metrics: 'p99 publish latency from 240 ms to 45 ms; about $11,000 a month saved on 9 RabbitMQ nodes.',
  lessons: 'Check every team’s freeze calendar before setting milestones.',
};

describe('draftStory', () => {
  it('maps scope and teams to the situation, role to the task, risks and decisions to the action, outcome and metrics to the result', () => {
    const story = draftStory(kafka);
    expect(story.title).toBe(kafka.title);
    expect(story.situation).toContain('7 producers, 12 consumers');
    expect(story.situation).toContain('It involved 6 teams, 31 engineers');
    expect(story.task).toContain('I wrote the program plan');
    expect(story.action).toContain('double-count revenue');
    expect(story.action).toContain('Dual-publish instead of a weekend hard cutover');
    expect(story.action).toMatch(/\[Retell each as a move you made/);
    expect(story.result).toContain('from 240 ms to 45 ms');
    expect(checkStarStory(story).checks.find((c) => c.id === 'result-number')?.status).toBe('pass');
  });

  it('fills empty fields with bracketed prompts, so nothing looks finished that is not', () => {
    const story = draftStory(emptyLogFields());
    expect(story.title).toBe('Untitled program');
    for (const part of [story.situation, story.task, story.action, story.result]) expect(part).toMatch(/^\[.+\]$/);
  });

  it('keeps typed HTML as text', () => {
    const story = draftStory({ ...emptyLogFields(), title: '<script>alert(1)</script>', outcome: '<b>bold</b>' });
    expect(story.title).toBe('<script>alert(1)</script>');
    expect(story.result).toBe('<b>bold</b>.');
  });
});

describe('draftBullets', () => {
  it('drafts a program bullet with scale and result, and a bullet per risk', () => {
    const bullets = draftBullets(kafka);
    expect(bullets[0]).toBe(
      'Led the program to move order-event publishing from RabbitMQ to Kafka across 6 teams, 31 engineers; p99 publish latency from 240 ms to 45 ms; about $11,000 a month saved on 9 RabbitMQ nodes.',
    );
    expect(bullets[1]).toBe('Caught consumers not idempotent; duplicate events would double-count revenue.');
    expect(bullets[2]).toBe('Caught checkout freeze collision, spotted week 5; negotiated dual-publish right after the freeze.');
    expect(bullets[3]).toBe(
      'Delivered the program to move order-event publishing from RabbitMQ to Kafka: zero customer-facing incidents during cutover.',
    );
    expect(draftBullets({ ...kafka, title: 'Payments ledger migration' })[0]).toMatch(/^Led payments ledger migration across 6 teams, 31 engineers;/);
    expect(checkBullet(bullets[0] ?? '').findings.find((f) => f.id === 'quantified')?.status).toBe('pass');
    expect(checkBullet(bullets[0] ?? '').findings.find((f) => f.id === 'scope')?.status).toBe('pass');
  });

  it('keeps a risk that already starts with a verb of catching', () => {
    expect(draftBullets({ ...emptyLogFields(), title: 'X', risks: 'Flagged an app-store review risk 5 weeks before launch.' })[1]).toBe(
      'Flagged an app-store review risk 5 weeks before launch.',
    );
  });

  it('drafts something even from an empty entry', () => {
    expect(draftBullets(emptyLogFields())).toEqual(['Led the program.']);
  });
});

describe('logEntryGaps', () => {
  it('finds nothing missing in a complete entry', () => {
    expect(logEntryGaps(kafka)).toEqual([]);
  });

  it.each([
    [{ title: '' }, /Name the program/],
    [{ role: '' }, /your role/],
    [{ teams: 'Platform, Checkout and SRE' }, /Count the teams/],
    [{ risks: '', decisions: '' }, /risks you caught/],
    [{ metrics: 'Much faster and cheaper' }, /no number/],
    [{ metrics: 'Latency fell 80%' }, /baseline/],
  ])('%j', (patch, message) => {
    expect(logEntryGaps({ ...kafka, ...patch }).join(' ')).toMatch(message);
  });
});
