/** Anki's plain-text import: one note per line, fields separated by tabs, tags in the last field. */
import type { DeckData } from './content-schema';

function field(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').trim();
}

export function deckToTsv(deck: Pick<DeckData, 'id' | 'title' | 'cards'>): string {
  const header = ['#separator:tab', '#html:false', `#deck:Critical Path::${field(deck.title)}`, '#tags column:3'];
  const rows = deck.cards.map((card) => [field(card.front), field(card.back), [...card.tags, deck.id].map((t) => t.replace(/\s+/g, '_')).join(' ')].join('\t'));
  return `${[...header, ...rows].join('\n')}\n`;
}
