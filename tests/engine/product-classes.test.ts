/**
 * The growth-share rule (pure), the `derivedFrom` word's start-up checks, and the `scatter`
 * dashboard widget's checks, schema and access.
 */
import { describe, expect, it } from 'vitest';
import { servesWidget } from '../../server/engine/dashboard-access.ts';
import { dashboardsProblems } from '../../server/engine/dashboard-checks.ts';
import { dashboardSchemas } from '../../server/engine/dashboard-schema.ts';
import { defineDashboard, type ScatterWidget } from '../../server/engine/dashboard.ts';
import { definitionProblems, createRegistry } from '../../server/engine/registry.ts';
import { classify, HIGH_GROWTH_BASIS_POINTS, HIGH_SHARE_BASIS_POINTS, productClasses } from '../../server/resources/product-classes.ts';
import products from '../../server/resources/products.ts';
import { resources } from '../../server/resources/index.ts';

type Row = Record<string, unknown>;

/** Monthly rows for one product: `units` per month from `first` for `count` months, `revenue` each. */
function months(productId: number, first: [number, number], count: number, units: (i: number) => number, revenue = 1000): Row[] {
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(first[0], first[1] - 1 + i, 1)).toISOString().slice(0, 10);
    return { product_id: productId, month: date, units: units(i), revenue };
  });
}

describe('the growth-share rule', () => {
  it('draws its lines at 10% growth and half the leader', () => {
    expect([HIGH_GROWTH_BASIS_POINTS, HIGH_SHARE_BASIS_POINTS]).toEqual([1000, 5000]);
    expect(classify(1000, 5000, true)).toBe('star');
    expect(classify(999, 5000, true)).toBe('cash_cow');
    expect(classify(1000, 4999, true)).toBe('question_mark');
    expect(classify(999, 4999, true)).toBe('dog');
  });

  it('compares the last 3 months with the same months a year before, and 12 months of revenue with the leader', () => {
    // 15 months 2025-08 .. 2026-10: base 2025-08..10, recent 2026-08..10.
    const sales = [
      ...months(1, [2025, 8], 15, (i) => (i >= 12 ? 12 : 10), 2000), // +20%, leader
      ...months(2, [2025, 8], 15, (i) => (i >= 12 ? 9 : 10), 1500), // -10%, 75% of the leader
      ...months(3, [2025, 8], 15, (i) => (i >= 12 ? 30 : 10), 100), // +200%, 5%
      ...months(4, [2025, 8], 15, () => 10, 100), // flat, 5%
    ];
    const classes = productClasses([{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }], sales);
    expect(classes.get(1)).toEqual({ sales_growth: 2000, relative_share: 10000, bcg_class: 'star' });
    expect(classes.get(2)).toEqual({ sales_growth: -1000, relative_share: 7500, bcg_class: 'cash_cow' });
    expect(classes.get(3)).toEqual({ sales_growth: 20000, relative_share: 500, bcg_class: 'question_mark' });
    expect(classes.get(4)).toEqual({ sales_growth: 0, relative_share: 500, bcg_class: 'dog' });
  });

  it('ignores months older than 15 before the latest one, and counts only 12 months of revenue', () => {
    const sales = [...months(1, [2024, 1], 34, () => 10, 1000), ...months(2, [2025, 8], 15, () => 10, 1000), { product_id: 2, month: '2024-01-01', units: 999, revenue: 99_999 }];
    const classes = productClasses([{ id: 1 }, { id: 2 }], sales);
    expect(classes.get(1)).toEqual({ sales_growth: 0, relative_share: 10000, bcg_class: 'cash_cow' });
    expect(classes.get(2)).toEqual({ sales_growth: 0, relative_share: 10000, bcg_class: 'cash_cow' });
  });

  it('counts a newcomer selling now as growing (no base year: growth null), and one that sells nothing as not', () => {
    const sales = [
      ...months(1, [2025, 8], 15, () => 10, 1000),
      ...months(2, [2026, 6], 5, () => 5, 100), // launched in June 2026
      ...months(3, [2025, 11], 7, () => 5, 100), // sold from 2025-11 to 2026-05, nothing since
    ];
    const classes = productClasses([{ id: 1 }, { id: 2 }, { id: 3 }], sales);
    expect(classes.get(2)).toEqual({ sales_growth: null, relative_share: 417, bcg_class: 'question_mark' });
    expect(classes.get(3)).toEqual({ sales_growth: null, relative_share: 583, bcg_class: 'dog' });
  });

  it('does not judge a product without sales, nor anyone in a catalog that sold nothing', () => {
    expect(productClasses([{ id: 1 }], []).get(1)).toEqual({ sales_growth: null, relative_share: null, bcg_class: null });
    const zeros = months(1, [2025, 8], 15, () => 0, 0);
    expect(productClasses([{ id: 1 }], zeros).get(1)).toEqual({ sales_growth: null, relative_share: null, bcg_class: null });
  });

  it('keeps a huge growth within a basis-points column', () => {
    // Three units in the base months, 300 million in the last three.
    const sales = months(1, [2025, 8], 15, (i) => (i >= 12 ? 100_000_000 : i >= 3 ? 0 : 1), 10);
    expect(productClasses([{ id: 1 }], sales).get(1)!.sales_growth).toBe(2 ** 31 - 1);
  });
});

describe('the derivedFrom word', () => {
  const byName = new Map(resources.map((def) => [def.name, def]));

  it('is accepted on products, over sales grouped by catalog', () => {
    expect(definitionProblems(products, byName)).toEqual([]);
  });

  it('refuses a child that does not point here, an unknown group and fields that are not read-only', () => {
    const broken = {
      ...products,
      derivedFrom: { ...products.derivedFrom!, resource: 'media_partner_stats', groupBy: 'aisle', fields: ['price', 'ghost'] },
    };
    expect(definitionProblems(broken, byName)).toEqual([
      'products: derivedFrom media_partner_stats.product_id does not reference it',
      'products: derivedFrom groups by unknown field "aisle"',
      'products: derivedFrom field "price" must be a stored readOnly field no other word computes',
      'products: derivedFrom field "ghost" must be a stored readOnly field no other word computes',
    ]);
  });
});

describe('the scatter widget', () => {
  const registry = createRegistry(resources);
  const label = { en: 'Matrix', zh: '矩阵' };
  const scatter = (over: Partial<ScatterWidget> = {}): ScatterWidget => ({
    kind: 'scatter',
    id: 'matrix',
    label,
    resource: 'products',
    x: 'relative_share',
    y: 'sales_growth',
    labelField: 'name',
    colorBy: 'bcg_class',
    lines: { x: 5000, y: 1000 },
    limit: 100,
    ...over,
  });
  const problems = (widget: ScatterWidget) => dashboardsProblems([defineDashboard({ name: 'm', label, roles: ['operations'], widgets: [widget] })], registry);

  it('needs number axes, a readable label, an enum colour, whole-number lines and a limit', () => {
    expect(problems(scatter())).toEqual([]);
    expect(problems(scatter({ x: 'name', colorBy: 'stock', lines: { x: 0.5 }, limit: 501 }))).toEqual([
      'dashboard m, widget matrix: axis field "name" is not a number field',
      'dashboard m, widget matrix: colour field "stock" is not an enum',
      'dashboard m, widget matrix: lines must be whole numbers',
      'dashboard m, widget matrix: limit must be 1 to 500',
    ]);
  });

  it('is served only to roles that may query all four fields', () => {
    expect(servesWidget(scatter(), 'marketing', registry.find)).toBe(true);
    expect(servesWidget(scatter({ y: 'margin' }), 'marketing', registry.find)).toBe(false);
    expect(servesWidget(scatter({ labelField: 'cost' }), 'pr', registry.find)).toBe(false);
    expect(servesWidget(scatter(), 'operations', registry.find)).toBe(true);
  });

  it('tells the client the axes, their units, the lines and the colours', () => {
    const [schema] = dashboardSchemas([defineDashboard({ name: 'm', label, roles: ['operations'], widgets: [scatter()] })], 'operations', registry.find);
    expect(schema.widgets[0]).toMatchObject({
      kind: 'scatter',
      x: { field: 'relative_share', unit: 'basis_points' },
      y: { field: 'sales_growth', unit: 'basis_points' },
      lines: { x: 5000, y: 1000 },
      colorBy: { field: 'bcg_class', choices: [{ id: 'star' }, { id: 'cash_cow' }, { id: 'question_mark' }, { id: 'dog' }] },
    });
  });
});
