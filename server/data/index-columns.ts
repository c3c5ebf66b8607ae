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
