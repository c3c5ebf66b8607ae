/** Dashboard definitions: the start-up checks, and which widgets each role is served. */
import { describe, expect, it } from 'vitest';
import { english } from '../helpers/english.ts';
import { dashboards } from '../../server/dashboards/index.ts';
import { parsePeriod, servesWidget, widgetFilter } from '../../server/engine/dashboard-access.ts';
import { dashboardsProblems } from '../../server/engine/dashboard-checks.ts';
import { dashboardSchemas } from '../../server/engine/dashboard-schema.ts';
import { defineDashboard, type DashboardDefinition, type Widget } from '../../server/engine/dashboard.ts';
import type { Role } from '../../server/engine/definition.ts';
import { ApiError } from '../../server/engine/errors.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { resources } from '../../server/resources/index.ts';

const registry = createRegistry(resources);
const label = { en: 'Figure', zh: '数字' };
const count = { fn: 'count' } as const;

function board(widgets: Widget[], roles: Role[] = ['admin']): DashboardDefinition {
  return defineDashboard({ name: 'test', label: { en: 'Test', zh: '测试' }, roles, widgets });
}

const problemsOf = (widget: Widget, roles?: Role[]) => dashboardsProblems([board([widget], roles)], registry);

describe('dashboard checks', () => {
  it('accept every shipped dashboard', () => {
    expect(dashboardsProblems(dashboards, registry)).toEqual([]);
  });

  it('refuse unknown resources and fields', () => {
    expect(problemsOf({ kind: 'metric', id: 'a', label, resource: 'invoices', measure: count })).toEqual([
      'dashboard test, widget a: unknown resource "invoices"',
    ]);
    expect(problemsOf({ kind: 'metric', id: 'a', label, resource: 'products', measure: { fn: 'sum', field: 'weight' } })).toEqual([
      'dashboard test, widget a: measure field "weight" is not a field',
    ]);
  });

  it('refuse measures that cannot be computed on the field’s type', () => {
    const sum = (field: string) => problemsOf({ kind: 'metric', id: 'a', label, resource: 'products', measure: { fn: 'sum', field } });
    expect(sum('name')).toEqual(['dashboard test, widget a: cannot sum "name", a string field']);
    expect(sum('margin')).toEqual(['dashboard test, widget a: cannot sum "margin", a basis_points field']);
    expect(sum('price')).toEqual([]);
    expect(problemsOf({ kind: 'metric', id: 'a', label, resource: 'products', measure: { fn: 'avg', field: 'launched_on' } })).toEqual([
      'dashboard test, widget a: cannot avg "launched_on", a date field',
    ]);
    expect(
      problemsOf({ kind: 'metric', id: 'a', label, resource: 'products', measure: { fn: 'ratio', numerator: 'stock', denominator: 'price', unit: 'money' } }),
    ).toEqual(['dashboard test, widget a: a money ratio needs a money numerator']);
  });

  it('refuse a filter the list endpoint would refuse, and relative values of the wrong kind', () => {
    const where = (filter: Widget['where']) => problemsOf({ kind: 'metric', id: 'a', label, resource: 'products', measure: count, where: filter });
    expect(where({ colour: 'red' })).toEqual(['dashboard test, widget a: filter refused: colour: Not a filter of this list']);
    expect(where({ stock_gte: { today: 0 } })).toEqual(['dashboard test, widget a: filter refused: stock_gte: Must be a whole number in range']);
    expect(where({ status: 'sold' })).toEqual(['dashboard test, widget a: filter refused: status: Must be one of the choices']);
    expect(where({ launched_on_gte: { today: -30 }, status: ['active', 'draft'] })).toEqual([]);
  });

  it('refuse groups and buckets that do not fit the field', () => {
    const group = (groupBy: string, bucket?: Extract<Widget, { kind: 'breakdown' }>['bucket']) =>
      problemsOf({ kind: 'breakdown', id: 'a', label, resource: 'products', groupBy, bucket, measures: [{ id: 'n', label, ...count }], chart: 'bar' });
    expect(group('description')).toEqual(['dashboard test, widget a: cannot group by a richtext field']);
    expect(group('launched_on')).toEqual(['dashboard test, widget a: a date or date-time group needs a bucket, and only they take one']);
    expect(group('launched_on', { ageDays: [1, 7] })).toEqual(['dashboard test, widget a: age buckets need a date-time field']);
    expect(group('updated_at', { ageDays: [7, 3] })).toContain('dashboard test, widget a: age limits must be increasing whole days above 0');
    expect(group('status', 'month')).toEqual(['dashboard test, widget a: a date or date-time group needs a bucket, and only they take one']);
    expect(group('launched_on', 'month')).toEqual([]);
    // Which way is better only means something against a previous period.
    expect(problemsOf({ kind: 'metric', id: 'a', label, resource: 'products', measure: count, better: 'lower' })).toEqual([
      'dashboard test, widget a: "better" compares periods: it needs a period',
    ]);
    expect(problemsOf({ kind: 'metric', id: 'a', label, resource: 'products', measure: count, period: 'launched_on', better: 'lower' })).toEqual([]);
    // A group opens the list of its rows, so the list must take a filter on the group field.
    expect(group('name')).toEqual(['dashboard test, widget a: group field "name" is not a filter of the list']);
  });

  it('refuse a ranking by an unknown measure, an unsortable records list and repeated ids', () => {
    expect(
      problemsOf({ kind: 'breakdown', id: 'a', label, resource: 'products', groupBy: 'status', measures: [{ id: 'n', label, ...count }], sort: { measure: 'm', order: 'DESC' }, chart: 'bar' }),
    ).toEqual(['dashboard test, widget a: sort names unknown measure "m"']);
    expect(problemsOf({ kind: 'records', id: 'a', label, resource: 'products', columns: ['name'], sort: { field: 'brand', order: 'ASC' }, limit: 5 })).toEqual([
      'dashboard test, widget a: the list cannot be sorted by "brand"',
    ]);
    const metric: Widget = { kind: 'metric', id: 'same', label, resource: 'products', measure: count };
    expect(dashboardsProblems([board([metric, metric])], registry)).toEqual(['dashboard test, widget same: id is used twice']);
  });

  it('refuse a widget that none of the dashboard’s roles may see', () => {
    const cost: Widget = { kind: 'metric', id: 'cost', label, resource: 'products', measure: { fn: 'sum', field: 'cost' } };
    expect(problemsOf(cost, ['customer_service', 'marketing'])).toEqual([
      'dashboard test, widget cost: none of the roles customer_service, marketing may see every field it uses',
    ]);
    expect(problemsOf(cost, ['customer_service', 'procurement'])).toEqual([]);
  });
});

describe('widgets served to a role', () => {
  const find = registry.find;
  const measuringCost: Widget = { kind: 'metric', id: 'cost', label, resource: 'products', measure: { fn: 'avg', field: 'cost' } };
  const filteringOnCost: Widget = { kind: 'metric', id: 'cheap', label, resource: 'products', measure: count, where: { cost_lte: 1000 } };
  const sortedByMargin: Widget = { kind: 'records', id: 'best', label, resource: 'products', columns: ['name'], sort: { field: 'margin', order: 'DESC' }, limit: 5 };
  const ratioOverCost: Widget = { kind: 'metric', id: 'markup', label, resource: 'products', measure: { fn: 'ratio', numerator: 'price', denominator: 'cost' } };

  it.each([measuringCost, filteringOnCost, sortedByMargin, ratioOverCost])('leave out $id for roles that cannot see cost or margin', (widget) => {
    for (const role of ['marketing', 'pr', 'customer_service'] as const) expect(servesWidget(widget, role, find), role).toBe(false);
    for (const role of ['admin', 'operations'] as const) expect(servesWidget(widget, role, find), role).toBe(true);
  });

  it('leave out a countPer for roles that may not list the other resource, and judge its shape at start-up', () => {
    const per = { resource: 'media_partner_stats', field: 'visits', groupBy: 'media_partner_id', period: 'month' };
    const conversion: Widget = {
      kind: 'breakdown', id: 'conversion', label, resource: 'orders', groupBy: 'media_partner_id', period: 'placed_at', chart: 'table',
      measures: [{ id: 'orders', label, ...count }, { id: 'rate', label, fn: 'countPer', per }],
    };
    expect(servesWidget(conversion, 'marketing', find)).toBe(true);
    // Operations reads orders, not the media figures the rate divides by.
    expect(servesWidget(conversion, 'operations', find)).toBe(false);
    expect(problemsOf(conversion, ['marketing'])).toEqual([]);
    const broken = (change: Partial<typeof per>, extra: Partial<Widget> = {}) =>
      problemsOf({ ...conversion, ...extra, measures: [{ id: 'rate', label, fn: 'countPer', per: { ...per, ...change } }] } as Widget, ['marketing']).join('; ');
    expect(broken({ field: 'month' })).toMatch(/countPer cannot sum "month"/);
    expect(broken({ groupBy: 'month' })).toMatch(/countPer needs a resource whose "month" refers to what "media_partner_id" does/);
    expect(broken({}, { groupBy: 'status' } as Partial<Widget>)).toMatch(/countPer is a measure of a breakdown by a reference/);
    expect(broken({}, { sort: { measure: 'rate', order: 'DESC' } } as Partial<Widget>)).toMatch(/cannot be sorted by a countPer/);
  });

  it('leave out widgets over a resource the role may not list', () => {
    const suppliers: Widget = { kind: 'metric', id: 'suppliers', label, resource: 'suppliers', measure: count };
    expect(servesWidget(suppliers, 'marketing', find)).toBe(false);
    expect(servesWidget(suppliers, 'procurement', find)).toBe(true);
  });

  it('give the schema only the served widgets, and records columns without hidden fields', () => {
    const records: Widget = { kind: 'records', id: 'list', label, resource: 'products', columns: ['name', 'cost', 'price'], sort: { field: 'price', order: 'ASC' }, limit: 5 };
    const dashboard = board([measuringCost, records], ['marketing', 'operations']);
    const [marketing] = dashboardSchemas([dashboard], 'marketing', find);
    expect(marketing.widgets).toEqual([{ id: 'list', kind: 'records', label, resource: 'products', columns: ['name', 'price'] }]);
    const [operations] = dashboardSchemas([dashboard], 'operations', find);
    expect(operations.widgets.map((widget) => widget.id)).toEqual(['cost', 'list']);
    expect(operations.widgets[0]).toMatchObject({ kind: 'metric', unit: 'money' });
    expect(dashboardSchemas([dashboard], 'pr', find)).toEqual([]);
  });

  it('send no shipped widget that touches cost or margin to the roles that cannot see them', () => {
    for (const role of ['marketing', 'pr', 'customer_service'] as const) {
      const text = JSON.stringify(dashboardSchemas(dashboards, role, find));
      expect(text, role).not.toMatch(/"(cost|margin)"/);
    }
  });
});

describe('widget filters', () => {
  const widget: Widget = {
    kind: 'records',
    id: 'mine',
    label,
    resource: 'purchase_lists',
    where: { created_by: { user: 'id' }, needed_by_gte: { today: 0 }, needed_by_lte: { today: 7 }, status: ['draft'] },
    period: 'needed_by',
    columns: ['code'],
    sort: { field: 'id', order: 'DESC' },
    limit: 5,
  };

  it('resolve today (the business day given) and the signed-in user, and apply the period', () => {
    expect(widgetFilter(widget, 42, '2026-11-27')).toEqual({ created_by: 42, needed_by_gte: '2026-11-27', needed_by_lte: '2026-12-04', status: ['draft'] });
    expect(widgetFilter(widget, 42, '2026-11-27', { from: '2026-01-01', to: '2026-12-31' })).toMatchObject({ needed_by_gte: '2026-01-01', needed_by_lte: '2026-12-31' });
  });

  it('read from and to as dates, from not after to', () => {
    expect(parsePeriod({ from: '2026-01-01', to: '2026-01-31' })).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(parsePeriod({})).toEqual({});
    const errorsOf = (query: Record<string, unknown>) => {
      try {
        parsePeriod(query);
      } catch (error) {
        return english((error as ApiError).errors);
      }
    };
    expect(errorsOf({ from: 'yesterday', to: ['2026-01-01', '2026-01-02'] })).toEqual({ from: 'Must be a date (YYYY-MM-DD)', to: 'Must be a date (YYYY-MM-DD)' });
    expect(errorsOf({ from: '2026-02-01', to: '2026-01-01' })).toEqual({ to: 'Must not be before the start of the period' });
  });
});
