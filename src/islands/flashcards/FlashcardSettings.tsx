/** Daily new-card limit, desired retention, and resetting one deck's progress after a confirmation. */
import { useId, useState } from 'react';
import { resetCards } from '../../stores/flashcards';
import { useAppStore } from '../../stores/app-store';
import { useAppState } from '../shared/use-app-store';
import './flashcards.css';
import type { DeckSummary } from './DeckOverview';

export const RETENTION_RANGE = { min: 0.7, max: 0.97 } as const;

export default function FlashcardSettings({ decks }: { decks: DeckSummary[] }) {
  const settings = useAppState((s) => s.saved.settings);
  const update = useAppStore.getState().updateSettings;
  const [limitText, setLimitText] = useState<string | null>(null);
  const [retentionText, setRetentionText] = useState<string | null>(null);
  const [deckId, setDeckId] = useState(decks[0]?.id ?? '');
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const id = useId();

  const limitValue = limitText ?? String(settings.newCardsPerDay);
  const limitNumber = Number(limitValue);
  const limitError = !/^\d+$/.test(limitValue) || limitNumber > 500 ? 'Enter a whole number from 0 to 500.' : '';
  const retentionValue = retentionText ?? String(Math.round(settings.desiredRetention * 100));
  const retentionNumber = Number(retentionValue) / 100;
  const retentionError =
    !/^\d+$/.test(retentionValue) || retentionNumber < RETENTION_RANGE.min || retentionNumber > RETENTION_RANGE.max
      ? 'Enter a whole percentage from 70 to 97.'
      : '';
  const deck = decks.find((d) => d.id === deckId);

  return (
    <form className="fc-settings" onSubmit={(e) => e.preventDefault()} aria-label="Flashcard settings">
      <div className="field">
        <label htmlFor={`${id}-limit`}>New cards per day</label>
        <input
          id={`${id}-limit`}
          inputMode="numeric"
          value={limitValue}
          aria-invalid={limitError ? true : undefined}
          aria-describedby={`${id}-limit-help`}
          onChange={(e) => {
            setLimitText(e.target.value);
            if (/^\d+$/.test(e.target.value) && Number(e.target.value) <= 500) update({ newCardsPerDay: Number(e.target.value) });
          }}
        />
        <p className="meta" id={`${id}-limit-help`}>{limitError || 'Default 20. Fewer means lighter days; more means faster coverage.'}</p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-retention`}>Desired retention (%)</label>
        <input
          id={`${id}-retention`}
          inputMode="numeric"
          value={retentionValue}
          aria-invalid={retentionError ? true : undefined}
          aria-describedby={`${id}-retention-help`}
          onChange={(e) => {
            setRetentionText(e.target.value);
            const value = Number(e.target.value) / 100;
            if (/^\d+$/.test(e.target.value) && value >= RETENTION_RANGE.min && value <= RETENTION_RANGE.max) update({ desiredRetention: value });
          }}
        />
        <p className="meta" id={`${id}-retention-help`}>
          {retentionError || 'Default 90%: the chance you recall a card when it comes back. Higher means more reviews.'}
        </p>
      </div>
      <fieldset className="field">
        <legend>Reset a deck</legend>
        <label htmlFor={`${id}-deck`}>Deck</label>{' '}
        <select id={`${id}-deck`} value={deckId} onChange={(e) => { setDeckId(e.target.value); setConfirming(false); }}>
          {decks.map((d) => (
            <option key={d.id} value={d.id}>{d.title}</option>
          ))}
        </select>{' '}
        {!confirming ? (
          <button type="button" onClick={() => { setConfirming(true); setMessage(''); }}>Reset progress…</button>
        ) : (
          <span role="group" aria-label="Confirm reset">
            <span>Make all {deck?.cardIds.length} cards of “{deck?.title}” new again? </span>
            <button
              type="button"
              className="button-danger"
              onClick={() => {
                if (deck) resetCards(deck.cardIds);
                setConfirming(false);
                setMessage(`“${deck?.title}” was reset. Its review history stays on your dashboard.`);
              }}
            >
              Yes, reset
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
          </span>
        )}
        <p role="status" className="meta">{message}</p>
      </fieldset>
    </form>
  );
}
