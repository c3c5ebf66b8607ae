/**
 * The form input for one schema field, chosen by its type, with validators mirroring the
 * schema. Read-only fields are rendered disabled; the caller leaves them out of create forms.
 */
import type { ReactElement } from 'react';
import {
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  Labeled,
  NumberInput,
  PasswordInput,
  ReferenceField,
  SelectInput,
  TextInput,
  type InputProps,
} from 'react-admin';
import type { AppSchema, FieldSchema, Label } from '../schema/types.ts';
import { GuidedReferenceInput } from '../guided/GuidedReferenceInput.tsx';
import { MoneyInput, PercentInput } from '../inputs/HundredthsInput.tsx';
import { LazyRichTextInput } from '../inputs/LazyRichTextInput.tsx';
import { UnitDependentInput } from '../inputs/UnitDependentInput.tsx';
import { ShopDateTimeInput } from '../time/ShopDateTimeInput.tsx';
import { WorkflowSelectInput } from '../workflow/WorkflowSelectInput.tsx';
import { StateLockedInput } from '../workflow/StateLockedInput.tsx';
import { toChoices } from '../schema/choices.ts';
import { validatorsFor, type FormMode } from './validators.ts';

export interface InputContext {
  mode: FormMode;
  label: (label: Label) => string;
  /** To know whether a referenced resource can be searched. */
  app: AppSchema;
}

export function inputElement(field: FieldSchema, context: InputContext): ReactElement {
  if (context.mode === 'edit' && field.editableWhile && !field.readOnly) return <StateLockedInput key={field.name} field={field} input={inputElement({ ...field, editableWhile: undefined }, context)} />; // retail-orders: editableWhile
  const { mode, label, app } = context;
  const disabled = field.readOnly;
  const common = {
    source: field.name,
    label: label(field.label),
    validate: disabled ? undefined : validatorsFor(field, mode, label),
    disabled,
    defaultValue: mode === 'create' ? (field.default as InputProps['defaultValue']) : undefined,
  };
  if (field.unitFrom) return <UnitDependentInput key={field.name} {...common} unitFrom={field.unitFrom} />;
  switch (field.type) {
    case 'money':
      return <MoneyInput key={field.name} {...common} />;
    case 'basis_points':
      return <PercentInput key={field.name} {...common} />;
    case 'integer':
      return <NumberInput key={field.name} {...common} step={1} />;
    case 'boolean':
      return <BooleanInput key={field.name} {...common} />;
    case 'date':
      return <DateInput key={field.name} {...common} />;
    case 'datetime':
      return <ShopDateTimeInput key={field.name} {...common} />;
    case 'enum':
      if (field.transitions && mode === 'edit') {
        return <WorkflowSelectInput key={field.name} {...common} choices={field.choices ?? []} transitions={field.transitions} stepsBy={field.stepsBy} labelOf={label} />;
      }
      // retail-members: a role limited to some values (its `choices`) is offered only those.
      return <SelectInput key={field.name} {...common} choices={toChoices(field.writeChoices ?? field.choices, label)} />;
    case 'enum_list':
      return <CheckboxGroupInput key={field.name} {...common} choices={toChoices(field.choices, label)} />;
    case 'richtext':
      return <LazyRichTextInput key={field.name} {...common} />;
    case 'password':
      return <PasswordInput key={field.name} {...common} autoComplete="new-password" />;
    case 'text':
      return <TextInput key={field.name} {...common} multiline minRows={3} />;
    case 'reference': {
      // Without `reference` the role cannot read the target, so it cannot pick one either; a
      // target it looks up (`lookup`) is shown by name.
      if (!field.reference && field.lookup) {
        return (
          <Labeled key={field.name} label={common.label}>
            <ReferenceField source={field.name} reference={field.lookup} link={false} emptyText="—" />
          </Labeled>
        );
      }
      if (!field.reference) return <NumberInput key={field.name} {...common} disabled />;
      const { source: _source, ...inputProps } = common;
      return <GuidedReferenceInput key={field.name} field={field} app={app} {...inputProps} />;
    }
    default:
      return <TextInput key={field.name} {...common} multiline={field.multiline} />;
  }
}
