/** Competencies down, the reader's stories across: which competencies have two or three stories, and which are gaps. */
import { COVERAGE_TARGET, storyCoverage, type CoverageStatus, type CoverageStory } from '../../lib/story-coverage';

const STATUS_TEXT: Record<CoverageStatus, string> = { gap: 'Gap', thin: 'Thin', covered: 'Covered', deep: 'Plenty' };

export default function CoverageMatrix({ stories, competencyUrls }: { stories: CoverageStory[]; competencyUrls: Record<string, string> }) {
  const coverage = storyCoverage(stories);
  const gaps = coverage.needsWork;
  return (
    <section className="coverage" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Coverage</h2>
      <p>
        <strong>
          {coverage.covered} of {coverage.rows.length}
        </strong>{' '}
        competencies have the {COVERAGE_TARGET.min} or {COVERAGE_TARGET.max} stories to aim for.
        {gaps.length > 0 ? ` Needs stories: ${gaps.map((c) => c.title).join(', ')}.` : ' No gaps.'}
      </p>
      {stories.length > 0 && (
        <ol className="coverage__legend" aria-label="Stories in the matrix">
          {stories.map((story) => (
            <li key={story.id} className="user-text">
              {story.title}
            </li>
          ))}
        </ol>
      )}
      <div className="table-scroll" role="region" aria-labelledby="coverage-caption" tabIndex={0}>
        <table className="coverage__table">
          <caption id="coverage-caption">Competencies against your stories (P primary, s secondary)</caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              {stories.map((story, index) => (
                <th scope="col" key={story.id} className="coverage__story">
                  <span aria-hidden="true">{index + 1}</span>
                  <span className="visually-hidden">{story.title}</span>
                </th>
              ))}
              <th scope="col">Stories</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {coverage.rows.map((row) => (
              <tr
                key={row.competency.id}
                className={`coverage__row coverage__row--${row.status}`}
                data-competency={row.competency.id}
                data-status={row.status}
              >
                <th scope="row">{row.competency.title}</th>
                {row.cells.map((cell, index) => (
                  <td key={stories[index]?.id ?? index} className="coverage__cell">
                    {cell === 'primary' ? (
                      <>
                        <span aria-hidden="true">P</span>
                        <span className="visually-hidden">primary</span>
                      </>
                    ) : cell === 'secondary' ? (
                      <>
                        <span aria-hidden="true">s</span>
                        <span className="visually-hidden">secondary</span>
                      </>
                    ) : null}
                  </td>
                ))}
                <td>{row.total}</td>
                <td>
                  <span className={`coverage__status coverage__status--${row.status}`}>{STATUS_TEXT[row.status]}</span>
                  {(row.status === 'gap' || row.status === 'thin') && competencyUrls[row.competency.id] && (
                    <>
                      {' '}
                      <a href={competencyUrls[row.competency.id]} className="coverage__examples">
                        examples<span className="visually-hidden"> of {row.competency.title}</span>
                      </a>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
