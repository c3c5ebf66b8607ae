import { useRecordContext, type FieldProps } from 'react-admin';
import type { FieldSchema } from '../schema/types.ts';
import { MoneyField, PercentField } from './MoneyField.tsx';

/** A number shown as money or as a percent, as the record's unit field says (a discount's type). */
export function UnitDependentField({ unitFrom, ...props }: FieldProps & { unitFrom: NonNullable<FieldSchema['unitFrom']> }) {
  const record = useRecordContext();
  const unit = unitFrom.units[String(record?.[unitFrom.field])];
  return unit === 'money' ? <MoneyField {...props} /> : <PercentField {...props} />;
}
