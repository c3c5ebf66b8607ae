/**
 * The client's mirror of `editableWhile`: on the edit form, a field the record's state settles
 * (an order's shipping fee once it is paid) is shown disabled, saying why. The server refuses a
 * change anyway (409 on the field); this keeps the form from offering one.
 */
import { cloneElement, type ReactElement } from 'react';
import { useRecordContext } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import type { FieldSchema } from '../schema/types.ts';

export function StateLockedInput({ field, input }: { field: FieldSchema; input: ReactElement }) {
  const record = useRecordContext();
  const resource = useResourceSchema();
  const label = useLabel();
  const message = useMessage();
  const rule = field.editableWhile;
  const state = rule && record ? String(record[rule.field]) : undefined;
  if (!rule || state === undefined || rule.states.includes(state)) return input;
  const choice = resource?.fields.find((candidate) => candidate.name === rule.field)?.choices?.find((candidate) => candidate.id === state);
  const helperText = message('lockedByState', { state: (choice ? label(choice.label) : state).toLocaleLowerCase() });
  return cloneElement(input as ReactElement<Record<string, unknown>>, { disabled: true, validate: undefined, helperText });
}
