/**
 * One DataTable column per schema field. Numbers are right-aligned; a column is sortable only
 * when the server accepts that sort for the role.
 */
import type { ReactElement } from 'react';
import { DataTable } from 'react-admin';
import { InlineEditCell } from '../grid/InlineEditCell.tsx';
import type { FieldSchema, Label, ResourceSchema } from '../schema/types.ts';
import { fieldElement } from '../fields/fieldElement.tsx';

const RIGHT_ALIGNED = new Set(['money', 'basis_points']);

export function listColumn(field: FieldSchema, label: (label: Label) => string, sortable: readonly string[], resource?: ResourceSchema): ReactElement {
  const common = {
    source: field.name,
    label: label(field.label),
    disableSort: !sortable.includes(field.name),
  };
  if (resource?.inlineEdit?.includes(field.name)) {
    // Edited in place: the cell shows the value as the column would, and an input on a click.
    return (
      <DataTable.Col key={field.name} {...common} align={field.type === 'string' ? undefined : 'right'}>
        <InlineEditCell field={field} resource={resource} display={fieldElement(field, label)} />
      </DataTable.Col>
    );
  }
  if (field.type === 'integer' && !field.unitFrom && !field.recordOf && !field.duration) return <DataTable.NumberCol key={field.name} {...common} />;
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
