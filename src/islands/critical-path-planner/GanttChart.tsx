/** The schedule as a Gantt chart in SVG: critical bars highlighted, float drawn after each bar, milestones as diamonds. */
import { useId } from 'react';
import type { ScheduledTask } from '../../lib/critical-path-engine';
import { formatDays } from './format';

/** Past this many tasks the chart would be unreadable; the table below still lists every task. */
export const MAX_CHART_ROWS = 150;

const WIDTH = 760;
const LABEL_WIDTH = 220;
const RIGHT = 44;
const TOP = 34;
const ROW = 26;
const BAR = 16;

function tickStep(finish: number): number {
  const target = finish / 8;
  for (const step of [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000]) if (step >= target) return step;
  return Math.pow(10, Math.ceil(Math.log10(target)));
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export default function GanttChart({ tasks, finish, criticalPath }: { tasks: ScheduledTask[]; finish: number; criticalPath: string[] }) {
  const uid = useId();
  const shown = tasks.slice(0, MAX_CHART_ROWS);
  const span = Math.max(finish, 1);
  const chartWidth = WIDTH - LABEL_WIDTH - RIGHT;
  const x = (day: number) => LABEL_WIDTH + (day / span) * chartWidth;
  const step = tickStep(span);
  const ticks: number[] = [];
  for (let day = 0; day <= span; day += step) ticks.push(day);
  const rowsBottom = TOP + shown.length * ROW;
  const height = rowsBottom + 44;
  const floating = shown.filter((task) => !task.critical && task.totalFloat > 0);

  return (
    <figure className="gantt">
      {/* Narrow screens scroll the chart sideways rather than shrinking its text below legibility. */}
      <div className="gantt__scroll table-scroll" role="region" aria-label="Gantt chart, scrolls sideways" tabIndex={0}>
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="img"
          aria-labelledby={`${uid}-title ${uid}-desc`}
          className="gantt__svg"
          preserveAspectRatio="xMinYMin meet"
        >
          <title id={`${uid}-title`}>Gantt chart of the plan</title>
          <desc id={`${uid}-desc`}>
            {`${tasks.length} tasks over ${formatDays(finish)} working days. Critical path: ${criticalPath.join(', ') || 'none'}. ` +
              (floating.length > 0
                ? `Float: ${floating
                    .slice(0, 20)
                    .map((task) => `${task.id} ${formatDays(task.totalFloat)} days`)
                    .join(', ')}.`
                : 'No task has float.') +
              (tasks.length > shown.length ? ` The chart shows the first ${shown.length} tasks; the table lists all of them.` : '')}
          </desc>
          <text className="gantt__axis-label" x={8} y={22}>
            working day
          </text>
          {ticks.map((day) => (
            <g key={day}>
              <line className="gantt__grid" x1={x(day)} x2={x(day)} y1={TOP - 6} y2={rowsBottom} />
              <text className="gantt__tick" x={x(day)} y={22} textAnchor="middle">
                {day}
              </text>
            </g>
          ))}
          <line className="gantt__finish" x1={x(finish)} x2={x(finish)} y1={TOP - 6} y2={rowsBottom} />
          <text className="gantt__finish-label" x={x(finish)} y={rowsBottom + 14} textAnchor="middle">
            {formatDays(finish)}
          </text>
          {shown.map((task, index) => {
            const y = TOP + index * ROW;
            const barY = y + (ROW - BAR) / 2;
            const start = x(task.earlyStart);
            const end = x(task.earlyFinish);
            return (
              <g key={`${task.id}-${index}`} className={task.critical ? 'gantt__row gantt__row--critical' : 'gantt__row'}>
                <text className="gantt__label" x={8} y={y + ROW / 2 + 5}>
                  {truncate(`${task.id} ${task.name}`, 26)}
                </text>
                {task.milestone ? (
                  <polygon
                    className="gantt__milestone"
                    points={`${start},${barY} ${start + BAR / 2},${barY + BAR / 2} ${start},${barY + BAR} ${start - BAR / 2},${barY + BAR / 2}`}
                  />
                ) : (
                  <rect className="gantt__bar" x={start} y={barY} width={Math.max(end - start, 1.5)} height={BAR} rx={3} />
                )}
                {task.totalFloat > 0 && (
                  <>
                    <line className="gantt__float" x1={end} x2={x(task.earlyFinish + task.totalFloat)} y1={barY + BAR / 2} y2={barY + BAR / 2} />
                    <text className="gantt__float-label" x={x(task.earlyFinish + task.totalFloat) + 4} y={barY + BAR / 2 + 4}>
                      {formatDays(task.totalFloat)}
                    </text>
                  </>
                )}
              </g>
            );
          })}
          <g className="gantt__legend" transform={`translate(${LABEL_WIDTH}, ${rowsBottom + 24})`}>
            <rect className="gantt__bar gantt__bar--critical-key" x={0} y={0} width={26} height={12} rx={3} />
            <text x={32} y={11}>
              critical (float 0)
            </text>
            <rect className="gantt__bar" x={150} y={0} width={26} height={12} rx={3} />
            <text x={182} y={11}>
              has float
            </text>
            <line className="gantt__float" x1={262} x2={292} y1={6} y2={6} />
            <text x={298} y={11}>
              float (days)
            </text>
            <polygon className="gantt__milestone gantt__milestone--key" points="392,0 398,6 392,12 386,6" />
            <text x={404} y={11}>
              milestone
            </text>
          </g>
        </svg>
      </div>
      {tasks.length > shown.length && (
        <figcaption className="gantt__caption">
          The chart shows the first {shown.length} of {tasks.length.toLocaleString('en-US')} tasks; the schedule table lists them all.
        </figcaption>
      )}
    </figure>
  );
}
