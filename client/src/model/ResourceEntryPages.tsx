/**
 * Create and edit pages of a runtime resource (schema_resources): its name, labels, menu group
 * and icon from the generator, and its access as one choice per role (administrators always
 * have all), beside a live preview of its menu entry and form. Its fields are runtime fields
 * naming it. Loaded only when opened.
 */
import type { RaRecord } from 'react-admin';
import { useKit } from './kit.tsx';
import type { Label } from '../schema/types.ts';
import { EntryPage } from './EntryPage.tsx';
import { useModelMessage, type ModelMessageKey } from './modelMessages.ts';
import { PublishValues } from './previewContext.tsx';
import { ResourcePreview } from './ResourcePreview.tsx';

const LEVELS: [string, ModelMessageKey][] = [
  ['none', 'accessNone'],
  ['read', 'accessRead'],
  ['all', 'accessAll'],
  ['own', 'accessOwn'],
];

/** The roles besides administrators, by the labels the users' role field gives them. */
function useRoles(): { id: string; label: Label }[] {
  const { findResource, useAppSchema } = useKit();
  const role = findResource(useAppSchema(), 'users')?.fields.find((field) => field.name === 'role');
  return (role?.choices ?? []).filter((choice) => choice.id !== 'admin');
}

function ResourceEntryInputs({ mode }: { mode: 'create' | 'edit' }) {
  const { inputElement, useAppSchema, useResourceSchema, useLabel, ra } = useKit();
  const app = useAppSchema();
  const resource = useResourceSchema();
  const label = useLabel();
  const message = useModelMessage();
  const roles = useRoles();
  if (!app || !resource) return null;
  const input = (name: string) => {
    const field = resource.fields.find((candidate) => candidate.name === name);
    if (!field || field.readOnly) return null;
    return inputElement(name === 'name' && mode === 'edit' ? { ...field, readOnly: true } : field, { mode, label, app });
  };
  const levels = LEVELS.map(([id, key]) => ({ id, name: message(key) }));
  return (
    <>
      <PublishValues />
      {['name', 'label_zh', 'label_en', 'department', 'icon'].map(input)}
      {roles.map((role) => (
        <ra.SelectInput key={role.id} source={`access.${role.id}`} label={message('accessFor', { role: label(role.label) })} choices={levels} defaultValue="none" />
      ))}
    </>
  );
}

/** Roles left at "none" are left out: no entry is no access. */
function useTransform() {
  const { useResourceSchema, writableValues } = useKit();
  const resource = useResourceSchema();
  return (data: RaRecord) => {
    const access = Object.fromEntries(Object.entries((data.access ?? {}) as Record<string, string>).filter(([, level]) => level && level !== 'none'));
    return resource ? writableValues(resource, { ...data, access }) : data;
  };
}

export function ResourceEntryCreate() {
  return (
    <EntryPage mode="create" transform={useTransform()} preview={<ResourcePreview />}>
      <ResourceEntryInputs mode="create" />
    </EntryPage>
  );
}

export function ResourceEntryEdit() {
  return (
    <EntryPage mode="edit" transform={useTransform()} preview={<ResourcePreview />}>
      <ResourceEntryInputs mode="edit" />
    </EntryPage>
  );
}
