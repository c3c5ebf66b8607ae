import type { RaRecord } from 'react-admin';

/** Marks a choice offered first, so the picker can put it under its own heading. */
export const PREFERRED_GROUP = '__preferred';

/** The preferred records first (marked), then every other choice once, in its own order. */
export function preferredFirst(preferred: readonly RaRecord[], all: readonly RaRecord[]): RaRecord[] {
  const ids = new Set(preferred.map((record) => record.id));
  return [...preferred.map((record) => ({ ...record, [PREFERRED_GROUP]: true })), ...all.filter((record) => !ids.has(record.id))];
}
