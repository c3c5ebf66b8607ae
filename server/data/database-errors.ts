/**
 * Maps the few database errors a valid request can still meet (a race on a unique value, a
 * delete of a referenced row) to API errors. Anything else becomes a plain 500 upstream; the
 * driver's message, which may quote SQL, never reaches the client.
 */
import { conflict } from '../engine/errors.ts';
import type { Registry } from '../engine/registry.ts';
import { msg } from '../engine/messages/message.ts';

interface DriverError {
  code?: string;
  message?: string;
  constraint?: string;
  detail?: string;
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
    const field = uniqueField(e, registry);
    return conflict(msg('unique.taken'), field ? { [field]: msg('unique.alreadyTaken') } : undefined);
  }
  return error;
}

/** The field named by the driver's message: "UNIQUE constraint failed: products.sku" or "Key (sku)=...". */
function uniqueField(e: DriverError, registry: Registry): string | undefined {
  const sqlite = /UNIQUE constraint failed: \w+\.(\w+)/.exec(e.message ?? '');
  const postgres = /Key \((\w+)\)=/.exec(e.detail ?? '');
  const column = sqlite?.[1] ?? postgres?.[1];
  return column && registry.all.some((def) => column in def.fields) ? column : undefined;
}
