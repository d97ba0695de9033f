/**
 * Worked examples the practice tools open with or show as models. Each is checked in tests/unit against the lesson it
 * comes from and against the tool's own checker, so a model always passes its own checks.
 */
import type { TaskRow } from '../lib/critical-path-engine';

/** The passkey sign-in launch from the lesson "The critical path method, worked by hand" (34 working days). */
export const CRITICAL_PATH_EXAMPLE: { name: string; lesson: { track: string; slug: string; title: string }; tasks: TaskRow[] } = {
  name: 'Launching passkey sign-in',
  lesson: { track: 'program-execution', slug: 'critical-path-method', title: 'The critical path method, worked by hand' },
  tasks: [
    { id: 'A', name: 'Design and API contract sign-off', duration: '5', dependsOn: '' },
    { id: 'B', name: 'Provision database, keys, namespace', duration: '8', dependsOn: 'A' },
    { id: 'C', name: 'Build the passkey service', duration: '12', dependsOn: 'A' },
    { id: 'D', name: 'Threat model and security review', duration: '4', dependsOn: 'A' },
    { id: 'E', name: 'iOS integration', duration: '10', dependsOn: 'C' },
    { id: 'F', name: 'Android integration', duration: '9', dependsOn: 'C' },
    { id: 'G', name: 'Web integration', duration: '6', dependsOn: 'C' },
    { id: 'H', name: 'Load test at 3× peak sign-in traffic', duration: '4', dependsOn: 'B, C' },
    { id: 'I', name: 'Penetration test of web and API flows', duration: '5', dependsOn: 'D, G' },
    { id: 'J', name: 'Staged rollout, 1% to 100%', duration: '6', dependsOn: 'E, F, H, I' },
  ],
};

/** A director-level update in under 200 words, adapted from the Order Events example in the status-reporting lesson. */
export const MODEL_STATUS_UPDATE = `Order Events migration. Overall: Amber (was Green). Cutover forecast Apr 14 against the committed Apr 7.
Why: load tests reach 7,000 of the 12,000 events/s we need at peak, and consumer lag p99 is 45 s against a 5 s target.

Top risks
- Throughput may not close the gap. Owner: Mei (Streaming Platform). Repartition from 24 to 48 partitions lands Mar 21; retest Mar 24. If the retest fails we turn Red on Mar 25 and bring two options.
- Fraud consumer is one week behind after a SEV2. Owner: Priya (Fraud). Schema-registry integration due Mar 18.

Decision needed: none this week. Ask: Fraud's manager keeps its engineer off the on-call rotation until Mar 18.

Next milestones
- M3 All consumers in staging: Mar 18 (baseline Mar 14)
- M4 Load test passes at 12,000 events/s: Mar 24 (baseline Mar 21)
- M5 Production cutover: Apr 14 (committed Apr 7)`;

/** Before-and-after bullets from the TPM resume lesson: the same work, reported as activity and as outcome. */
export const RESUME_REWRITES: ReadonlyArray<{ before: string; after: string; why: string }> = [
  {
    before: 'Responsible for managing the cloud migration program.',
    after:
      'Led migration of 38 services from an on-prem VMware cluster to Amazon EKS across 7 teams (52 engineers) in 8 months, closing a data center and cutting hosting cost 27% ($1.4M a year).',
    why: 'A responsibility became ownership, with scale, named technology and a dollar result.',
  },
  {
    before: 'Ran weekly cross-team syncs and tracked dependencies in Jira.',
    after:
      'Cut median cross-team blocker resolution from 9 days to 3 by introducing a twice-weekly dependency triage with a 48-hour escalation rule across 5 teams.',
    why: 'The activity turned into the outcome it produced, with the mechanism named.',
  },
  {
    before: 'Managed a modernization program for the checkout platform.',
    after:
      'Drove the split of the checkout monolith into 6 gRPC services on Kubernetes, sequencing cutovers behind feature flags; checkout p99 latency fell from 1.2 s to 380 ms.',
    why: '“Modernization” was replaced by the actual architecture and a technical result.',
  },
  {
    before: 'Identified and mitigated risks for the mobile app launch.',
    after:
      'Flagged an app-store review risk 5 weeks before launch, pulled the iOS submission forward 2 weeks and added a server-side kill switch; launched on the committed date to 2.1M users.',
    why: 'A generic claim became a specific risk, when it was caught, the mitigation and the result.',
  },
  {
    before: 'Improved the release process, resulting in faster releases.',
    after:
      'Moved 11 teams from biweekly to weekly releases by replacing a 3-day code freeze with automated smoke tests; merge-to-production lead time fell from 9 days to 4.',
    why: '“Faster” got a baseline, a result, a team count and a mechanism.',
  },
  {
    before: 'Led a team of 40 engineers to deliver a new data platform.',
    after:
      'Coordinated 4 teams (40 engineers) to replace a Hadoop cluster with Spark on Kubernetes; moved 120 nightly jobs with zero missed data deadlines and removed $600K a year in license cost.',
    why: 'An implied management claim became an accurate verb, plus the technology and two outcomes.',
  },
];

/** Weak bullets a reader can load to see the checker at work. */
export const SAMPLE_WEAK_BULLETS = [
  'Responsible for the payments platform migration.',
  'Ran daily standups and weekly syncs with stakeholders across multiple teams.',
  'Helped launch a new mobile app in Q3.',
].join('\n');
