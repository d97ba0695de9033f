/** Every deck with its card count and, from saved progress, how many are due now, new and learned. */
import { useState } from 'react';
import { deckCounts } from '../../lib/review-queue';
import { useAppState } from '../shared/use-app-store';
import './flashcards.css';

export interface DeckSummary {
  id: string;
  title: string;
  url: string;
  cardIds: string[];
}

export default function DeckOverview({ decks, reviewAllUrl }: { decks: DeckSummary[]; reviewAllUrl: string }) {
  const hydrated = useAppState((s) => s.hydrated);
  const cards = useAppState((s) => s.saved).cards;
  const [now] = useState(() => new Date());
  const rows = decks.map((deck) => ({ deck, counts: deckCounts(deck.cardIds, cards, now) }));
  const totalDue = rows.reduce((sum, row) => sum + row.counts.due, 0);
  const show = (n: number) => (hydrated ? n : '–');
  return (
    <div className="deck-overview">
      <p>
        <a className="button button-primary" href={reviewAllUrl}>
          Review everything due{hydrated ? ` (${totalDue})` : ''}
        </a>
      </p>
      <div className="table-scroll" role="region" aria-label="Decks" tabIndex={0}>
        <table>
          <caption className="visually-hidden">Decks with due, new and learned cards</caption>
          <thead>
            <tr>
              <th scope="col">Deck</th>
              <th scope="col">Cards</th>
              <th scope="col">Due now</th>
              <th scope="col">New</th>
              <th scope="col">Learned</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ deck, counts }) => (
              <tr key={deck.id} data-deck-id={deck.id}>
                <th scope="row">
                  <a href={deck.url}>{deck.title}</a>
                </th>
                <td>{counts.total}</td>
                <td data-count="due">{show(counts.due)}</td>
                <td data-count="new">{show(counts.unseen)}</td>
                <td data-count="learned">{show(counts.learned)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
