/**
 * `sequenceWithin`: an integer field that places a record among those sharing a reference (a
 * channel topic's products, in the order the topic shows them). A record created without a
 * place goes last; the data layer reads the largest place inside the write's transaction
 * (server/data/write-steps/sequence.ts). Places need not be contiguous: lists sort by them.
 */
import type { ResourceDefinition } from './definition.ts';
import { eachField, type WordCheck } from './word-checks/types.ts';

/** The sequence fields of a definition and the reference each counts within. */
export function sequenceFields(def: ResourceDefinition): { field: string; within: string }[] {
  return Object.entries(def.fields)
    .filter(([, field]) => field.sequenceWithin)
    .map(([field, definition]) => ({ field, within: definition.sequenceWithin! }));
}

/** The place after the last one (1 when the group is empty). */
export const nextPlace = (largest: number | null | undefined): number => (largest == null ? 1 : Number(largest) + 1);

export const sequenceProblems: WordCheck = (def) =>
  eachField(def, (name, field) => {
    if (!field.sequenceWithin) return [];
    if (field.type !== 'integer' || field.required) return [`${def.name}.${name}: sequenceWithin needs an optional integer field`];
    const within = def.fields[field.sequenceWithin];
    return within?.type === 'reference' ? [] : [`${def.name}.${name}: sequenceWithin must name a reference field`];
  });
