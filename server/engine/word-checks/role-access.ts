/**
 * `access`: each role's hidden, readOnly and writable lists name fields, and its row rules
 * (readRows, writeRows) name fields of the record or of the record they go `through`.
 */
import { allFields } from '../access.ts';
import type { WordCheck } from './types.ts';

export const roleAccessProblems: WordCheck = (def, byName) => {
  const fields = allFields(def);
  const problems: string[] = [];
  for (const [role, access] of Object.entries(def.access)) {
    for (const name of [...(access?.hidden ?? []), ...(access?.readOnly ?? []), ...(access?.writable ?? [])]) {
      if (!fields[name]) problems.push(`${def.name}: ${role} field "${name}" is not a field`);
    }
    for (const rule of [access?.readRows, access?.writeRows]) {
      if (!rule) continue;
      const target = rule.through ? byName.get(def.fields[rule.through]?.reference ?? '') : def;
      if (!target) {
        problems.push(`${def.name}: ${role} row rule goes through unknown reference "${rule.through}"`);
        continue;
      }
      const targetFields = allFields(target);
      for (const name of [rule.where, ...(rule.or ?? [])].flatMap((where) => Object.keys(where))) {
        if (!targetFields[name]) problems.push(`${def.name}: ${role} row rule names unknown field "${name}"`);
      }
    }
  }
  return problems;
};
