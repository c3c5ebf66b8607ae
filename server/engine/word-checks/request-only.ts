/**
 * `requestOnly`: a field sent with a write but never stored (a reason, an override). It must be
 * write-only, optional, not unique, without a column, and appear in no list, search or sort.
 */
import type { ResourceDefinition } from '../definition.ts';
import { eachField, ownField, type WordCheck } from './types.ts';

/** Whether `name` is a requestOnly field of `def`: the words that take a reason or an override name one. */
export const isRequestOnly = (def: ResourceDefinition, name: string) => Boolean(ownField(def, name)?.requestOnly);

export const requestOnlyProblems: WordCheck = (def) =>
  eachField(def, (name, field) => {
    if (!field.requestOnly) return [];
    const problems: string[] = [];
    if (!field.writeOnly || field.required || field.unique || field.column) {
      problems.push(`${def.name}.${name}: a requestOnly field must be writeOnly, optional, not unique and without a column`);
    }
    if ([...def.listColumns, ...def.search, ...(def.sortable ?? [])].includes(name)) problems.push(`${def.name}.${name}: a requestOnly field cannot be listed, searched or sorted`);
    return problems;
  });
