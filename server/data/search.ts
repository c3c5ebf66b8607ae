/**
 * The `q` search: rows where any searched field the role may query contains the text, case
 * folded, read from the search index (migrations/lib/search-index.ts) rather than by scanning
 * every row with LIKE. The index answers exactly what `LOWER(field) LIKE '%text%'` would: the
 * completeness test (tests/api/search-index.test.ts) holds it to that on both databases.
 */
import type { Knex } from 'knex';
import { allFields, canQueryField } from '../engine/access.ts';
import { columnOf, type ResourceDefinition, type Role } from '../engine/definition.ts';
import { GRAM_TERM_CHARACTERS, foldForSearch, gramToken, searchCharacters, searchIndexTables } from '../engine/search-text.ts';
import { column, whereContains } from './query.ts';

/** Restricts `query` (over `def`'s table) to rows whose searched fields, those `role` may query, contain `text`. */
export function applySearch(query: Knex.QueryBuilder, def: ResourceDefinition, role: Role, text: string): void {
  const fields = allFields(def);
  const columns = def.search.filter((name) => canQueryField(def, role, name)).map((name) => columnOf(name, fields[name]));
  const folded = foldForSearch(text);
  const characters = searchCharacters(folded);
  if ((query as unknown as { client: Knex.Client }).client.config.client === 'pg') {
    postgresSearch(query, def, columns, text, characters);
    return;
  }
  const { trigrams, grams } = searchIndexTables(def.table);
  const short = characters.length <= GRAM_TERM_CHARACTERS;
  // An FTS5 query naming the columns, with the term as one quoted phrase (its quotes doubled),
  // so no character of the term is read as query syntax (NEAR, *, -, OR, column filters).
  const phrase = short ? gramToken(folded) : folded.replaceAll('"', '""');
  const table = short ? grams : trigrams;
  query.whereRaw(`?? IN (SELECT rowid FROM ?? WHERE ?? MATCH ?)`, [column(def, 'id'), table, table, `{${columns.join(' ')}} : "${phrase}"`]);
}

/**
 * A short term is one element of search_grams(column); a longer one has all its bigrams there,
 * in some order, and the LIKE beside it (on the few rows the index leaves) checks the order.
 */
function postgresSearch(query: Knex.QueryBuilder, def: ResourceDefinition, columns: string[], text: string, characters: string[]): void {
  const short = characters.length <= GRAM_TERM_CHARACTERS;
  const grams = short ? [characters.join('')] : [...new Set(characters.slice(1).map((character, i) => characters[i] + character))];
  const contains = `search_grams(??) @> ARRAY[${grams.map(() => '?').join(', ')}]::text[]`;
  query.where((inner) => {
    for (const name of columns) {
      const col = `${def.table}.${name}`;
      inner.orWhere((one) => {
        one.whereRaw(contains, [col, ...grams]);
        if (!short) whereContains(one, col, text);
      });
    }
  });
}
