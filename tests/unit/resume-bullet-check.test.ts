import { describe, expect, it } from 'vitest';
import { checkBullet, checkResume, MAX_BULLETS, stripBulletMark, type FindingId } from '../../src/lib/resume-bullet-check';
import type { CheckStatus } from '../../src/lib/star-story-check';
import { RESUME_REWRITES, SAMPLE_WEAK_BULLETS } from '../../src/data/practice-examples';

const finding = (bullet: string, id: FindingId) => checkBullet(bullet).findings.find((f) => f.id === id);

describe('checkBullet: quantified', () => {
  const cases: Array<[string, CheckStatus]> = [
    ['Cut build times 10x for 240 engineers by moving CI to Bazel remote caching.', 'pass'],
    ['Avoided a $1.2M Oracle renewal by migrating the ledger to Aurora PostgreSQL.', 'pass'],
    ['Onboarded 3 of 5 teams to the new Kafka platform within one quarter.', 'pass'],
    ['Cut p99 checkout latency from 1.2 s to 380 ms across 6 gRPC services.', 'pass'],
    ['Raised action-item closure from 41% to 93% across 14 Sev-1 postmortems.', 'pass'],
    ['Delivered the EKS migration in 8 months with zero customer-facing incidents.', 'pass'],
    ['Launched the iOS passkey flow in Q3 for the consumer app.', 'warn'],
    ['Led a team of 40 engineers to deliver a new data platform.', 'warn'],
    ['Coordinated 7 teams on the Kubernetes migration.', 'warn'],
    ['Responsible for managing the cloud migration program.', 'fail'],
    ['Migrated workloads to S3 and EC2 and tuned p99 dashboards.', 'fail'],
    ['Drove the GPT-4 support pilot and the IPv6 rollout.', 'fail'],
    ['Ran the 24/7 on-call rotation for the payments service.', 'fail'],
    ['Shipped the Q3 release in 2024.', 'warn'],
    ['<b>Improved</b> things <script>alert(1)</script>', 'fail'],
  ];
  it.each(cases)('%j → %s', (bullet, expected) => {
    expect(finding(bullet, 'quantified')?.status).toBe(expected);
  });

  it('suggests a baseline for a bare percentage', () => {
    expect(finding('Cut hosting cost 27% by moving 38 services to Amazon EKS.', 'quantified')?.suggestion).toMatch(/baseline/);
    expect(finding('Cut lead time from 9 days to 4 for 11 teams with automated smoke tests.', 'quantified')?.suggestion).toBeUndefined();
  });
});

describe('checkBullet: outcome rather than activity', () => {
  const cases: Array<[string, CheckStatus, RegExp?]> = [
    ['Ran standups for the platform team.', 'fail', /ran standups/i],
    ['Ran daily standups and weekly syncs for 5 teams.', 'warn', /ran daily standups/i],
    ['Responsible for the payments platform.', 'fail', /responsible for/i],
    ['Helped launch a new mobile app.', 'fail', /helped/i],
    ['Worked with security and legal on GDPR.', 'fail', /worked with/i],
    ['Participated in the Kafka migration.', 'fail', /participated in/i],
    ['Tracked dependencies in Jira for the search relaunch.', 'fail', /tracked dependencies/i],
    ['Supported the SRE team during incidents.', 'fail', /supported/i],
    ['Cut merge-to-production lead time from 9 days to 4.', 'pass'],
    ['Launched passkey sign-in to 9 million users.', 'pass'],
    ['Ran blameless postmortems for 14 Sev-1 incidents, raising closure from 41% to 93%.', 'pass'],
    ['Managed a modernization program for the checkout platform.', 'warn'],
  ];
  it.each(cases)('%j → %s', (bullet, expected, phrase) => {
    const result = finding(bullet, 'outcome');
    expect(result?.status).toBe(expected);
    if (phrase) expect(result?.detail).toMatch(phrase);
    if (expected !== 'pass') expect(result?.suggestion).toBeTruthy();
  });
});

describe('checkBullet: scope, technical specifics, length and wording', () => {
  it.each([
    ['across 7 teams (52 engineers)', 'pass'],
    ['for 3 of 5 teams', 'pass'],
    ['in 8 months', 'pass'],
    ['across multiple teams', 'warn'],
    ['for the company', 'fail'],
  ] as const)('scope %j → %s', (tail, expected) => {
    expect(finding(`Moved the ledger to PostgreSQL ${tail}, saving $1.8M.`, 'scope')?.status).toBe(expected);
  });

  it.each([
    ['Split the checkout monolith into gRPC services on Kubernetes', 'pass'],
    ['Moved 120 nightly jobs from Hadoop to Spark', 'pass'],
    ['Cut p99 latency', 'pass'],
    ['Delivered several technical initiatives', 'warn'],
    ['Aligned the VP and the PMO on OKRs and KPIs', 'fail'],
  ] as const)('technical %j → %s', (bullet, expected) => {
    expect(finding(`${bullet} for 4 teams, saving $1M.`, 'technical')?.status).toBe(expected);
  });

  it.each([
    [5, 'fail'],
    [10, 'warn'],
    [20, 'pass'],
    [40, 'warn'],
    [60, 'fail'],
  ] as const)('length of %i words → %s', (n, expected) => {
    expect(finding(Array.from({ length: n }, () => 'word').join(' '), 'length')?.status).toBe(expected);
  });

  it.each([
    ['I led the migration of 38 services to EKS in 8 months.', /Drop the pronoun/],
    ['Migration of 38 services to EKS in 8 months.', /past-tense verb/],
    ['Successfully led an excellent migration of 38 services to EKS.', /successfully/],
    ['Led Project Falcon across 4 teams, cutting p99 by 40%.', /Project Falcon/],
    ['Managed 40 engineers on the data platform rebuild.', /reporting lines/],
  ])('wording %j', (bullet, message) => {
    const result = finding(bullet, 'wording');
    expect(result?.status).toBe('warn');
    expect(result?.detail).toMatch(message);
  });

  it('judges the verb after a role label such as "Software Engineer:"', () => {
    expect(finding('Software Engineer: built the Kafka-to-Elasticsearch indexing pipeline for 3 teams.', 'wording')?.status).toBe('pass');
  });
});

describe('checkBullet: scores', () => {
  it.each(RESUME_REWRITES.map((r) => [r.before, r.after]))('"%s" scores weak; its rewrite scores strong', (before, after) => {
    const weak = checkBullet(before);
    const strong = checkBullet(after);
    expect(weak.grade).toBe('weak');
    expect(strong.grade).toBe('strong');
    expect(strong.score).toBeGreaterThanOrEqual(80);
    expect(strong.score).toBeGreaterThan(weak.score + 30);
  });

  it('keeps every score between 0 and 100', () => {
    for (const bullet of ['', 'x', 'Successfully helped various teams', RESUME_REWRITES[0]?.after ?? '']) {
      const { score } = checkBullet(bullet);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
    }
  });
});

describe('checkResume', () => {
  it('strips bullet marks and skips blank lines, keeping line numbers', () => {
    const report = checkResume('- Led the EKS migration\n\n• Cut costs 27%\n3. Shipped iOS in Q3\r\n* Helped');
    expect(report.bullets.map((b) => [b.line, b.text])).toEqual([
      [1, 'Led the EKS migration'],
      [3, 'Cut costs 27%'],
      [4, 'Shipped iOS in Q3'],
      [5, 'Helped'],
    ]);
  });

  it.each([
    ['- 5% of the budget', '5% of the budget'],
    ['— Led it', 'Led it'],
    ['a) Led it', 'Led it'],
    ['Led it', 'Led it'],
  ])('stripBulletMark(%j)', (line, expected) => {
    expect(stripBulletMark(line)).toBe(expected);
  });

  it('returns nothing to check for empty input', () => {
    expect(checkResume('')).toEqual({ bullets: [], skipped: 0, averageScore: null });
    expect(checkResume('  \n\n \t\n').bullets).toEqual([]);
  });

  it('checks the first bullets of 10,000 lines and counts the rest, quickly', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `- Led migration ${i} of 38 services to Amazon EKS across 7 teams, cutting cost 27%.`).join(
      '\n',
    );
    const started = performance.now();
    const report = checkResume(text);
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(report.bullets).toHaveLength(MAX_BULLETS);
    expect(report.skipped).toBe(10_000 - MAX_BULLETS);
  });

  it('keeps HTML and script tags as plain text', () => {
    const report = checkResume('<script>alert("x")</script>\n<img src=x onerror=alert(1)>');
    expect(report.bullets.map((b) => b.text)).toEqual(['<script>alert("x")</script>', '<img src=x onerror=alert(1)>']);
    expect(report.bullets.every((b) => b.grade === 'weak')).toBe(true);
  });

  it('finds the sample weak bullets weak', () => {
    const report = checkResume(SAMPLE_WEAK_BULLETS);
    expect(report.bullets).toHaveLength(3);
    expect(report.bullets.every((b) => b.grade === 'weak')).toBe(true);
  });
});
