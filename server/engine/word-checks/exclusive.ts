/**
 * `exclusive`: a link names a key and a parent reference of its own, and fields of the parent;
 * a record exclusive on its own (no key, no parent) names fields of its own.
 */
import type { WordCheck } from './types.ts';

export const exclusiveProblems: WordCheck = (def, byName) => {
  const rule = def.exclusive;
  if (!rule) return [];
  if (Boolean(rule.key) !== Boolean(rule.parent)) return [`${def.name}: exclusive names both a key and a parent, or neither`];
  const parent = rule.parent ? byName.get(def.fields[rule.parent]?.reference ?? '') : def;
  if ((rule.key && !def.fields[rule.key]) || !parent) return [`${def.name}: exclusive names unknown key "${rule.key}" or parent "${rule.parent}"`];
  const unknown = [...rule.same, ...rule.period, ...Object.keys(rule.unless ?? {})].filter((name) => !parent.fields[name]);
  return unknown.length ? [`${def.name}: exclusive names unknown fields of ${parent.name}: ${unknown.join(', ')}`] : [];
};
