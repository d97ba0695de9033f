/** The nine skills TPM hiring looks for, their priority, how each is shown, and where the curriculum teaches it. */
export type SkillPriority = 'essential' | 'important' | 'bonus';

export interface Skill {
  id: string;
  title: string;
  priority: SkillPriority;
  /** How a candidate demonstrates it. */
  shownBy: string;
  /** Lesson ids that build the skill, most useful first. */
  lessons: string[];
}

export const SKILLS: readonly Skill[] = [
  { id: 'technical-depth', title: 'Technical depth', priority: 'essential', shownBy: 'System design discussions and architecture reviews', lessons: ['design-round-framework', 'estimation-and-capacity', 'databases-sql-and-nosql', 'caching', 'consistency-and-cap'] },
  { id: 'cross-functional-leadership', title: 'Cross-functional leadership', priority: 'essential', shownBy: 'Leading programs across three or more teams without authority', lessons: ['stakeholder-management', 'influencing-without-authority', 'conflict-and-alignment'] },
  { id: 'program-management', title: 'Project and program management', priority: 'essential', shownBy: 'Roadmaps, milestones, dependency tracking and launch plans', lessons: ['critical-path-method', 'dependency-mapping', 'work-breakdown-structure', 'milestones-and-roadmaps', 'launch-readiness'] },
  { id: 'risk-management', title: 'Risk management', priority: 'essential', shownBy: 'Finding risks early and mitigating them', lessons: ['risk-registers-and-raid', 'platform-migration-playbook', 'incident-management-and-postmortems'] },
  { id: 'communication', title: 'Communication', priority: 'essential', shownBy: 'Executive summaries, technical docs and stakeholder updates', lessons: ['status-reporting', 'cross-functional-round', 'raci-and-decision-records'] },
  { id: 'stakeholder-management', title: 'Stakeholder management', priority: 'essential', shownBy: 'Aligning competing priorities across organizations', lessons: ['stakeholder-management', 'scope-negotiation', 'conflict-and-alignment'] },
  { id: 'agile-scrum', title: 'Agile and Scrum', priority: 'important', shownBy: 'Sprint planning, retrospectives and velocity tracking', lessons: ['agile-at-scale', 'estimation-and-scheduling'] },
  { id: 'systems-thinking', title: 'Systems thinking', priority: 'important', shownBy: 'Seeing how a change ripples across distributed systems', lessons: ['monoliths-and-microservices', 'queues-and-events', 'reliability-and-disaster-recovery'] },
  { id: 'data-driven', title: 'Data-driven decision making', priority: 'bonus', shownBy: 'Using metrics to prioritize, report and justify scope', lessons: ['program-metrics', 'observability-and-slos', 'scope-and-success-metrics'] },
];

const PRIORITY_WEIGHT: Record<SkillPriority, number> = { essential: 3, important: 2, bonus: 1 };

/**
 * Turns self-ratings (1 to 5) into recommended lessons: the biggest gaps first, weighted by how much the skill matters,
 * skipping lessons already complete. Unrated skills are not recommended.
 */
export function recommendFromRatings(
  ratings: Readonly<Record<string, number>>,
  completed: ReadonlySet<string>,
  limit = 6,
): { skill: Skill; gap: number; lessons: string[] }[] {
  return SKILLS.filter((skill) => typeof ratings[skill.id] === 'number' && (ratings[skill.id] ?? 5) < 4)
    .map((skill) => ({ skill, gap: 5 - (ratings[skill.id] ?? 5), lessons: skill.lessons.filter((id) => !completed.has(id)) }))
    .filter((entry) => entry.lessons.length > 0)
    .sort((a, b) => b.gap * PRIORITY_WEIGHT[b.skill.priority] - a.gap * PRIORITY_WEIGHT[a.skill.priority])
    .slice(0, limit);
}
