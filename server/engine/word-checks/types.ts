/**
 * The shape of one entry of the registry's table of definition checks: given a definition and
 * every definition by name, the problems with the words it uses (empty when all is well).
 */
import type { FieldDefinition, ResourceDefinition } from '../definition.ts';

export type Definitions = ReadonlyMap<string, ResourceDefinition>;

export type WordCheck = (def: ResourceDefinition, byName: Definitions) => string[];

/** A definition's own field by name (never an inherited property such as "constructor"). */
export function ownField(def: ResourceDefinition, name: string): FieldDefinition | undefined {
  return Object.hasOwn(def.fields, name) ? def.fields[name] : undefined;
}

/** Runs `check` over every declared field, in declaration order. */
export function eachField(def: ResourceDefinition, check: (name: string, field: FieldDefinition) => string[]): string[] {
  return Object.entries(def.fields).flatMap(([name, field]) => check(name, field));
}
