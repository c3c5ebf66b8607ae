/**
 * Every field type a person can write, round-tripped through a generated edit form: enter a
 * value, save, check the body carries the value as the API stores it, then open the form again
 * and see what was typed. The cases are found by walking the real definitions (the first
 * writable field of each type, with a role that may edit it), so a new resource or field type
 * is covered without touching this file; a type no case can be found for fails the last test.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from './user.ts';
import { describe, expect, it } from 'vitest';
import { formatHundredths } from '../../client/src/inputs/hundredths.ts';
import { ROLES, type FieldType, type Role } from '../../server/engine/definition.ts';
import type { FieldSchema, ResourceSchema } from '../../server/engine/schema.ts';
import { schemaFor } from './fixtures/schemas.ts';
import type { StoredRecord } from './fixtures/records.ts';
import { renderPage } from './renderPage.tsx';

/** Types people write in forms. Rich text needs a real editor (covered by the e2e suites); json and password are never shown back. */
const ROUND_TRIP_TYPES = ['string', 'text', 'integer', 'money', 'basis_points', 'boolean', 'date', 'datetime', 'enum', 'enum_list', 'reference'] as const;
type RoundTripType = (typeof ROUND_TRIP_TYPES)[number];
const NOT_ROUND_TRIPPED: readonly FieldType[] = ['richtext', 'json', 'password'];

interface Case {
  role: Role;
  resource: ResourceSchema;
  field: FieldSchema;
}

/** Fields whose input is a plain one of its type: no unit chosen by another field, no workflow, no server-side reference filter. */
function isPlainInput(field: FieldSchema): boolean {
  return !field.readOnly && !field.system && !field.writeOnly && !field.unitFrom && !field.transitions && !field.referenceFilter && !(field.type === 'reference' && !field.reference);
}

/** Resources whose edit page is the generated form alone, and whose stored sample values pass the form's own checks. */
function isPlainResource(resource: ResourceSchema): boolean {
  return resource.actions.includes('edit') && !resource.attachments && !resource.children.length && resource.fields.every((field) => !field.pattern);
}

function findCases(): Map<FieldType, Case> {
  const cases = new Map<FieldType, Case>();
  for (const role of ROLES) {
    for (const resource of schemaFor(role).resources.filter(isPlainResource)) {
      for (const field of resource.fields.filter(isPlainInput)) {
        if (!cases.has(field.type)) cases.set(field.type, { role, resource, field });
      }
    }
  }
  return cases;
}

/** A value of each field that the form accepts as it is, so only the field under test changes. */
function sampleValue(field: FieldSchema): unknown {
  const number = Math.min(Math.max(field.min ?? 1, 1), field.max ?? Number.MAX_SAFE_INTEGER);
  switch (field.type) {
    case 'integer':
    case 'money':
    case 'basis_points':
      return number;
    case 'reference':
      return 1;
    case 'boolean':
      return false;
    case 'date':
      return '2026-01-05';
    case 'datetime':
      return '2026-01-05T02:00:00.000Z';
    case 'enum':
      return field.choices?.[0].id;
    case 'enum_list':
      return [];
    case 'password':
      return undefined;
    default:
      if (field.format === 'email') return 'someone@example.com';
      if (field.format === 'url') return 'https://example.com';
      if (field.format === 'phone') return '13800138000';
      return 'Sample 样本'.padEnd(field.minLength ?? 0, '.');
  }
}

function storeFor(resource: ResourceSchema): Record<string, StoredRecord[]> {
  const record: StoredRecord = { id: 1 };
  for (const field of resource.fields) record[field.name] = field.name === 'id' ? 1 : field.name === 'version' ? 1 : sampleValue(field);
  const store: Record<string, StoredRecord[]> = { [resource.name]: [record] };
  // Referenced records to pick from: two, named after their representation.
  for (const field of resource.fields) {
    if (field.type !== 'reference' || !field.reference) continue;
    const target = schemaFor('admin').resources.find((candidate) => candidate.name === field.reference);
    const name = target?.recordRepresentation ?? 'name';
    // A reference to its own resource (a parent catalog) keeps the record under test as id 1.
    const rows = (store[field.reference] ??= []);
    for (const id of [1, 2]) if (!rows.some((row) => row.id === id)) rows.push({ id, [name]: `Ref ${id}`, version: 1 });
  }
  return store;
}

interface Entry {
  /** Enters the new value into the form. */
  enter: (input: HTMLElement, field: FieldSchema) => Promise<unknown>;
  /** The value the request body must carry. */
  stored: (field: FieldSchema) => unknown;
  /** Checks the reopened form shows what was entered. */
  shown: (input: HTMLElement, field: FieldSchema) => Promise<unknown>;
}

const typeInto = (text: string) => async (input: HTMLElement) => {
  await userEvent.clear(input);
  await userEvent.type(input, text);
};
const hasValue = (text: string) => async (input: HTMLElement) => expect(input).toHaveValue(text);
// Date inputs take a whole value at once, as a browser's picker gives it (typing is in the e2e suite).
const pick = (text: string) => async (input: HTMLElement) => {
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
};
const secondChoice = (field: FieldSchema) => field.choices![1] ?? field.choices![0];

const ENTRIES: Record<RoundTripType, Entry> = {
  string: { enter: typeInto('Trip 往返'), stored: () => 'Trip 往返', shown: hasValue('Trip 往返') },
  text: { enter: typeInto('Trip 往返'), stored: () => 'Trip 往返', shown: hasValue('Trip 往返') },
  integer: {
    enter: async (input, field) => typeInto(String(Math.min(field.max ?? 42, 42)))(input),
    stored: (field) => Math.min(field.max ?? 42, 42),
    shown: async (input, field) => expect(input).toHaveValue(Math.min(field.max ?? 42, 42)),
  },
  money: { enter: typeInto('12.34'), stored: () => 1234, shown: hasValue(formatHundredths(1234)) },
  basis_points: { enter: typeInto('12.5'), stored: () => 1250, shown: hasValue(formatHundredths(1250)) },
  boolean: { enter: async (input) => userEvent.click(input), stored: () => true, shown: async (input) => expect(input).toBeChecked() },
  date: { enter: pick('2026-12-10'), stored: () => '2026-12-10', shown: hasValue('2026-12-10') },
  // Typed on the shop's clock (Asia/Shanghai), whatever the zone the tests run in.
  datetime: { enter: pick('2026-12-10T00:00'), stored: () => '2026-12-09T16:00:00.000Z', shown: hasValue('2026-12-10T00:00') },
  enum: {
    enter: async (input, field) => {
      await userEvent.click(input);
      await userEvent.click(await screen.findByRole('option', { name: secondChoice(field).label.en }));
    },
    stored: (field) => secondChoice(field).id,
    shown: async (input, field) => expect(input).toHaveTextContent(secondChoice(field).label.en),
  },
  enum_list: {
    enter: async (group, field) => userEvent.click(within(group).getByRole('checkbox', { name: field.choices![0].label.en })),
    stored: (field) => [field.choices![0].id],
    shown: async (group, field) => expect(within(group).getByRole('checkbox', { name: field.choices![0].label.en })).toBeChecked(),
  },
  reference: {
    enter: async (input) => {
      await userEvent.click(input);
      await userEvent.click(await screen.findByRole('option', { name: 'Ref 2' }));
    },
    stored: () => 2,
    shown: async (input) => waitFor(() => expect(input).toHaveValue('Ref 2')),
  },
};

/** The field's input (for a list of choices, the group holding its checkboxes), by its label. */
async function inputOf(field: FieldSchema): Promise<HTMLElement> {
  const label = new RegExp(`^${field.label.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
  if (field.type === 'enum' || field.type === 'reference') return screen.findByRole('combobox', { name: label });
  if (field.type === 'enum_list') {
    const legend = await screen.findByText(label, { selector: 'legend, legend *' });
    return legend.closest('fieldset') as HTMLElement;
  }
  return screen.findByLabelText(label);
}

const cases = findCases();

describe('each field type round-trips through a generated form', () => {
  for (const type of ROUND_TRIP_TYPES) {
    const found = cases.get(type);
    // Two whole-admin renders and real typing: slower than one render on a busy machine.
    it.runIf(found)(`${type}: ${found?.resource.name}.${found?.field.name} as ${found?.role}`, { timeout: 90_000 }, async () => {
      const { role, resource, field } = found!;
      const entry = ENTRIES[type];
      const api = renderPage(schemaFor(role), `/${resource.name}/1`, { overrides: {}, store: storeFor(resource) });
      await entry.enter(await inputOf(field), field);
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(api.writes).toHaveLength(1));
      expect((api.writes[0].body as Record<string, unknown>)[field.name]).toEqual(entry.stored(field));

      // Opened again from what the API now holds, the form shows what was entered.
      cleanup();
      renderPage(schemaFor(role), `/${resource.name}/1`, { overrides: {}, store: api.store });
      await entry.shown(await inputOf(field), field);
    });
  }

  it('finds a case for every type written in some form of the definitions', () => {
    const written = new Set<FieldType>();
    for (const role of ROLES) {
      for (const resource of schemaFor(role).resources) {
        for (const field of resource.fields) if (!field.readOnly && !field.system) written.add(field.type);
      }
    }
    const uncovered = [...written].filter((type) => !NOT_ROUND_TRIPPED.includes(type) && !cases.has(type));
    expect(uncovered).toEqual([]);
    expect([...written].filter((type) => !NOT_ROUND_TRIPPED.includes(type) && !(ROUND_TRIP_TYPES as readonly FieldType[]).includes(type))).toEqual([]);
  });
});
