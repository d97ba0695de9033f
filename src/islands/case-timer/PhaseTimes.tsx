/** A finished attempt's time per phase against its budget, as a table. */
import { formatClock, formatDelta } from '../../lib/case-timer';
import type { AttemptSummary } from '../../lib/case-attempts';

export default function PhaseTimes({ summary, caption }: { summary: AttemptSummary; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="phase-times">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">Budget</th>
            <th scope="col">Took</th>
            <th scope="col">Difference</th>
          </tr>
        </thead>
        <tbody>
          {summary.phases.map((phase) => (
            <tr key={phase.id || phase.index}>
              <th scope="row">{phase.title}</th>
              <td>{formatClock(phase.budgetMs)}</td>
              <td>{phase.state === 'skipped' ? 'not reached' : formatClock(phase.actualMs)}</td>
              <td className={phase.state !== 'skipped' && phase.deltaMs > 0 ? 'is-over' : undefined}>{phase.state === 'skipped' ? '–' : formatDelta(phase.deltaMs)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Round</th>
            <td>{formatClock(summary.budgetMs)}</td>
            <td>{formatClock(summary.totalMs)}</td>
            <td className={summary.totalMs > summary.budgetMs ? 'is-over' : undefined}>{formatDelta(summary.totalMs - summary.budgetMs)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
