import type { CaseKind } from './content-schema';

/** How each kind of case is named on the site. */
export const CASE_KIND_LABELS: Record<CaseKind, { singular: string; plural: string; blurb: string }> = {
  program: {
    singular: 'Program case',
    plural: 'Program cases',
    blurb: 'The program management case-study round: scope, break down, map dependencies, assess risk, plan communication, define launch.',
  },
  'system-design': {
    singular: 'System design problem',
    plural: 'System design problems',
    blurb: 'The technical depth round: requirements, estimates, APIs and data, a high-level design, and the trade-offs.',
  },
  'cross-functional': {
    singular: 'Cross-functional scenario',
    plural: 'Cross-functional scenarios',
    blurb: 'The role-play round: executive updates, competing requests and dependency conflicts, live.',
  },
};
