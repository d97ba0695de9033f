/** The fixed list of competencies that stories, the story bank and the behavioral drill share. */
export const COMPETENCY_IDS = [
  'delivering-results',
  'managing-dependencies',
  'resolving-conflict',
  'influence-without-authority',
  'escalating-risk-early',
  'negotiating-scope',
  'learning-from-failure',
  'handling-ambiguity',
  'earning-trust',
  'diving-deep',
  'bias-for-action',
  'improving-a-process',
  'leading-through-an-incident',
  'prioritizing',
  'communicating-to-executives',
  'customer-obsession',
] as const;
export type CompetencyId = (typeof COMPETENCY_IDS)[number];

export interface Competency {
  id: CompetencyId;
  title: string;
  /** What an interviewer is probing for when they ask about it. */
  probes: string;
  /** A question an interviewer might ask. */
  question: string;
}

export const COMPETENCIES: readonly Competency[] = [
  { id: 'delivering-results', title: 'Delivering results', probes: 'Whether you land outcomes against obstacles, not just activity.', question: 'Tell me about a program you delivered despite a serious setback.' },
  { id: 'managing-dependencies', title: 'Managing dependencies', probes: 'How you find, track and unblock work owned by other teams.', question: 'Describe a time another team’s work put your launch at risk.' },
  { id: 'resolving-conflict', title: 'Resolving conflict', probes: 'Whether you surface disagreement and drive it to a decision without damage.', question: 'Tell me about two teams with conflicting priorities and how you aligned them.' },
  { id: 'influence-without-authority', title: 'Influence without authority', probes: 'How you move people who do not report to you.', question: 'Give an example of getting a team to change its plan when you had no authority over it.' },
  { id: 'escalating-risk-early', title: 'Escalating risk early', probes: 'Whether you see trouble coming and raise it while there are still options.', question: 'Tell me about a risk you escalated before it became an issue.' },
  { id: 'negotiating-scope', title: 'Negotiating scope', probes: 'How you trade scope, time and quality when not everything fits.', question: 'Describe a time the date could not move and the scope had to.' },
  { id: 'learning-from-failure', title: 'Learning from failure', probes: 'Honesty about your own mistakes and what you changed afterwards.', question: 'Tell me about a program that failed or slipped because of something you did.' },
  { id: 'handling-ambiguity', title: 'Handling ambiguity', probes: 'Whether you create structure when goals, owners or facts are unclear.', question: 'Tell me about a program that started with no clear definition of done.' },
  { id: 'earning-trust', title: 'Earning trust', probes: 'How you build credibility with engineers and leaders, and repair it.', question: 'Describe a time you had to win over a skeptical engineering team.' },
  { id: 'diving-deep', title: 'Diving deep technically', probes: 'Whether you understand the system well enough to find what others missed.', question: 'Tell me about a time your technical understanding changed a program’s plan.' },
  { id: 'bias-for-action', title: 'Bias for action', probes: 'Whether you act on a reversible decision instead of waiting for certainty.', question: 'Tell me about a decision you made quickly with incomplete information.' },
  { id: 'improving-a-process', title: 'Improving a process', probes: 'How you find a broken process, fix it and measure the change.', question: 'Describe a process you changed and how you knew it worked.' },
  { id: 'leading-through-an-incident', title: 'Leading through an incident', probes: 'Calm coordination under pressure and follow-through after.', question: 'Walk me through an incident you coordinated and what came after it.' },
  { id: 'prioritizing', title: 'Prioritizing', probes: 'How you choose among competing demands and say no.', question: 'Tell me about a time you had more requests than capacity.' },
  { id: 'communicating-to-executives', title: 'Communicating to executives', probes: 'Whether you can give leaders the decision they need in a few lines.', question: 'Tell me about an update that changed what leadership decided.' },
  { id: 'customer-obsession', title: 'Customer focus', probes: 'Whether customer impact drives your trade-offs.', question: 'Describe a time you changed a plan because of what customers needed.' },
];

export function competencyById(id: string): Competency | undefined {
  return COMPETENCIES.find((competency) => competency.id === id);
}
