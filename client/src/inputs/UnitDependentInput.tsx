import { useWatch } from 'react-hook-form';
import type { FieldSchema } from '../schema/types.ts';
import { MoneyInput, PercentInput, type HundredthsInputProps } from './HundredthsInput.tsx';

/** Yuan or percent, following the unit field as the user changes it (a discount's type). */
export function UnitDependentInput({ unitFrom, ...props }: HundredthsInputProps & { unitFrom: NonNullable<FieldSchema['unitFrom']> }) {
  const unit = unitFrom.units[String(useWatch({ name: unitFrom.field }))];
  // The key remounts the input when the unit flips, so its text is re-read in the new unit.
  return unit === 'money' ? <MoneyInput key="money" {...props} /> : <PercentInput key="percent" {...props} />;
}
