/**
 * The SQL functions the search index's triggers call on SQLite (migrations/lib/search-index.ts),
 * registered on every connection the server, seeds and tools open. They fold and cut text in
 * JavaScript, in one pass: SQLite's substr() walks a text from its start on every call, so
 * cutting a long value into grams in SQL takes time growing with the square of its length.
 * A program that writes to the file without them (the sqlite3 shell) fails on searched fields
 * with "no such function": it cannot leave the index out of step.
 */
import type Database from 'better-sqlite3';
import { foldForSearch, gramTokens } from '../engine/search-text.ts';

export function registerSearchFunctions(connection: Database.Database): void {
  connection.function('search_fold', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? foldForSearch(value) : null));
  connection.function('search_grams', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? gramTokens(value) : null));
}
