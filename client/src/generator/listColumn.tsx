/**
 * One DataTable column per schema field. Numbers are right-aligned; a column is sortable only
 * when the server accepts that sort for the role.
 */
import type { ReactElement } from 'react';
import { DataTable } from 'react-admin';
import type { FieldSchema, Label } from '../schema/types.ts';
import { fieldElement } from './fieldElement.tsx';

const RIGHT_ALIGNED = new Set(['money', 'basis_points']);

export function listColumn(field: FieldSchema, label: (label: Label) => string, sortable: readonly string[]): ReactElement {
  const common = {
    source: field.name,
    label: label(field.label),
    disableSort: !sortable.includes(field.name),
  };
  if (field.type === 'integer' && !field.unitFrom && !field.duration) return <DataTable.NumberCol key={field.name} {...common} />;
  return (
    <DataTable.Col key={field.name} {...common} align={RIGHT_ALIGNED.has(field.type) || field.unitFrom || field.duration ? 'right' : undefined}>
      {fieldElement(field, label)}
    </DataTable.Col>
  );
}

/** The schema fields named by `names`, in that order (listColumns, filters). */
export function fieldsNamed(fields: readonly FieldSchema[], names: readonly string[]): FieldSchema[] {
  return names.flatMap((name) => fields.find((field) => field.name === name) ?? []);
}
