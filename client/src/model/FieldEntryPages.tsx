/**
 * Create and edit pages of a runtime field (schema_fields): the entry's inputs, only those its
 * type takes, with the live preview of the form it makes beside them. Loaded only when opened.
 */
import { useEffect } from 'react';
import type { RaRecord } from 'react-admin';
import { useKit } from './kit.tsx';
import type { FieldSchema } from '../schema/types.ts';
import { FieldPreview } from './FieldPreview.tsx';
import { EntryPage } from './EntryPage.tsx';
import { applicableValues, CHOICES_TEXT, choicesText, defaultFits, offers, previewField, type EntryValues } from './previewField.ts';
import { PublishValues } from './previewContext.tsx';
import { useModelMessage } from './modelMessages.ts';

/** What the column fixed when it was made: shown, not changed, on edit. */
const FIXED = ['resource', 'name', 'type', 'reference', 'unique', 'max_length'];

/** Empties a default the type no longer takes, so the new type's input starts empty rather than showing the old value. */
function ForgetLeftoverDefault({ values }: { values: EntryValues }) {
  const { setValue } = useKit().useFormContext();
  const leftover = !defaultFits(values.type, values.default);
  useEffect(() => {
    if (leftover) setValue('default', null, { shouldDirty: true });
  }, [leftover, setValue]);
  return null;
}

function FieldEntryInputs({ mode }: { mode: 'create' | 'edit' }) {
  const { inputElement, useAppSchema, useResourceSchema, useLabel, useWatch, ra, mui } = useKit();
  const app = useAppSchema();
  const resource = useResourceSchema();
  const label = useLabel();
  const message = useModelMessage();
  const values = useWatch() as EntryValues;
  const record = ra.useRecordContext();
  if (!app || !resource) return null;
  const input = (name: string, override: Partial<FieldSchema> = {}) => {
    const field = resource.fields.find((candidate) => candidate.name === name);
    if (!field || (field.readOnly && !override.readOnly)) return null;
    const fixed = mode === 'edit' && FIXED.includes(name);
    return inputElement({ ...field, ...override, ...(fixed ? { readOnly: true } : {}) }, { mode, label, app });
  };
  const offered = offers(values.type);
  const defaultField = previewField(values, 'default');
  const defaultLabel = resource.fields.find((field) => field.name === 'default')?.label;
  return (
    <>
      <PublishValues />
      <ForgetLeftoverDefault values={values} />
      {input('resource')}
      {input('name')}
      {input('type')}
      {mode === 'edit' && <mui.Box sx={{ typography: 'caption', color: 'text.secondary', mb: 1 }}>{message('fixedOnceCreated')}</mui.Box>}
      {input('label_zh')}
      {input('label_en')}
      {offered.reference && input('reference')}
      {offered.choices && <ra.TextInput source={CHOICES_TEXT} label={message('choices')} multiline minRows={3} defaultValue={choicesText(record?.choices)} />}
      {offered.bounds && input('min')}
      {offered.bounds && input('max')}
      {offered.length && input('max_length')}
      {input('required')}
      {offered.unique && input('unique')}
      {/* The default is entered as a value of the field being made: its own input, from the generator (once a leftover is emptied). */}
      {offered.default && defaultField && defaultLabel && defaultFits(values.type, values.default) && inputElement({ ...defaultField, label: defaultLabel, required: false, default: undefined }, { mode: 'edit', label, app })}
      {input('hidden_for')}
      {input('writable_for')}
    </>
  );
}

/** The entry as sent: on edit the type comes from the stored record (its input is disabled, so the form leaves it out). */
function useTransform() {
  const { useResourceSchema, writableValues } = useKit();
  const resource = useResourceSchema();
  return (data: RaRecord, options?: { previousData?: RaRecord }) => {
    const values = applicableValues({ ...data, type: data.type ?? options?.previousData?.type });
    return resource ? writableValues(resource, values) : values;
  };
}

export function FieldEntryCreate() {
  return (
    <EntryPage mode="create" transform={useTransform()} preview={<FieldPreview />}>
      <FieldEntryInputs mode="create" />
    </EntryPage>
  );
}

export function FieldEntryEdit() {
  return (
    <EntryPage mode="edit" transform={useTransform()} preview={<FieldPreview />}>
      <FieldEntryInputs mode="edit" />
    </EntryPage>
  );
}
