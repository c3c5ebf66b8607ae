/**
 * One value of a schema field outside its record (a history diff, an edit conflict), shown
 * exactly as the field's own display shows it: money in ¥, enums by label, references by name.
 */
import Typography from '@mui/material/Typography';
import { RecordContextProvider } from 'react-admin';
import { fieldElement } from './fieldElement.tsx';
import { useLabel } from '../i18n/labels.ts';
import type { FieldSchema } from '../schema/types.ts';

export interface FieldValueProps {
  field: FieldSchema;
  value: unknown;
  /** The rest of the record the value belongs to: a unit-dependent amount reads its unit there. */
  context?: Record<string, unknown>;
}

export function FieldValue({ field, value, context }: FieldValueProps) {
  const label = useLabel();
  // A secret is never shown, only that there is one.
  if (isBlank(value) || field.writeOnly) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {isBlank(value) ? '—' : '••••••'}
      </Typography>
    );
  }
  return <RecordContextProvider value={{ ...context, [field.name]: value }}>{fieldElement(field, label)}</RecordContextProvider>;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}
