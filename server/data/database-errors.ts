/**
 * Maps the few database errors a valid request can still meet (a race on a unique value, a
 * delete of a referenced row) to API errors. Anything else becomes a plain 500 upstream; the
 * driver's message, which may quote SQL, never reaches the client.
 */
import { columnOf } from '../engine/definition.ts';
import { conflict } from '../engine/errors.ts';
import type { Registry } from '../engine/registry.ts';
import { msg } from '../engine/messages/message.ts';

interface DriverError {
  code?: string;
  message?: string;
  constraint?: string;
  detail?: string;
  table?: string;
}

export function isForeignKeyViolation(error: unknown): boolean {
  const e = error as DriverError;
  return e?.code === '23503' || (e?.code?.startsWith('SQLITE_CONSTRAINT') === true && /FOREIGN KEY/.test(e.message ?? ''));
}

export function translateDatabaseError(error: unknown, registry: Registry): unknown {
  const e = error as DriverError;
  if (isForeignKeyViolation(error)) {
    return conflict(msg('references.otherRecordsReferTo'));
  }
  if (e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e?.code === '23505') {
    // A writer that lost a race the unique step could not see (the other's row was not committed
    // yet) is answered as the step would: 409 on every field of the clashing value or group.
    const fields = uniqueFields(e, registry);
    return conflict(msg('unique.taken'), fields.length ? Object.fromEntries(fields.map((field) => [field, msg('unique.alreadyTaken')])) : undefined);
  }
  // PostgreSQL ends one of two transactions that wait on each other (locks taken by a batch in
  // another order than a single save): nothing was written, and the same save will pass.
  if (e?.code === '40P01' || e?.code === '40001') return conflict(msg('write.crossedAnother'));
  return error;
}

/**
 * The fields of the unique index the driver names: "UNIQUE constraint failed: sales.product_id,
 * sales.month" (SQLite), or the error's table with "Key (product_id, month)=(…)" (PostgreSQL).
 */
function uniqueFields(e: DriverError, registry: Registry): string[] {
  const sqlite = /UNIQUE constraint failed: ([\w., ]+)/.exec(e.message ?? '');
  const postgres = /Key \(([^)]+)\)=/.exec(e.detail ?? '');
  const named = sqlite ? sqlite[1].split(', ').map((part) => part.trim().split('.')) : postgres ? postgres[1].split(', ').map((column) => [e.table, column.replaceAll('"', '')]) : [];
  const def = registry.all.find((candidate) => candidate.table === named[0]?.[0]);
  if (!def) return [];
  const fields = named.map(([, column]) => Object.keys(def.fields).find((name) => columnOf(name, def.fields[name]) === column));
  return fields.every((field) => field !== undefined) ? (fields as string[]) : [];
}
