/**
 * List filters from the schema's `filters`. Exact-match types get one input; numbers and dates
 * get a from/to pair using the API's `_gte`/`_lte` suffixes, text a case-insensitive `_like`.
 */
import type { ReactElement } from 'react';
import {
  AutocompleteInput,
  DateInput,
  NullableBooleanInput,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextInput,
} from 'react-admin';
import type { AppSchema, FieldSchema, Label, ResourceSchema } from '../schema/types.ts';
import { MoneyInput, PercentInput } from '../inputs/HundredthsInput.tsx';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { toChoices } from '../schema/choices.ts';
import { fieldsNamed } from '../columns/listColumn.tsx';

export function filterInputs(resource: ResourceSchema, label: (label: Label) => string, app: AppSchema): ReactElement[] {
  const search = resource.hasSearch ? [<SearchInput key="q" source="q" alwaysOn />] : [];
  return [...search, ...fieldsNamed(resource.fields, resource.filters).flatMap((field) => filterFor(field, label, app))];
}

function filterFor(field: FieldSchema, label: (label: Label) => string, app: AppSchema): ReactElement[] {
  const name = label(field.label);
  const range = (Input: typeof NumberInput | typeof MoneyInput | typeof DateInput) => [
    <Input key={`${field.name}_gte`} source={`${field.name}_gte`} label={`${name} ≥`} />,
    <Input key={`${field.name}_lte`} source={`${field.name}_lte`} label={`${name} ≤`} />,
  ];
  if (field.duration) {
    // Shown in readable units, filtered in the whole minutes the API takes: say so on the input.
    const bound = (sign: string) => fill(label(MESSAGES.durationFilterLabel), { field: name, bound: sign });
    return [
      <NumberInput key={`${field.name}_gte`} source={`${field.name}_gte`} label={bound('≥')} />,
      <NumberInput key={`${field.name}_lte`} source={`${field.name}_lte`} label={bound('≤')} />,
    ];
  }
  switch (field.type) {
    case 'enum':
    case 'enum_list':
      return [<SelectInput key={field.name} source={field.name} label={name} choices={toChoices(field.choices, label)} />];
    case 'boolean':
      return [<NullableBooleanInput key={field.name} source={field.name} label={name} />];
    case 'money':
      return range(MoneyInput);
    case 'basis_points':
      return range(PercentInput);
    case 'integer':
      return range(NumberInput);
    case 'date':
    case 'datetime': // the API reads a bare date on a date-time filter as the shop's business day
      return range(DateInput);
    case 'reference': {
      if (!field.reference) return [];
      const target = app.resources.find((candidate) => candidate.name === field.reference);
      return [
        <ReferenceInput key={field.name} source={field.name} reference={field.reference}>
          <AutocompleteInput label={name} filterToQuery={(text: string) => (target?.hasSearch && text ? { q: text } : {})} />
        </ReferenceInput>,
      ];
    }
    case 'password':
    case 'richtext':
      return [];
    default:
      return [<TextInput key={field.name} source={`${field.name}_like`} label={name} />];
  }
}
