/** The reader's notes from an attempt, phase by phase, as plain text. */
import type { Attempt } from '../../lib/app-state';

export default function NotesList({ attempt, headingLevel }: { attempt: Attempt; headingLevel: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="notes-list">
      {attempt.phases.map((phase) => {
        const text = attempt.notes[phase.id]?.trim() ?? '';
        return (
          <div key={phase.id} className="notes-list__phase">
            <Heading>{phase.title}</Heading>
            {text ? <p className="notes-list__text">{text}</p> : <p className="meta">No notes for this phase.</p>}
          </div>
        );
      })}
    </div>
  );
}
