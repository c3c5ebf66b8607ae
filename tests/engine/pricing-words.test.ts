/**
 * The pure parts of pricing: the floor verdict and whom it blames, the bulk arithmetic, and the
 * registry checks of requestOnly, floorFrom, changeLog and bulkUpdate.
 */
import { describe, expect, it } from 'vitest';
import { adjustedValue, divideRounded } from '../../server/engine/bulk-update.ts';
import type { ResourceDefinition } from '../../server/engine/definition.ts';
import { floorsToJudge, formatAmount, judgeFloors } from '../../server/engine/margin-floors.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { takeRequestOnly } from '../../server/engine/request-only.ts';
import { renderMessage, type Message } from '../../server/engine/messages/message.ts';
import { resources } from '../../server/resources/index.ts';
import products from '../../server/resources/products.ts';

const bounds = { margin: { bound: 1000, of: { en: 'Catalog', zh: '目录' } } };
const english = (message: Message | undefined) => message && renderMessage(message, 'en');
const judge = (role: 'operations' | 'procurement', values: Record<string, unknown>, notes = {}, mode: 'create' | 'update' = 'update') => {
  const merged: Record<string, number> = { price: 10_000, cost: 8_000, catalog_id: 1, ...(values as Record<string, number>) };
  merged.margin = Math.round(((merged.price - merged.cost) * 10000) / merged.price);
  return judgeFloors(products, role, { mode, values, merged, bounds, notes });
};

describe('floorFrom', () => {
  it('judges creates, and updates only when price, cost or the catalog change', () => {
    expect(floorsToJudge(products, 'create', {})).toEqual(['margin']);
    expect(floorsToJudge(products, 'update', { name: 'x', stock: 1 })).toEqual([]);
    for (const field of ['price', 'cost', 'catalog_id']) expect(floorsToJudge(products, 'update', { [field]: 1 })).toEqual(['margin']);
  });

  it('blames the first changed source: price, else cost, else the catalog', () => {
    expect(Object.keys(judge('operations', { price: 8_500, cost: 8_100 }).refusals)).toEqual(['price']);
    expect(Object.keys(judge('procurement', { cost: 9_500 }).refusals)).toEqual(['cost']);
    expect(Object.keys(judge('operations', { catalog_id: 2, cost: 9_500 }).refusals)).toEqual(['cost']);
    expect(Object.keys(judge('operations', { catalog_id: 2, price: 9_000, cost: 9_000 }).refusals)).toEqual(['price']);
  });

  it('lets only the override roles pass with a non-blank reason, and still reports the breach', () => {
    const overridden = judge('operations', { price: 8_500 }, { margin_override_reason: '清仓' });
    expect(overridden.refusals).toEqual({});
    expect(english(overridden.breaches.margin)).toBe("Gross margin 5.88% is below the catalog's floor of 10.00%");
    expect(english(judge('operations', { price: 8_500 }, { margin_override_reason: ' ' }).refusals.price)).toMatch(/give a margin override reason/);
    expect(english(judge('procurement', { cost: 9_500 }, { margin_override_reason: '涨价' }).refusals.cost)).toMatch(/only admin, operations/);
    expect(judge('operations', { price: 8_889 }).breaches).toEqual({}); // exactly 10.00%
  });

  it('formats basis points and fen exactly', () => {
    expect(formatAmount(products.fields.margin, -625)).toBe('-6.25%');
    expect(formatAmount(products.fields.margin, 5)).toBe('0.05%');
    expect(formatAmount(products.fields.price, 1_990)).toBe('¥19.90');
  });
});

describe('requestOnly', () => {
  it('moves request-only values out of the values to store', () => {
    const values = { price: 1, margin_override_reason: 'why' };
    expect(takeRequestOnly(products, values)).toEqual({ margin_override_reason: 'why' });
    expect(values).toEqual({ price: 1 });
  });
});

describe('bulk arithmetic', () => {
  it('rounds half away from zero in integers', () => {
    expect(divideRounded(1_005_000, 10_000)).toBe(101);
    expect(divideRounded(1_004_999, 10_000)).toBe(100);
    expect(divideRounded(-1_005_000, 10_000)).toBe(-101);
    expect(adjustedValue(100_000_000, 'raise', 100_000)).toBe(1_100_000_000);
    expect(adjustedValue(19_999, 'lower', 10_000)).toBe(0);
    expect(adjustedValue(19_999, 'set', 9_900)).toBe(9_900);
  });
});

describe('registry checks', () => {
  const withProducts = (change: (def: ResourceDefinition) => ResourceDefinition) =>
    () => createRegistry(resources.map((def) => (def.name === 'products' ? change(def) : def)));

  it('accepts the shipped definitions', () => {
    expect(() => createRegistry(resources)).not.toThrow();
  });

  it.each([
    ['a request-only field that is not write-only', (def: ResourceDefinition) => ({ ...def, fields: { ...def.fields, margin_override_reason: { ...def.fields.margin_override_reason, writeOnly: false } } }), /must be writeOnly/],
    ['a floor from a field the reference lacks', (def: ResourceDefinition) => ({ ...def, fields: { ...def.fields, margin: { ...def.fields.margin, floorFrom: { reference: 'catalog_id', field: 'nope' } } } }), /floorFrom names no/],
    ['an override reason that is stored', (def: ResourceDefinition) => ({ ...def, fields: { ...def.fields, margin: { ...def.fields.margin, floorFrom: { reference: 'catalog_id', field: 'min_margin', override: { field: 'name', roles: ['admin' as const] } } } } }), /override needs a requestOnly field/],
    ['a change log without old_/new_ fields', (def: ResourceDefinition) => ({ ...def, changeLog: { ...def.changeLog!, fields: ['price', 'stock'] } }), /needs old_stock and new_stock/],
    ['a bulk update of a computed field', (def: ResourceDefinition) => ({ ...def, bulkUpdate: { fields: ['margin'], maxRecords: 10 } }), /bulkUpdate field "margin"/],
    ['a bulk update without a sane limit', (def: ResourceDefinition) => ({ ...def, bulkUpdate: { fields: ['price'], maxRecords: 0 } }), /maxRecords out of range/],
  ])('refuses %s', (_what, change, problem) => {
    expect(withProducts(change)).toThrow(problem);
  });
});
