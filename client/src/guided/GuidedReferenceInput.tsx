/**
 * A reference picker that follows the guiding words of the schema:
 * - `preferWhere` on the field: the records matching the parent (a purchase list's supplier's
 *   products) are fetched too and offered first, under their own heading; the others follow;
 * - `suggestedFrom` on other fields of the form: picking a record fills them from it (the
 *   item's unit cost from the product's cost); the user may still change them.
 */
import { useMemo, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  ChoicesContextProvider,
  type ChoicesContextValue,
  ReferenceInput,
  useChoicesContext,
  useGetList,
  useGetOne,
  useResourceContext,
  type RaRecord,
} from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import type { AppSchema, FieldSchema } from '../schema/types.ts';
import { findResource } from '../schema/useAppSchema.ts';
import { preferredFirst, PREFERRED_GROUP } from './preferredFirst.ts';

interface Props {
  field: FieldSchema;
  app: AppSchema;
  label: string;
  disabled?: boolean;
  validate?: unknown;
}

export function GuidedReferenceInput({ field, app, ...inputProps }: Props) {
  const resourceName = useResourceContext();
  const resource = findResource(app, resourceName);
  const target = findResource(app, field.reference);
  const form = useFormContext();
  const message = useMessage();
  // The fields this pick suggests a value for, with the picked record's field they come from.
  const suggestions = (resource?.fields ?? []).filter((other) => other.suggestedFrom?.reference === field.name && !other.readOnly);
  const onChange = (_value: unknown, record: RaRecord | '') => {
    if (!record) return;
    for (const other of suggestions) {
      const value = record[other.suggestedFrom!.field];
      if (value !== undefined && value !== null) form.setValue(other.name, value, { shouldDirty: true, shouldValidate: true });
    }
  };
  const preferred = usePreferredFilter(field, app, resource?.fields ?? []);
  const label = useLabel();
  const preferredField = target?.fields.find((other) => other.name === field.preferWhere?.field);
  const preferredHeading =
    target && preferredField ? message('preferredChoices', { records: label(target.label), field: label(preferredField.label).toLocaleLowerCase() }) : '';
  return (
    <ReferenceInput source={field.name} reference={field.reference!} filter={field.referenceFilter}>
      <PreferredFirst filter={preferred}>
        <AutocompleteInput
          {...(inputProps as object)}
          onChange={onChange}
          groupBy={preferred ? (choice: RaRecord) => (choice[PREFERRED_GROUP] ? preferredHeading : message('otherChoices')) : undefined}
          // `q` is only accepted by lists that declare a search; others are picked unfiltered.
          filterToQuery={(text: string) => (target?.hasSearch && text ? { q: text } : {})}
        />
      </PreferredFirst>
    </ReferenceInput>
  );
}

/** `{ supplier_id: 3 }` when the field prefers records matching its parent and the parent is known. */
function usePreferredFilter(field: FieldSchema, app: AppSchema, fields: FieldSchema[]): Record<string, unknown> | undefined {
  const through = fields.find((other) => other.name === field.preferWhere?.through);
  const parentId = useWatch({ name: through?.name ?? '__none__' }) as unknown;
  const enabled = Boolean(field.preferWhere && through?.reference && parentId != null);
  const { data: parent } = useGetOne(through?.reference ?? '', { id: parentId as number }, { enabled });
  const value = parent?.[field.preferWhere?.parentField ?? ''];
  return enabled && value != null && findResource(app, through?.reference) ? { [field.preferWhere!.field]: value } : undefined;
}

/** Puts the records matching `filter` (and the typed search) at the top of the picker's choices. */
function PreferredFirst({ filter, children }: { filter?: Record<string, unknown>; children: ReactNode }) {
  const context = useChoicesContext();
  const { data: preferred } = useGetList(
    context.resource,
    { filter: { ...context.filterValues, ...context.filter, ...filter }, pagination: { page: 1, perPage: 25 }, sort: context.sort },
    { enabled: Boolean(filter && context.resource) },
  );
  const value = useMemo(() => {
    if (!filter || !preferred) return context;
    const choices = preferredFirst(preferred, context.allChoices ?? []);
    return { ...context, allChoices: choices, availableChoices: choices } as ChoicesContextValue;
  }, [context, filter, preferred]);
  return <ChoicesContextProvider value={value}>{children}</ChoicesContextProvider>;
}
