import { describe, expect, it } from 'vitest';
import { generatePlan, planToIcs, type Background, type PlanCatalog } from '../../src/lib/study-plan';
import { ROUND_IDS } from '../../src/lib/rounds';
import { loadCollection } from '../content/load-content';

const catalog: PlanCatalog = {
  lessons: loadCollection('lessons').map((f) => ({ id: f.slug, title: String(f.data['title']), url: `/learn/${f.folder}/${f.slug}/`, track: String(f.folder), minutes: Number(f.data['minutes']) })),
  cases: loadCollection('cases').map((f) => ({ id: f.slug, title: String(f.data['title']), url: `/cases/${f.slug}/`, kind: f.data['kind'] as 'program', minutes: Number(f.data['minutes']) })),
};
const today = new Date(2026, 10, 22, 10);
const inDays = (n: number) => {
  const d = new Date(2026, 10, 22 + n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const base = { today, completedLessons: new Set<string>(), attemptedCases: new Set<string>() };

describe('the study plan', () => {
  const scenarios: [number, number, Background][] = [
    [3, 4, 'engineering'], [6, 10, 'product'], [14, 8, 'other'], [30, 6, 'engineering'], [45, 12, 'product'], [90, 5, 'other'], [200, 3, 'engineering'], [21, 40, 'other'],
  ];
  it.each(scenarios)('for an interview in %i days at %i h/week (%s) covers every round, fits the hours and the date, and gives technical depth at least 30%%', (days, hours, background) => {
    const plan = generatePlan({ ...base, interviewDate: inDays(days), hoursPerWeek: hours, background }, catalog);
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.weeks).toHaveLength(Math.ceil(days / 7));
    expect(plan.weeks[plan.weeks.length - 1]!.end <= inDays(days - 1)).toBe(true);
    expect(plan.weeks[0]!.start).toBe(inDays(0));
    for (const week of plan.weeks) {
      const sum = week.items.reduce((s, item) => s + item.hours, 0);
      expect(sum).toBeLessThanOrEqual(week.hours + 0.05);
      expect(week.hours).toBeLessThanOrEqual(hours + 1e-9);
      for (const item of week.items) expect(item.hours).toBeGreaterThan(0);
    }
    const byRound = Object.fromEntries(ROUND_IDS.map((r) => [r, 0]));
    for (const item of plan.weeks.flatMap((w) => w.items)) byRound[item.round]! += item.hours;
    const total = Object.values(byRound).reduce((a, b) => a + b, 0);
    for (const round of ROUND_IDS) expect(byRound[round], round).toBeGreaterThan(0);
    expect(byRound['technical-depth']! / total).toBeGreaterThanOrEqual(0.3 - 0.005);
  });

  it('schedules mock cases', () => {
    const plan = generatePlan({ ...base, interviewDate: inDays(28), hoursPerWeek: 8, background: 'engineering' }, catalog);
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.weeks.flatMap((w) => w.items).filter((i) => i.kind === 'case').length).toBeGreaterThanOrEqual(3);
  });

  it('adapts: completed lessons leave the plan', () => {
    const done = new Set(catalog.lessons.filter((l) => l.track === 'system-design').map((l) => l.id));
    const plan = generatePlan({ ...base, completedLessons: done, interviewDate: inDays(60), hoursPerWeek: 10, background: 'product' }, catalog);
    if (!plan.ok) throw new Error(plan.error);
    const titles = new Set(plan.weeks.flatMap((w) => w.items).map((i) => i.url));
    for (const lesson of catalog.lessons.filter((l) => done.has(l.id))) expect(titles.has(lesson.url)).toBe(false);
  });

  it.each([
    [inDays(-1), /passed/],
    [inDays(0), /too close/],
    [inDays(1), /too close/],
    ['2026-02-30', /calendar date/],
    ['next week', /calendar date/],
    [inDays(400), /within a year/],
  ])('gives a clear message for %s', (date, message) => {
    const plan = generatePlan({ ...base, interviewDate: date, hoursPerWeek: 6, background: 'other' }, catalog);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.error).toMatch(message);
  });

  it('exports an iCalendar file with one event per week', () => {
    const plan = generatePlan({ ...base, interviewDate: inDays(20), hoursPerWeek: 6, background: 'other' }, catalog);
    if (!plan.ok) throw new Error(plan.error);
    const ics = planToIcs(plan.weeks, 'https://example.com/prep/', new Date(Date.UTC(2026, 10, 22)));
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${inDays(0).replace(/-/g, '')}`);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });
});

describe('plan formatting', () => {
  it('shows hours as a reader plans them', async () => {
    const { formatHours } = await import('../../src/lib/study-plan');
    expect(formatHours(0.56)).toBe('35 min');
    expect(formatHours(2)).toBe('2 h');
    expect(formatHours(2.16)).toBe('2 h 10 min');
    expect(formatHours(0.01)).toBe('5 min');
  });
});
