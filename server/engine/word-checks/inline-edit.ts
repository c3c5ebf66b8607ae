/** `inlineEdit`: cells edit stored fields that someone may write: no computed, server-set or request-only ones. */
import { isServerManaged, type FieldType } from '../definition.ts';
import { ownField, type WordCheck } from './types.ts';

/** The cells the list knows how to edit in place. */
const INLINE_TYPES: readonly FieldType[] = ['integer', 'money', 'basis_points', 'string'];

export const inlineEditProblems: WordCheck = (def) =>
  (def.inlineEdit ?? []).flatMap((name) => {
    const field = ownField(def, name);
    return !field || isServerManaged(field) || field.requestOnly || field.writeOnly || !INLINE_TYPES.includes(field.type)
      ? [`${def.name}: inlineEdit field "${name}" is not a writable number or text`]
      : [];
  });
