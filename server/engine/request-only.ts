/**
 * Request-only fields (definition word `requestOnly`): values that come with a write and are
 * handed to it, such as the reason for a price change, but that no column stores. Pure.
 */
import type { Changes } from './api-types.ts';
import type { ResourceDefinition } from './definition.ts';

type Row = Record<string, unknown>;

/** Moves the request-only values out of checked write values (which are then only columns). */
export function takeRequestOnly(def: ResourceDefinition, values: Row): Row {
  const notes: Row = {};
  for (const [name, field] of Object.entries(def.fields)) {
    if (!field.requestOnly || !(name in values)) continue;
    notes[name] = values[name];
    delete values[name];
  }
  return notes;
}

/** A request-only text, trimmed; undefined when it is missing or blank. */
export function noteText(notes: Row, name: string | undefined): string | undefined {
  const value = name === undefined ? undefined : notes[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The non-blank request-only values as audit changes, so the entry says why a change was made. */
export function notesAsChanges(def: ResourceDefinition, notes: Row): Changes {
  const changes: Changes = {};
  for (const name of Object.keys(notes)) {
    const text = noteText(notes, name);
    if (def.fields[name]?.requestOnly && text !== undefined) changes[name] = { from: null, to: text };
  }
  return changes;
}
