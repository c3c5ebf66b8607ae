/**
 * What a record is called in a UI language: the field the definition names for that language
 * (`recordRepresentationIn`, a product's English name) when the record has a value there, else
 * its `recordRepresentation` (the Chinese name; for an enum, its choice's label), else its id.
 */
import { useLocaleState, type RaRecord } from 'react-admin';
import type { Label, ResourceSchema } from './types.ts';

type Named = Pick<ResourceSchema, 'recordRepresentation' | 'recordRepresentationIn'> & { fields?: ResourceSchema['fields'] };

const isBlank = (value: unknown) => value === undefined || value === null || String(value).trim() === '';

export function recordName(resource: Named, record: RaRecord, locale: string): string {
  const localField = resource.recordRepresentationIn?.[locale as keyof Label];
  const local = localField ? record[localField] : undefined;
  if (!isBlank(local)) return String(local);
  const name = record[resource.recordRepresentation];
  // A record named by an enum (a state, an action) reads by the choice's label, not its id.
  const choice = resource.fields?.find((field) => field.name === resource.recordRepresentation)?.choices?.find((c) => c.id === name);
  if (choice) return choice.label[locale as keyof Label] ?? choice.label.zh;
  return isBlank(name) ? `#${record.id}` : String(name);
}

/** `recordName` in the admin's current language. */
export function useRecordName(): (resource: Named, record: RaRecord) => string {
  const [locale] = useLocaleState();
  return (resource, record) => recordName(resource, record, locale);
}
