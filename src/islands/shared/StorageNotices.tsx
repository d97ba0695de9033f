/** Tells the reader when their saved data needed attention, what was kept, and offers the backup as a download. */
import { useAppState } from './use-app-store';
import { useAppStore } from '../../stores/app-store';
import type { StorageNotice } from '../../lib/storage';
import { downloadText } from './download';

function download(notice: StorageNotice): void {
  downloadText(notice.backupText ?? '', `critical-path-backup-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.json`, 'application/json');
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
