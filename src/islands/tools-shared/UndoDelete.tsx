/** The "Deleted … Undo" notice the tools show after a delete, so nothing a reader typed is lost to a slip. */
export default function UndoDelete({ title, onUndo }: { title: string; onUndo: () => void }) {
  return (
    <div className="tool-message" role="status">
      <p>
        Deleted “{title}”.{' '}
        <button type="button" onClick={onUndo}>
          Undo
        </button>
      </p>
    </div>
  );
}
