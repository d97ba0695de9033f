/**
 * What counts as a word for search. The index, the query and the highlighter all split text with these functions, so
 * a word the reader types is cut and folded exactly like the same word in the content: lowercase, accents removed,
 * apostrophes dropped ("team's" is "teams", "café" is "cafe"), anything that is not a Latin letter or a digit a
 * separator ("A/B", "critical-path" and "p95," each split cleanly).
 */
import lunr from 'lunr';

const WORD = /[a-z0-9]+(?:'[a-z0-9]+)*/g;

const NOT_ASCII = /[^\u0000-\u007f]/;

/** Lowercase, strip accents, unify apostrophes. Keeps the string's other characters. */
export function foldText(text: string): string {
  if (!NOT_ASCII.test(text)) return text.toLowerCase().replace(/`/g, "'");
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'");
}

/** One word as the index stores it, before stemming. */
function squash(word: string): string {
  return word.includes("'") ? word.replace(/'/g, '') : word;
}

/** The words of a text, folded, in order. */
export function searchWords(text: string): string[] {
  return Array.from(foldText(text).matchAll(WORD), (match) => squash(match[0]));
}

/** A text rewritten as space-separated folded words: what lunr's tokenizer is given at build time. */
export function toIndexText(text: string): string {
  return searchWords(text).join(' ');
}

/** A word span in an original (unfolded) text, for highlighting. */
export interface WordSpan {
  start: number;
  end: number;
  /** The folded word, as it would be indexed before stemming. */
  word: string;
}

const PLAIN_WORD = /^[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*$/;

/** The words of an original (unfolded) text with their positions in it, for highlighting. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  const pattern = NOT_ASCII.test(text) ? /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu : /[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*/g;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (PLAIN_WORD.test(match[0])) {
      spans.push({ start, end, word: squash(match[0].toLowerCase()) });
      continue;
    }
    // A run can fold to several words ("naïve·x") or to none (letters outside the Latin alphabet).
    for (const word of searchWords(match[0])) spans.push({ start, end, word });
  }
  return spans;
}

/** The stem lunr's English stemmer gives a folded word: what the index stores. */
export function stemWord(word: string): string {
  return lunr.stemmer(new lunr.Token(word, {})).toString();
}

/** True for the very common English words lunr leaves out of the index ("the", "what", "is"). */
export function isStopWord(word: string): boolean {
  return lunr.stopWordFilter(new lunr.Token(word, {})) == null;
}
