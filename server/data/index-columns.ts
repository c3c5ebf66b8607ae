/** The first column of every index on a table, on SQLite or PostgreSQL: what a list's filter or sort can lead with. */
import type { Knex } from 'knex';

export async function leadingIndexColumns(db: Knex, table: string): Promise<Set<string>> {
  if (db.client.config.client === 'pg') {
    const { rows } = await db.raw('SELECT indexdef FROM pg_indexes WHERE tablename = ?', [table]);
    return new Set(rows.map((row: { indexdef: string }) => /\(([^,)\s]+)/.exec(row.indexdef)?.[1].replace(/"/g, '')));
  }
  const indexes: { name: string }[] = await db.raw("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", [table]);
  const leading = new Set<string>();
  for (const { name } of indexes) {
    const [first] = await db.raw(`PRAGMA index_info(${JSON.stringify(name)})`);
    if (first) leading.add(first.name);
  }
  return leading;
}

/** The columns of every full unique index on a table (a partial one does not hold for the rows in the trash). */
export async function uniqueIndexColumns(db: Knex, table: string): Promise<string[][]> {
  if (db.client.config.client === 'pg') {
    const { rows } = await db.raw(
      `SELECT array_agg(a.attname::text) AS columns
         FROM pg_index i
         JOIN pg_class c ON c.oid = i.indrelid
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (i.indkey)
        WHERE c.relname = ? AND c.relnamespace = to_regnamespace(current_schema())::oid AND i.indisunique AND NOT i.indisprimary AND i.indpred IS NULL
        GROUP BY i.indexrelid`,
      [table],
    );
    return rows.map((row: { columns: string[] }) => row.columns);
  }
  const indexes: { name: string; unique: number; partial: number; origin: string }[] = await db.raw(`PRAGMA index_list(${JSON.stringify(table)})`);
  const groups: string[][] = [];
  for (const index of indexes.filter((candidate) => candidate.unique && !candidate.partial && candidate.origin !== 'pk')) {
    const columns: { name: string }[] = await db.raw(`PRAGMA index_info(${JSON.stringify(index.name)})`);
    groups.push(columns.map((column) => column.name));
  }
  return groups;
}
