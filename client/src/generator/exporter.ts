/**
 * CSV export limited to the fields the role can read, in schema order. The API already leaves
 * hidden fields out; picking them here also keeps anything else a record might carry (and the
 * shape of the file) under the schema's control. Amounts are written the way people read them.
 */
import { defaultExporter, type Exporter, type RaRecord } from 'react-admin';
import type { FieldSchema, ResourceSchema } from '../schema/types.ts';
import { formatHundredths } from '../inputs/hundredths.ts';
import { readableFields } from './fieldElement.tsx';

export function exporterFor(resource: ResourceSchema): Exporter {
  return (records: RaRecord[], fetchRelatedRecords, dataProvider, resourceName) =>
    defaultExporter(csvRows(resource, records), fetchRelatedRecords, dataProvider, resourceName);
}

/** The rows written to the CSV: one column per readable field, nothing else. */
export function csvRows(resource: ResourceSchema, records: readonly RaRecord[]): Record<string, unknown>[] {
  const fields = readableFields(resource.fields);
  return records.map((record) => Object.fromEntries(fields.map((field) => [field.name, csvValue(field, record[field.name])])));
}

function csvValue(field: FieldSchema, value: unknown): unknown {
  if (typeof value !== 'number') return value;
  if (field.type === 'money') return formatHundredths(value); // yuan, "1234.50"
  if (field.type === 'basis_points') return `${formatHundredths(value)}%`;
  return value;
}
