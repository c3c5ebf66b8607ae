/** `requiredWith` names another field of the same record (an override's reason names the override). */
import { eachField, ownField, type WordCheck } from './types.ts';

export const requiredWithProblems: WordCheck = (def) =>
  eachField(def, (name, field) => {
    if (!field.requiredWith) return [];
    const other = ownField(def, field.requiredWith);
    if (!other || other.requestOnly || field.requestOnly) return [`${def.name}.${name}: requiredWith names unknown stored field "${field.requiredWith}"`];
    if (field.required || field.readOnly) return [`${def.name}.${name}: requiredWith is for an optional field people write`];
    return [];
  });
