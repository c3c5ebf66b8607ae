/**
 * The list and naming words: listColumns, filters, search, sortable, defaultSort,
 * recordRepresentation(In) and smallScreenList each name fields that exist and may be shown.
 */
import { allFields } from '../access.ts';
import { filterableFields, sortableFields } from '../list-query.ts';
import type { WordCheck } from './types.ts';

const SEARCHABLE = ['string', 'text', 'richtext', 'enum'];

export const listAndNamingProblems: WordCheck = (def) => {
  const fields = allFields(def);
  const problems: string[] = [];
  const need = (names: readonly string[], what: string) => {
    for (const name of names) if (!fields[name]) problems.push(`${def.name}: ${what} "${name}" is not a field`);
  };
  need(def.listColumns, 'list column');
  need(def.filters, 'filter');
  need(def.search, 'search field');
  need(def.sortable ?? [], 'sortable field');
  need([def.recordRepresentation, def.defaultSort.field], 'field');
  const smallScreen = def.smallScreenList ? [...def.smallScreenList.secondary, ...(def.smallScreenList.tertiary ? [def.smallScreenList.tertiary] : [])] : [];
  need(smallScreen, 'small-screen list field');
  for (const name of smallScreen) if (fields[name]?.writeOnly) problems.push(`${def.name}: small-screen list field "${name}" is write-only`);
  for (const [language, name] of Object.entries(def.recordRepresentationIn ?? {})) {
    if (!['string', 'text'].includes(fields[name]?.type)) problems.push(`${def.name}: recordRepresentationIn.${language} "${name}" is not a text field`);
  }
  if (!sortableFields(def).includes(def.defaultSort.field)) problems.push(`${def.name}: default sort field is not sortable`);
  for (const name of filterableFields(def)) if (fields[name]?.writeOnly) problems.push(`${def.name}: ${name} is write-only`);
  for (const name of def.search) {
    if (fields[name] && !SEARCHABLE.includes(fields[name].type)) problems.push(`${def.name}: search field "${name}" is not text`);
  }
  return problems;
};
