/**
 * What every SQLite connection of the server gets when it opens, the writer (Knex's pool) and the
 * reader (reader.ts) alike, so both read the same way: write-ahead log so readers never block the
 * writer, enforced foreign keys (SQLite's default is off), a wait instead of an immediate
 * SQLITE_BUSY, and the functions the search index's triggers call.
 */
import type Database from 'better-sqlite3';
import { registerSearchFunctions } from './search-functions.ts';

export function setUpSqliteConnection(connection: Database.Database): void {
  connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  connection.pragma('synchronous = NORMAL');
  // 64 MB of pages instead of SQLite's 2 MB: a search's total probes an index once per
  // match, and at a million products those pages stay in memory (14,536 matches for 荣耀
  // counted in about 20 ms instead of 40 to 190 ms, tests/bench/search.ts).
  connection.pragma('cache_size = -65536');
  registerSearchFunctions(connection);
}
