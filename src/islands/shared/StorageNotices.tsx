/** Tells the reader when their saved data needed attention, what was kept, and offers the backup as a download. */
import { useAppState } from './use-app-store';
import { useAppStore } from '../../stores/app-store';
import type { StorageNotice } from '../../lib/storage';

function download(notice: StorageNotice): void {
  const blob = new Blob([notice.backupText ?? ''], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `critical-path-backup-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function StorageNotices() {
  const notices = useAppState((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="storage-notices" role="status">
      {notices.map((notice) => (
        <div key={notice.message} className="notice">
          <p>{notice.message}</p>
          <p className="notice__actions">
            {notice.backupText !== undefined && (
              <button type="button" onClick={() => download(notice)}>
                Download the backup
              </button>
            )}
            <button type="button" onClick={() => useAppStore.getState().dismissNotice(notice)}>
              Dismiss
            </button>
          </p>
        </div>
      ))}
    </div>
  );
}
