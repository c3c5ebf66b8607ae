/**
 * The list on small screens, where the table would be wider than the screen: react-admin's
 * SimpleList, as its demo does on phones. Each record is one entry: its representation, the
 * definition's `tertiary` field at the right, and its `secondary` fields on the line below
 * (definition word `smallScreenList`, defaults in server/engine/small-screen-list.ts).
 */
import { cloneElement, Fragment, type ReactElement } from 'react';
import { SimpleList } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import type { FieldSchema, Label, ResourceSchema } from '../schema/types.ts';
import { fieldElement } from '../fields/fieldElement.tsx';
import { fieldsNamed } from '../columns/listColumn.tsx';

/** The field's value as in the table, but no link of its own: the whole entry links to the record. */
function plainField(field: FieldSchema, label: (label: Label) => string): ReactElement {
  const element = fieldElement(field, label);
  return field.reference ? cloneElement(element as ReactElement<{ link?: false }>, { link: false }) : element;
}

/** The secondary fields on one line, separated by a middle dot. */
function secondaryLine(fields: readonly FieldSchema[], label: (label: Label) => string): ReactElement | undefined {
  if (!fields.length) return undefined;
  return (
    <>
      {fields.map((field, index) => (
        <Fragment key={field.name}>
          {index > 0 && ' · '}
          {plainField(field, label)}
        </Fragment>
      ))}
    </>
  );
}

export function SmallScreenList({ resource }: { resource: ResourceSchema }) {
  const label = useLabel();
  const { secondary, tertiary } = resource.smallScreenList;
  const tertiaryField = tertiary ? resource.fields.find((field) => field.name === tertiary) : undefined;
  return (
    <SimpleList
      // No primaryText: react-admin shows the record's representation (the Resource's recordRepresentation).
      secondaryText={secondaryLine(fieldsNamed(resource.fields, secondary), label)}
      // A function, so that react-admin places it at the right of the first line.
      tertiaryText={tertiaryField ? () => plainField(tertiaryField, label) : undefined}
    />
  );
}
