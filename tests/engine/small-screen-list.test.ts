/**
 * The definition word `smallScreenList`: which fields a record's entry shows in the list on
 * phones, by default the first list columns besides the representation; checked when the
 * registry is built, and narrowed to what each role may read.
 */
import { describe, expect, it } from 'vitest';
import { defineResource, type SmallScreenList } from '../../server/engine/definition.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { resourceSchema } from '../../server/engine/schema.ts';

const label = (en: string) => ({ en, zh: en });

const orders = (smallScreenList?: SmallScreenList) =>
  defineResource({
    name: 'orders',
    table: 'orders',
    label: label('Orders'),
    labelSingular: label('Order'),
    department: 'operations',
    fields: {
      code: { type: 'string', label: label('Code') },
      customer: { type: 'string', label: label('Customer') },
      total: { type: 'money', label: label('Total') },
      placed_on: { type: 'date', label: label('Placed on') },
      status: { type: 'string', label: label('Status') },
      secret: { type: 'password', label: label('Secret'), writeOnly: true, column: 'secret_hash' },
    },
    recordRepresentation: 'code',
    listColumns: ['placed_on', 'code', 'customer', 'total', 'status'],
    filters: [],
    search: [],
    defaultSort: { field: 'id', order: 'ASC' },
    ...(smallScreenList ? { smallScreenList } : {}),
    internalColumns: ['secret_hash'],
    access: { admin: { actions: ['list', 'show'] }, operations: { actions: ['list'], hidden: ['total', 'customer'] } },
  });

const everything = () => true;

describe('the small-screen list of a definition', () => {
  it('shows by default the first two list columns besides the representation, and the third at the right', () => {
    expect(resourceSchema(orders(), 'admin', everything).smallScreenList).toEqual({ secondary: ['placed_on', 'customer'], tertiary: 'total' });
  });

  it('takes the default from the columns the role may read', () => {
    expect(resourceSchema(orders(), 'operations', everything).smallScreenList).toEqual({ secondary: ['placed_on', 'status'] });
  });

  it('shows the fields the definition names, without those the role may not read', () => {
    const def = orders({ secondary: ['customer', 'status'], tertiary: 'total' });
    expect(resourceSchema(def, 'admin', everything).smallScreenList).toEqual({ secondary: ['customer', 'status'], tertiary: 'total' });
    expect(resourceSchema(def, 'operations', everything).smallScreenList).toEqual({ secondary: ['status'] });
  });

  it('is refused when it names a field that does not exist or is write-only', () => {
    expect(() => createRegistry([orders({ secondary: ['customer'], tertiary: 'total' })])).not.toThrow();
    expect(() => createRegistry([orders({ secondary: ['nothing'] })])).toThrow(/small-screen list field "nothing" is not a field/);
    expect(() => createRegistry([orders({ secondary: [], tertiary: 'nothing' })])).toThrow(/small-screen list field "nothing"/);
    expect(() => createRegistry([orders({ secondary: ['secret'] })])).toThrow(/small-screen list field "secret" is write-only/);
  });
});
