/**
 * `changeLog`: a child resource that references this one and holds old_<field> and new_<field>
 * of each logged field's type, and where the optional reason (a requestOnly field) goes.
 */
import { isRequestOnly } from './request-only.ts';
import type { WordCheck } from './types.ts';

export const changeLogProblems: WordCheck = (def, byName) => {
  if (!def.changeLog) return [];
  const { resource, foreignKey, fields, reason } = def.changeLog;
  const problems: string[] = [];
  const log = byName.get(resource);
  if (!log || log.fields[foreignKey]?.reference !== def.name) problems.push(`${def.name}: changeLog ${resource}.${foreignKey} does not reference it`);
  for (const name of fields) {
    const type = def.fields[name]?.type;
    if (!type || ['old', 'new'].some((side) => log?.fields[`${side}_${name}`]?.type !== type)) {
      problems.push(`${def.name}: changeLog field "${name}" needs old_${name} and new_${name} of its type in ${resource}`);
    }
  }
  if (reason && (!isRequestOnly(def, reason.field) || !log?.fields[reason.into])) {
    problems.push(`${def.name}: changeLog reason needs a requestOnly field and a field "${reason.into}" of ${resource}`);
  }
  return problems;
};
