/**
 * The read-only display of one schema field, chosen by its type. Returns an element (not a
 * component) so that show layouts can read its `label` prop, as they do for any field.
 */
import type { ReactElement } from 'react';
import {
  BooleanField,
  NumberField,
  ReferenceField,
  SelectField,
  TextField,
} from 'react-admin';
import type { FieldSchema, Label } from '../schema/types.ts';
import { ChoiceListField } from './ChoiceListField.tsx';
import { DurationField } from './DurationField.tsx';
import { LocaleDateField } from './LocaleDateField.tsx';
import { JsonField } from './JsonField.tsx';
import { LazyRichTextField } from './LazyRichTextField.tsx';
import { MoneyField, PercentField } from './MoneyField.tsx';
import { NoAccessReferenceField } from './NoAccessReferenceField.tsx';
import { RecordOfField } from './RecordOfField.tsx';
import { UnitDependentField } from './UnitDependentField.tsx';
import { toChoices } from '../schema/choices.ts';

export function fieldElement(field: FieldSchema, label: (label: Label) => string): ReactElement {
  const common = { source: field.name, label: label(field.label) };
  if (field.unitFrom) return <UnitDependentField key={field.name} {...common} unitFrom={field.unitFrom} />;
  if (field.recordOf) return <RecordOfField key={field.name} {...common} resourceField={field.recordOf} />;
  switch (field.type) {
    case 'money':
      return <MoneyField key={field.name} {...common} />;
    case 'basis_points':
      return <PercentField key={field.name} {...common} />;
    case 'integer':
      return field.duration ? <DurationField key={field.name} {...common} /> : <NumberField key={field.name} {...common} />;
    case 'boolean':
      return <BooleanField key={field.name} {...common} />;
    case 'date':
      return <LocaleDateField key={field.name} {...common} />;
    case 'datetime':
      return <LocaleDateField key={field.name} {...common} showTime />;
    case 'enum':
      return <SelectField key={field.name} {...common} choices={toChoices(field.choices, label)} />;
    case 'enum_list':
      return <ChoiceListField key={field.name} {...common} choices={field.choices ?? []} />;
    case 'richtext':
      return <LazyRichTextField key={field.name} {...common} />;
    case 'reference':
      if (field.reference) return <ReferenceField key={field.name} {...common} reference={field.reference} />;
      // A target the role only looks up (`lookup`): its name, with no page to open.
      if (field.lookup) return <ReferenceField key={field.name} {...common} reference={field.lookup} link={false} />;
      // Otherwise the role cannot read the target: said so, never a bare id that looks like data.
      return <NoAccessReferenceField key={field.name} {...common} />;
    case 'text':
      return <TextField key={field.name} {...common} sx={{ whiteSpace: 'pre-line' }} />;
    case 'json':
      return <JsonField key={field.name} {...common} />;
    default:
      return <TextField key={field.name} {...common} />;
  }
}

/** Fields a record shows: everything in the schema except write-only ones (passwords). */
export function readableFields(fields: readonly FieldSchema[]): FieldSchema[] {
  return fields.filter((field) => !field.writeOnly);
}
