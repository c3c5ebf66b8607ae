/**
 * A workflow step that changes other records (`onEnter`: receiving a purchase list adds its
 * items' quantities to product stock) is asked about first, with a sentence built from the
 * schema saying what will happen. Used by the workflow buttons and by the edit form's save.
 */
import { useState, type ReactNode } from 'react';
import { Confirm, useGetList, useRecordContext } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import type { FieldSchema } from '../schema/types.ts';
import { useAppSchema, useResourceSchema, findResource } from '../schema/useAppSchema.ts';

interface Props {
  field: FieldSchema;
  next: string;
  open: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

export function StepConfirmDialog({ field, next, open, onConfirm, onClose }: Props) {
  const record = useRecordContext();
  const app = useAppSchema();
  const label = useLabel();
  const message = useMessage();
  const effect = field.onEnter?.[next];
  // The children are counted only for roles that may list them; the sentence does without otherwise.
  const canCount = Boolean(effect && record && findResource(app, effect.resource)?.actions.includes('list'));
  const { total } = useGetList(
    effect?.resource ?? '',
    { filter: { [effect?.foreignKey ?? 'id']: record?.id }, pagination: { page: 1, perPage: 1 } },
    { enabled: open && canCount },
  );
  if (!effect) return null;
  const lower = (text: string) => text.toLocaleLowerCase();
  const choice = field.choices?.find((candidate) => candidate.id === next);
  const state = choice ? label(choice.label) : next;
  const values = {
    state: lower(state),
    amount: lower(label(effect.amount)),
    children: lower(label(effect.children)),
    target: lower(label(effect.target)),
    field: lower(label(effect.field)),
  };
  const [counted, uncounted] = effect.subtract ? (['stepEffectTake', 'stepEffectTakeUncounted'] as const) : (['stepEffect', 'stepEffectUncounted'] as const); // retail-orders: onEnter subtract
  const content = total === undefined ? message(uncounted, values) : message(counted, { ...values, count: total });
  return <Confirm isOpen={open} title={message('stepConfirmTitle', { state })} content={content} onConfirm={onConfirm} onClose={onClose} />;
}

/** Whether moving `field` from `current` to `next` changes other records, so the step needs a confirmation. */
export function changesOtherRecords(field: FieldSchema, next: unknown, current?: unknown): boolean {
  const effect = field.onEnter?.[String(next)];
  return Boolean(effect) && (!effect!.from || effect!.from.includes(String(current))); // retail-orders: onEnter from
}

/**
 * For a form's save: when the values move a workflow field into a state that changes other
 * records, the save waits for the user's confirmation; cancelling saves nothing.
 */
export function useStepGuard(): { guard: (values: FieldValues, save: () => Promise<unknown>) => Promise<unknown>; dialog: ReactNode } {
  const resource = useResourceSchema();
  const record = useRecordContext();
  const [pending, setPending] = useState<{ field: FieldSchema; next: string; answer: (go: boolean) => void }>();
  const guard = (values: FieldValues, save: () => Promise<unknown>) => {
    const field = resource?.fields.find((candidate) => values[candidate.name] !== record?.[candidate.name] && changesOtherRecords(candidate, values[candidate.name], record?.[candidate.name]));
    if (!field) return save();
    return new Promise((resolve) =>
      setPending({
        field,
        next: String(values[field.name]),
        answer: (go) => {
          setPending(undefined);
          resolve(go ? save() : undefined);
        },
      }),
    );
  };
  const dialog = pending && (
    <StepConfirmDialog field={pending.field} next={pending.next} open onConfirm={() => pending.answer(true)} onClose={() => pending.answer(false)} />
  );
  return { guard, dialog };
}
