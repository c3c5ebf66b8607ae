/**
 * The start-up checks of the retail words: `aggregatedFrom` (monthly sales summed from completed
 * order items), the dashboards' `share` measure and `day` bucket.
 */
import { describe, expect, it } from 'vitest';
import { isAggregatedRow } from '../../server/engine/aggregated-from.ts';
import { dashboardsProblems } from '../../server/engine/dashboard-checks.ts';
import { defineDashboard, type Widget } from '../../server/engine/dashboard.ts';
import { createRegistry, definitionProblems } from '../../server/engine/registry.ts';
import { resources } from '../../server/resources/index.ts';
import sales from '../../server/resources/sales.ts';

const byName = new Map(resources.map((def) => [def.name, def]));
const rule = sales.aggregatedFrom!;

describe('the aggregatedFrom word', () => {
  it('is accepted on sales, summing completed order items per product and month', () => {
    expect(definitionProblems(sales, byName)).toEqual([]);
    expect(rule).toMatchObject({ resource: 'order_items', through: 'order_id', when: { field: 'status', equals: 'completed' } });
  });

  it('refuses an unknown resource, and a path that is not a reference', () => {
    expect(definitionProblems({ ...sales, aggregatedFrom: { ...rule, resource: 'baskets' } }, byName)).toEqual(['sales: aggregatedFrom sums unknown resource "baskets"']);
    expect(definitionProblems({ ...sales, aggregatedFrom: { ...rule, through: 'quantity' } }, byName)).toEqual([
      'sales: aggregatedFrom goes through "quantity", which is not a reference of order_items',
    ]);
  });

  it('refuses an unknown state, keys of the wrong kind or outside uniqueTogether, sums of non-numbers and a marker that is not a read-only enum', () => {
    const broken = {
      ...sales,
      aggregatedFrom: {
        ...rule,
        when: { field: 'status', equals: 'archived' },
        keys: { product_id: { field: 'order_id' }, month: { monthOf: 'shipping_address' }, units: { field: 'quantity' } },
        sums: { revenue: 'product_id', ghost: 'quantity' },
        marker: { field: 'month', value: 'orders' },
      },
    };
    expect(definitionProblems(broken, byName)).toEqual([
      'sales: aggregatedFrom counts orders whose "status" is "archived", which is not one of its choices',
      'sales: aggregatedFrom key "product_id" is not the same kind of field as order_items.order_id',
      'sales: aggregatedFrom key "month" takes the month of "shipping_address", not a date-time of orders',
      'sales: aggregatedFrom keys (month,product_id,units) must be one of its uniqueTogether sets',
      'sales: aggregatedFrom sum "revenue" of "product_id" needs integer or money fields on both sides',
      'sales: aggregatedFrom sum "ghost" of "quantity" needs integer or money fields on both sides',
      'sales: aggregatedFrom marker "month" must be a readOnly enum with the choice "orders"',
    ]);
  });

  it('refuses a marker whose default is the computed value: typed-in rows would pass for computed ones', () => {
    const source = { ...sales.fields.source, default: 'orders' };
    expect(definitionProblems({ ...sales, fields: { ...sales.fields, source } }, byName)).toEqual([
      'sales: aggregatedFrom marker\'s default must be the hand-entered value, not "orders"',
    ]);
  });

  it('tells computed rows from typed-in ones by the marker', () => {
    expect(isAggregatedRow(sales, { source: 'orders' })).toBe(true);
    expect(isAggregatedRow(sales, { source: 'manual' })).toBe(false);
    expect(isAggregatedRow(byName.get('products')!, { source: 'orders' })).toBe(false);
  });
});

describe('the share measure and the day bucket', () => {
  const registry = createRegistry(resources);
  const label = { en: 'X', zh: '某' };
  const problemsOf = (widget: Widget) => dashboardsProblems([defineDashboard({ name: 'd', label, roles: ['marketing'], widgets: [widget] })], registry);

  it('accepts a share metric over list filters and a day bucket on a date-time', () => {
    expect(problemsOf({ kind: 'metric', id: 'rate', label, resource: 'members', where: { order_count_gte: 1 }, measure: { fn: 'share', where: { order_count_gte: 2 } } })).toEqual([]);
    expect(
      problemsOf({ kind: 'breakdown', id: 'days', label, resource: 'orders', groupBy: 'placed_at', bucket: 'day', measures: [{ id: 'n', label, fn: 'count' }], chart: 'line' }),
    ).toEqual([]);
  });

  it('refuses a share in a breakdown, and a share filter the list would refuse', () => {
    expect(
      problemsOf({ kind: 'breakdown', id: 'rate', label, resource: 'members', groupBy: 'status', measures: [{ id: 'r', label, fn: 'share', where: { order_count_gte: 2 } }], chart: 'bar' }),
    ).toEqual(['dashboard d, widget rate: a share is a metric of its own, not a breakdown measure']);
    const refused = problemsOf({ kind: 'metric', id: 'rate', label, resource: 'members', measure: { fn: 'share', where: { order_count_gte: 'many' } } });
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/^dashboard d, widget rate: share filter refused: order_count_gte/);
  });
});
