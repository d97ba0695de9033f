/**
 * 90 days of reviews as an accessible SVG grid (weeks as columns), with the same numbers in a table behind it. The
 * table's rows are rendered when the reader opens it, not with the dashboard: nobody can see or hear a closed table.
 */
import { useState } from 'react';
import type { HeatmapDay } from '../../lib/progress-summary';

const CELL = 13;
const GAP = 3;

function level(count: number, max: number): number {
  if (count === 0) return 0;
  return Math.min(4, Math.ceil((4 * count) / Math.max(max, 1)));
}

export default function ReviewHeatmap({ days }: { days: HeatmapDay[] }) {
  const [tableOpen, setTableOpen] = useState(false);
  const max = Math.max(0, ...days.map((d) => d.count));
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const active = days.filter((d) => d.count > 0).length;
  const firstWeekday = new Date(`${days[0]?.date ?? '2026-01-01'}T12:00:00`).getDay();
  const columns = Math.ceil((days.length + firstWeekday) / 7);
  const width = columns * (CELL + GAP);
  const height = 7 * (CELL + GAP);
  return (
    <figure className="heatmap">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="heatmap-title heatmap-desc" className="heatmap__svg">
        <title id="heatmap-title">Flashcard reviews over the last 90 days</title>
        <desc id="heatmap-desc">
          {total} reviews on {active} of {days.length} days; the busiest day had {max}. The table below lists every day.
        </desc>
        {days.map((day, i) => {
          const slot = i + firstWeekday;
          return (
            <rect
              key={day.date}
              x={Math.floor(slot / 7) * (CELL + GAP)}
              y={(slot % 7) * (CELL + GAP)}
              width={CELL}
              height={CELL}
              rx={2}
              className={`heatmap__cell heatmap__cell--${level(day.count, max)}`}
            >
              <title>{`${day.date}: ${day.count} reviews`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption className="meta">
        {total} reviews on {active} days. Darker squares mean more reviews; each column is a week.
      </figcaption>
      <details onToggle={(event) => setTableOpen(event.currentTarget.open)}>
        <summary>Reviews per day as a table</summary>
        {tableOpen && (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Reviews per day">
            <table>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Reviews</th>
                </tr>
              </thead>
              <tbody>
                {[...days].reverse().map((day) => (
                  <tr key={day.date}>
                    <td>{day.date}</td>
                    <td>{day.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </details>
    </figure>
  );
}
