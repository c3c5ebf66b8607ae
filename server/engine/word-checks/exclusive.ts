/** `exclusive`: a link names a key and a parent reference of its own, and fields of the parent. */
import type { WordCheck } from './types.ts';

export const exclusiveProblems: WordCheck = (def, byName) => {
  const rule = def.exclusive;
  if (!rule) return [];
  const parent = byName.get(def.fields[rule.parent]?.reference ?? '');
  if (!def.fields[rule.key] || !parent) return [`${def.name}: exclusive names unknown key "${rule.key}" or parent "${rule.parent}"`];
  const unknown = [...rule.same, ...rule.period, ...Object.keys(rule.unless ?? {})].filter((name) => !parent.fields[name]);
  return unknown.length ? [`${def.name}: exclusive names unknown fields of ${parent.name}: ${unknown.join(', ')}`] : [];
};
