/**
 * The `q` search's text rules, shared by the index that serves it (kept by triggers, see
 * migrations/lib/search-index.ts) and the query that reads it (server/data/search.ts), so the
 * two fold and cut text the same way.
 *
 * A term of three or more characters is found through trigrams (SQLite's FTS5 trigram
 * tokenizer; on PostgreSQL, the term's bigrams then a LIKE recheck). Trigrams cannot find
 * shorter terms, and Chinese words are often two characters (荣耀, 耳机), so each value is also
 * indexed by every one- and two-character piece of it: its grams.
 */

/** Longer `q` text is refused with a 400: no searched field holds a useful match that long, and each character costs index work. */
export const MAX_SEARCH_CHARACTERS = 200;

/** Terms this short are looked up by their grams; longer ones by trigrams. */
export const GRAM_TERM_CHARACTERS = 2;

/** Case folding for search, the same for stored values and terms: `q` is case-insensitive. */
export const foldForSearch = (text: string): string => text.toLowerCase();

/** Characters as people count them in code points, as SQLite's length() and substr() do. */
export const searchCharacters = (text: string): string[] => Array.from(text);

const hexEncoder = new TextEncoder();

/**
 * A gram as an index token: the hex digits of its UTF-8 bytes. Any script, emoji or punctuation
 * becomes letters and digits that a plain tokenizer keeps whole, and UTF-8 being prefix-free,
 * one gram's token is never another's.
 */
export function gramToken(gram: string): string {
  let hex = '';
  for (const byte of hexEncoder.encode(gram)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Every one- and two-character piece of the folded value, as tokens separated by spaces; null stays null. */
export function gramTokens(value: string | null): string | null {
  if (value === null) return null;
  const characters = searchCharacters(foldForSearch(value));
  const tokens = new Set<string>();
  for (let i = 0; i < characters.length; i++) {
    tokens.add(gramToken(characters[i]));
    if (i + 1 < characters.length) tokens.add(gramToken(characters[i] + characters[i + 1]));
  }
  return [...tokens].join(' ');
}

/** The search index's tables beside a resource table (SQLite): trigrams and grams. */
export const searchIndexTables = (table: string) => ({ trigrams: `${table}_search`, grams: `${table}_search_grams` });
