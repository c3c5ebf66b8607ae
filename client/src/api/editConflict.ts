/** What an edit conflict is, and which of the user's values it puts at stake. No React here. */
import { HttpError, type RaRecord } from 'react-admin';
import { CONCURRENCY_TOKEN } from '../schema/writableValues.ts';

/** The API's answer to an update based on an old version: 409 with `errors.version`. */
export function isEditConflict(error: unknown): error is HttpError {
  return error instanceof HttpError && error.status === 409 && Boolean(error.body?.errors?.[CONCURRENCY_TOKEN]);
}

/** The values in `sent` that differ from the record they were edited from: the user's changes. */
export function changedValues(sent: Record<string, unknown>, basedOn: Partial<RaRecord> | undefined): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(sent).filter(
      ([name, value]) => name !== CONCURRENCY_TOKEN && JSON.stringify(value ?? null) !== JSON.stringify(basedOn?.[name] ?? null),
    ),
  );
}
