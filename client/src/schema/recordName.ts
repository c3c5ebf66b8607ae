/**
 * What a record is called in a UI language: the field the definition names for that language
 * (`recordRepresentationIn`, a product's English name) when the record has a value there, else
 * its `recordRepresentation` (the Chinese name), else its id.
 */
import { useLocaleState, type RaRecord } from 'react-admin';
import type { Label, ResourceSchema } from './types.ts';

type Named = Pick<ResourceSchema, 'recordRepresentation' | 'recordRepresentationIn'>;

const isBlank = (value: unknown) => value === undefined || value === null || String(value).trim() === '';

export function recordName(resource: Named, record: RaRecord, locale: string): string {
  const localField = resource.recordRepresentationIn?.[locale as keyof Label];
  const local = localField ? record[localField] : undefined;
  if (!isBlank(local)) return String(local);
  const name = record[resource.recordRepresentation];
  return isBlank(name) ? `#${record.id}` : String(name);
}

/** `recordName` in the admin's current language. */
export function useRecordName(): (resource: Named, record: RaRecord) => string {
  const [locale] = useLocaleState();
  return (resource, record) => recordName(resource, record, locale);
}
