/** A list of checks, each with its status in words as well as colour and icon. */
import type { Check, CheckStatus } from '../../lib/star-story-check';
import './tools.css';

export const STATUS_WORDS: Record<CheckStatus, string> = { pass: 'Done', warn: 'Improve', fail: 'Missing' };
const ICONS: Record<CheckStatus, string> = { pass: '✓', warn: '!', fail: '✗' };

export function StatusIcon({ status }: { status: CheckStatus }) {
  return (
    <span className={`check__icon check__icon--${status}`} aria-hidden="true">
      {ICONS[status]}
    </span>
  );
}

export default function Checklist({ checks, label }: { checks: Check[]; label: string }) {
  return (
    <ul className="checklist" aria-label={label}>
      {checks.map((check) => (
        <li key={check.id} className={`check check--${check.status}`} data-check={check.id} data-status={check.status}>
          <StatusIcon status={check.status} />
          <span className="check__body">
            <span className="check__label">
              <span className="visually-hidden">{STATUS_WORDS[check.status]}: </span>
              {check.label}
            </span>
            <span className="check__detail">{check.detail}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
