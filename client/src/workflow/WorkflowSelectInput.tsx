import { SelectInput, useRecordContext, type SelectInputProps } from 'react-admin';
import type { Choice, FieldSchema, Label } from '../schema/types.ts';
import { stepsOf } from './stepsOf.ts';
import { toChoices } from '../schema/choices.ts';

type Props = Omit<SelectInputProps, 'choices' | 'label' | 'source'> & {
  source: string;
  label: string;
  choices: readonly Choice[];
  transitions: Readonly<Record<string, readonly string[]>>;
  stepsBy?: FieldSchema['stepsBy'];
  labelOf: (label: Label) => string;
};

/**
 * A workflow field's select on an edit form: the current state and the steps the role may take
 * from it, nothing else (the server refuses other steps with 409 anyway).
 */
export function WorkflowSelectInput({ choices, transitions, stepsBy, labelOf, ...props }: Props) {
  const record = useRecordContext();
  const current = record?.[props.source] as string | undefined;
  const steps = stepsOf({ transitions, stepsBy }, record);
  const reachable = current === undefined ? choices : choices.filter((c) => c.id === current || steps[current]?.includes(c.id));
  return <SelectInput {...props} choices={toChoices(reachable, labelOf)} />;
}
