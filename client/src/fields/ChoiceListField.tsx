import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useFieldValue, type FieldProps } from 'react-admin';
import type { Choice } from '../schema/types.ts';
import { useLabel } from '../i18n/labels.ts';

/** An enum_list value (an array of choice ids) as one chip per choice, in the field's locale. */
export function ChoiceListField({ choices, ...props }: FieldProps & { choices: readonly Choice[] }) {
  const value: unknown = useFieldValue(props);
  const label = useLabel();
  if (!Array.isArray(value)) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {value.map((id: unknown) => {
        const choice = choices.find((candidate) => candidate.id === id);
        return <Chip key={String(id)} size="small" label={choice ? label(choice.label) : String(id)} />;
      })}
    </Stack>
  );
}
