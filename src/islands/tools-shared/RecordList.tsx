/** The list beside a tool's editor (story bank, program log): one button per record, the open one marked, and "New". */
import { useId } from 'react';

export interface RecordListItem {
  id: string;
  title: string;
  /** A short second line, such as dates or a count. */
  meta?: string;
}

interface Props {
  heading: string;
  items: RecordListItem[];
  currentId: string | undefined;
  onSelect: (id: string) => void;
  addLabel: string;
  onAdd: () => void;
}

export default function RecordList({ heading, items, currentId, onSelect, addLabel, onAdd }: Props) {
  const headingId = useId();
  return (
    <nav className="tool-list" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {heading} ({items.length})
      </h2>
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <button type="button" className="tool-list__item" aria-current={currentId === item.id ? 'true' : undefined} onClick={() => onSelect(item.id)}>
                <span>
                  {item.title}
                  {item.meta && <span className="tool-list__meta">{item.meta}</span>}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button-primary" onClick={onAdd}>
        {addLabel}
      </button>
    </nav>
  );
}
