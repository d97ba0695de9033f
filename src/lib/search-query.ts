/**
 * What a person types, turned into a lunr query that cannot throw. A little of lunr's syntax is honoured where its
 * meaning is plain (`+word` must appear, `-word` must not, `"two words"` both must appear, `title:word` searches one
 * field, a trailing `*` is a prefix); anything else (`~`, `^`, stray `:` or quotes, unknown fields, leading
 * wildcards) falls back to the plain words. Words are cut and folded exactly as the index cuts them (search-text.ts),
 * so punctuation, emoji and accents never reach lunr's parser, which is never used.
 */
import lunr from 'lunr';
import { SEARCH_FIELDS, indexHasTerm, indexTerm, prefixExpansions, type SearchField } from './search-index';
import { isStopWord, searchWords } from './search-text';

/** Longer input is cut here: nobody types more, and pasting a page must not stall the browser. */
export const MAX_QUERY_LENGTH = 200;
/** At most this many words are searched; the rest are ignored. */
export const MAX_TERMS = 10;
/** A word longer than this is cut (no English word in the curriculum is longer). */
export const MAX_TERM_LENGTH = 40;

export type Presence = 'optional' | 'required' | 'prohibited';

export interface QueryTerm {
  /** The folded word as typed (not stemmed). */
  text: string;
  presence: Presence;
  /** Only this field is searched, when the reader asked for one with `field:word`. */
  field?: SearchField;
  /** Also matches words that begin with it: the word still being typed, or one written with a trailing `*`. */
  prefix: boolean;
}

export interface ParsedQuery {
  /** The words searched, in the order typed, without duplicates. */
  terms: QueryTerm[];
  /** Very common words left out of the search ("what", "is", "the"). */
  ignored: string[];
  /** True when some of the input was syntax that could not be honoured, and its words were searched as plain words. */
  plain: boolean;
  /** True when the input was longer than `MAX_QUERY_LENGTH` or held more than `MAX_TERMS` words. */
  truncated: boolean;
}

export interface ParseOptions {
  /** Treat the last word as a prefix while the reader is still typing it (no space after it). Default true. */
  prefixLast?: boolean;
}

interface Token {
  raw: string;
  presence: Presence;
  field?: SearchField;
  prefix: boolean;
  quoted: boolean;
}

const FIELD_NAMES = new Set<string>(SEARCH_FIELDS);

/** Splits input into whitespace-separated pieces, keeping balanced "quoted phrases" together. */
function pieces(input: string): { pieces: { text: string; quoted: boolean }[]; plain: boolean } {
  const quotes = input.match(/["\u201c\u201d]/g)?.length ?? 0;
  const result: { text: string; quoted: boolean }[] = [];
  if (quotes % 2 === 1) {
    for (const text of input.replace(/["\u201c\u201d]/g, ' ').split(/\s+/)) if (text) result.push({ text, quoted: false });
    return { pieces: result, plain: true };
  }
  const pattern = /["\u201c\u201d]([^"\u201c\u201d]*)["\u201c\u201d]|(\S+)/g;
  for (const match of input.matchAll(pattern)) {
    if (match[1] !== undefined) {
      for (const text of match[1].split(/\s+/)) if (text) result.push({ text, quoted: true });
    } else if (match[2]) {
      // A quote glued to a word (`say"hello"`) is not a phrase: the pattern above consumed it; keep the word.
      result.push({ text: match[2], quoted: false });
    }
  }
  return { pieces: result, plain: false };
}

function tokenize(piece: { text: string; quoted: boolean }): { tokens: Token[]; plain: boolean } {
  let text = piece.text;
  let plain = false;
  let presence: Presence = piece.quoted ? 'required' : 'optional';
  const operator = /^([+-]+)(?=[\p{L}\p{N}])/u.exec(text);
  if (operator?.[1]) {
    const ops = operator[1];
    if (ops.length > 1 || piece.quoted) plain = true;
    else presence = ops === '-' ? 'prohibited' : 'required';
    text = text.slice(ops.length);
  }
  let field: SearchField | undefined;
  const fieldMatch = /^([A-Za-z]+):(?=\S)/.exec(text);
  if (fieldMatch?.[1]) {
    const name = fieldMatch[1].toLowerCase();
    if (FIELD_NAMES.has(name)) {
      field = name as SearchField;
      text = text.slice(fieldMatch[0].length);
    } else {
      plain = true;
    }
  }
  const prefix = /[\p{L}\p{N}]\*$/u.test(text);
  if (/[~^:*]/.test(text.replace(/\*$/, ''))) plain = true;
  const tokens = searchWords(text).map((word, index, all) => {
    const token: Token = { raw: word, presence, prefix: prefix && index === all.length - 1, quoted: piece.quoted };
    if (field) token.field = field;
    return token;
  });
  return { tokens, plain };
}

/** Reads what a person typed. Never throws, whatever the input. */
export function parseQuery(input: string, options: ParseOptions = {}): ParsedQuery {
  const prefixLast = options.prefixLast ?? true;
  const source = typeof input === 'string' ? input : '';
  let truncated = source.length > MAX_QUERY_LENGTH;
  const text = truncated ? source.slice(0, MAX_QUERY_LENGTH) : source;
  const split = pieces(text);
  let plain = split.plain;
  const tokens: Token[] = [];
  for (const piece of split.pieces) {
    const result = tokenize(piece);
    plain ||= result.plain;
    tokens.push(...result.tokens);
  }

  const last = tokens[tokens.length - 1];
  const stillTyping = prefixLast && last !== undefined && !/[\s"\u201c\u201d]$/.test(text) && !last.quoted && last.presence !== 'prohibited';
  if (stillTyping && last) last.prefix = true;

  const terms: QueryTerm[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const token of tokens) {
    const word = token.raw.slice(0, MAX_TERM_LENGTH);
    if (word.length < token.raw.length) truncated = true;
    // A stop word is never indexed, so it is ignored, unless it may be the start of a longer word being typed.
    if (isStopWord(word) && !(token.prefix && token === last && word.length >= 3)) {
      if (token.presence !== 'prohibited' && !ignored.includes(word)) ignored.push(word);
      continue;
    }
    const key = `${token.presence}|${token.field ?? ''}|${word}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (terms.length >= MAX_TERMS) {
      truncated = true;
      continue;
    }
    const term: QueryTerm = { text: word, presence: token.presence, prefix: token.prefix };
    if (token.field) term.field = token.field;
    terms.push(term);
  }

  // A search made only of exclusions would list everything else: read the words as plain words instead.
  if (terms.length > 0 && terms.every((term) => term.presence === 'prohibited')) {
    plain = true;
    for (const term of terms) term.presence = 'optional';
  }
  return { terms, ignored, plain, truncated };
}

/** True when the query has at least one word to look for. */
export function hasSearchTerms(query: ParsedQuery): boolean {
  return query.terms.some((term) => term.presence !== 'prohibited');
}

/** A word shorter than this is matched whole even while being typed: two letters begin too many words to help. */
export const MIN_PREFIX = 3;

/** A word being typed matches at most this many longer words: the ones most documents use. */
export const MAX_PREFIX_EXPANSIONS = 20;

/** Words longer than this are not matched by lunr's fuzzy search (spelling corrections still apply). */
export const MAX_FUZZY_LENGTH = 14;

/** How far a word may be misspelled for a "similar words" search: none under 4 letters, 1 under 8, else 2. */
export function editDistanceFor(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 8 ? 1 : 2;
}

/**
 * The index terms a query term can match directly, besides longer words it is a prefix of: its stem, the word itself,
 * and, for a word still being typed, the longest index term it already begins with ("balanci" on its way to
 * "balancing" matches "balanc").
 */
export function exactForms(term: QueryTerm, index: lunr.Index): string[] {
  const forms = new Set<string>();
  const stem = indexTerm(term.text) || term.text;
  forms.add(stem);
  if (term.prefix) {
    for (let length = term.text.length - 1; length >= Math.max(3, term.text.length - 3); length -= 1) {
      const start = term.text.slice(0, length);
      if (indexHasTerm(index, start)) {
        forms.add(start);
        break;
      }
    }
  }
  return [...forms];
}

const PRESENCE: Record<Presence, lunr.Query.presence> = {
  optional: lunr.Query.presence.OPTIONAL,
  required: lunr.Query.presence.OPTIONAL,
  prohibited: lunr.Query.presence.PROHIBITED,
};

/**
 * Adds a parsed query's clauses to a lunr query. Required words are added as optional clauses: a word can match in
 * several forms (stem, prefix, near spelling), and lunr can only require one clause, so the caller checks that every
 * required word matched (see search-results.ts). With `fuzzy`, words may also match near spellings.
 */
export function addClauses(builder: lunr.Query, query: ParsedQuery, index: lunr.Index, options: { fuzzy?: boolean } = {}): void {
  for (const term of query.terms) {
    const fields = term.field ? [term.field] : undefined;
    const base = { presence: PRESENCE[term.presence], usePipeline: false, ...(fields ? { fields } : {}) };
    if (term.presence === 'prohibited') {
      builder.term(indexTerm(term.text) || term.text, base);
      continue;
    }
    for (const form of exactForms(term, index)) builder.term(form, { ...base, boost: 10 });
    if (term.prefix && term.text.length >= MIN_PREFIX) {
      for (const longer of prefixExpansions(index, term.text, MAX_PREFIX_EXPANSIONS)) builder.term(longer, { ...base, boost: 3 });
    }
    // lunr's fuzzy matching grows with the word's length; a longer "word" is more likely pasted noise than a typo.
    const distance = options.fuzzy && term.text.length <= MAX_FUZZY_LENGTH ? Math.min(1, editDistanceFor(term.text)) : 0;
    if (distance > 0) builder.term(indexTerm(term.text) || term.text, { ...base, boost: 1, editDistance: distance });
  }
}
