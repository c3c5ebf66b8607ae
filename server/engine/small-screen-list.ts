/**
 * What a record's entry shows in the small-screen list (the definition word `smallScreenList`),
 * as one role sees it: the named fields it may read, or by default the first list columns
 * besides the representation, which already heads the entry.
 */
import type { ResourceDefinition } from './definition.ts';

export interface SmallScreenListSchema {
  secondary: string[];
  tertiary?: string;
}

/** Fields under the representation by default: two fit on a phone's line. */
const DEFAULT_SECONDARY = 2;

export function smallScreenListSchema(def: ResourceDefinition, readable: ReadonlySet<string>): SmallScreenListSchema {
  const named = def.smallScreenList;
  if (named) {
    const tertiary = named.tertiary && readable.has(named.tertiary) ? named.tertiary : undefined;
    return { secondary: named.secondary.filter((name) => readable.has(name)), ...(tertiary ? { tertiary } : {}) };
  }
  const columns = def.listColumns.filter((name) => name !== def.recordRepresentation && readable.has(name));
  const tertiary = columns[DEFAULT_SECONDARY];
  return { secondary: columns.slice(0, DEFAULT_SECONDARY), ...(tertiary ? { tertiary } : {}) };
}
