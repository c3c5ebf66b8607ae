/**
 * Words for other views of the records: recordChart (numbers to chart), calendar (filterable
 * dates; lanes and scopes of a timeline) and listTabs (distinct tabs filtering declared enum filters on their choices).
 */
import { allFields } from '../access.ts';
import type { ListTab, ResourceDefinition } from '../definition.ts';
import { ownField, type WordCheck } from './types.ts';

const NUMBERS = ['integer', 'money', 'basis_points'];

export const recordViewProblems: WordCheck = (def) => {
  const fields = allFields(def);
  const problems: string[] = [];
  for (const name of def.recordChart?.fields ?? []) {
    if (!NUMBERS.includes(fields[name]?.type)) problems.push(`${def.name}: recordChart field "${name}" is not a number`);
  }
  for (const name of [def.calendar?.start, def.calendar?.end]) {
    if (name && !(['date', 'datetime'].includes(fields[name]?.type) && def.filters.includes(name))) {
      problems.push(`${def.name}: calendar field "${name}" must be a filterable date or date-time`);
    }
  }
  const { lanes, scope, end } = def.calendar ?? {};
  if (lanes && !(fields[lanes]?.type === 'enum' && def.filters.includes(lanes) && end)) problems.push(`${def.name}: calendar lanes must be a filterable enum of a timeline`);
  if (scope && (!lanes || !scope.fields.length || scope.fields.some((name) => fields[name]?.type !== 'reference'))) {
    problems.push(`${def.name}: a calendar scope needs lanes and reference fields`);
  }
  if (def.listTabs) problems.push(...listTabProblems(def, def.listTabs));
  return problems;
};

function listTabProblems(def: ResourceDefinition, tabs: readonly ListTab[]): string[] {
  const problems: string[] = [];
  if (new Set(tabs.map((tab) => tab.id)).size !== tabs.length || tabs.length < 2) problems.push(`${def.name}: listTabs need two or more distinct ids`);
  for (const tab of tabs) {
    if (!tab.label.en.trim() || !tab.label.zh.trim()) problems.push(`${def.name}: list tab "${tab.id}" needs a label in both languages`);
    for (const [name, value] of Object.entries(tab.filter)) {
      const field = ownField(def, name);
      const ids = new Set(field?.choices?.map((choice) => choice.id));
      const values = typeof value === 'string' ? [value] : value;
      if (!field || field.type !== 'enum' || !def.filters.includes(name) || !values.length || values.some((v) => !ids.has(v))) {
        problems.push(`${def.name}: list tab "${tab.id}" filters "${name}", which is no enum filter with those choices`);
      }
    }
  }
  return problems;
}
