/**
 * The client's mirror of `closingStates`: on a parent's page, whether its children are frozen
 * (the parent's workflow field is in a closing state) and the sentence saying why. The server
 * refuses their writes anyway; this only keeps the buttons that would fail off the screen.
 */
import { useRecordContext } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import type { ResourceSchema } from '../schema/types.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import { closedByOpenWhile } from './openWhile.ts';

/** "This purchase list is received; its purchase list items can no longer be changed.", or undefined while open. */
export function useFrozenSentence(child: ResourceSchema | undefined): string | undefined {
  const parent = useResourceSchema();
  const record = useRecordContext();
  const label = useLabel();
  const message = useMessage();
  if (!parent || !record || !child) return undefined;
  const lower = (text: string) => text.toLocaleLowerCase();
  const closed = closedByOpenWhile(parent, child, record); // retail-orders: openWhile
  for (const field of parent.fields) {
    const state = String(record[field.name]);
    if (!field.closingStates?.includes(state) && closed?.field !== field) continue;
    const choice = field.choices?.find((candidate) => candidate.id === state);
    return message('frozenChildren', {
      parent: lower(label(parent.labelSingular)),
      state: lower(choice ? label(choice.label) : state),
      children: lower(label(child.label)),
    });
  }
  return undefined;
}
