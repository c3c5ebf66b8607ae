/** `uniqueTogether`: each group names two or more distinct fields of the record. */
import { ownField, type WordCheck } from './types.ts';

export const uniqueTogetherProblems: WordCheck = (def) =>
  (def.uniqueTogether ?? []).flatMap((group) => {
    const unknown = group.filter((name) => !ownField(def, name) || def.fields[name].writeOnly);
    if (unknown.length) return [`${def.name}: uniqueTogether names unknown fields ${unknown.map((n) => `"${n}"`).join(', ')}`];
    if (group.length < 2 || new Set(group).size !== group.length) return [`${def.name}: uniqueTogether needs two or more distinct fields (use "unique" for one)`];
    return [];
  });
