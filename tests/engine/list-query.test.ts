import { describe, expect, it } from 'vitest';
import { ApiError } from '../../server/engine/errors.ts';
import { parseListQuery } from '../../server/engine/list-query.ts';
import products from '../../server/resources/products.ts';
import promotions from '../../server/resources/promotions.ts';

const parse = (raw: Record<string, string>, role: Parameters<typeof parseListQuery>[1] = 'operations') =>
  parseListQuery(products, role, raw, 'Asia/Shanghai');

function status(run: () => unknown): number {
  try {
    run();
    return 200;
  } catch (error) {
    if (error instanceof ApiError) return error.status;
    throw error;
  }
}

describe('parseListQuery', () => {
  it('reads sort, range and filters with their operators', () => {
    const query = parse({
      sort: '["price","DESC"]',
      range: '[25,49]',
      filter: JSON.stringify({ q: ' 手机 ', status: ['active', 'draft'], price_gte: 1000, stock_lt: '5', brand_like: 'hua', featured: false }),
    });
    expect(query.sort).toEqual({ field: 'price', order: 'DESC' });
    expect(query.range).toEqual([25, 49]);
    expect(query.search).toBe('手机');
    expect(query.filters).toEqual([
      { field: 'status', op: 'in', value: ['active', 'draft'] },
      { field: 'price', op: 'gte', value: 1000 },
      { field: 'stock', op: 'lt', value: 5 },
      { field: 'brand', op: 'like', value: 'hua' },
      { field: 'featured', op: 'eq', value: false },
    ]);
  });

  it('uses the definition default sort', () => {
    expect(parse({}).sort).toEqual(products.defaultSort);
  });

  it.each([
    ['an unknown filter field', { filter: '{"colour":"red"}' }],
    ['an unknown sort field', { sort: '["colour","ASC"]' }],
    ['malformed sort JSON', { sort: '["price",' }],
    ['malformed range JSON', { range: '[0,' }],
    ['malformed filter JSON', { filter: '{' }],
    ['a sort direction other than ASC/DESC', { sort: '["price","asc"]' }],
    ['a range that is not two integers', { range: '[0,"9"]' }],
    ['a range with start after end', { range: '[10,9]' }],
    ['a negative range start', { range: '[-1,9]' }],
    ['a page of more than 1000 rows', { range: '[0,1000]' }],
    ['more than 1000 ids', { filter: JSON.stringify({ id: Array.from({ length: 1001 }, (_, i) => i + 1) }) }],
    ['a filter value of the wrong type', { filter: '{"price_gte":"cheap"}' }],
    ['an enum filter outside the choices', { filter: '{"status":"sold_out"}' }],
  ])('refuses %s with 400', (_case, raw) => {
    expect(status(() => parse(raw))).toBe(400);
  });

  it('accepts a page of exactly 1000 rows and 1000 ids', () => {
    expect(status(() => parse({ range: '[0,999]' }))).toBe(200);
    expect(status(() => parse({ filter: JSON.stringify({ id: Array.from({ length: 1000 }, (_, i) => i + 1) }) }))).toBe(200);
  });

  it('refuses filters and sorts on fields the role cannot see, exactly as for unknown fields', () => {
    const hidden = (raw: Record<string, string>) => {
      try {
        parse(raw, 'marketing');
      } catch (error) {
        return { status: (error as ApiError).status, message: (error as ApiError).message.replace(/"\w+"/, '"F"') };
      }
    };
    expect(hidden({ filter: '{"cost_gte":0}' })).toEqual(hidden({ filter: '{"colour_gte":0}' }));
    expect(hidden({ filter: '{"cost_gte":0}' })?.status).toBe(400);
    expect(hidden({ sort: '["margin","ASC"]' })?.status).toBe(400);
    expect(status(() => parse({ filter: '{"cost_gte":0}' }, 'operations'))).toBe(200);
  });
});

describe('operators by field type', () => {
  it.each([
    ['_like on a number', { filter: '{"price_like":"99"}' }],
    ['_like on a boolean', { filter: '{"featured_like":"1"}' }],
    ['_gte on a boolean', { filter: '{"featured_gte":true}' }],
    ['an id beyond a 32-bit column', { filter: '{"catalog_id":9999999999}' }],
  ])('refuses %s with 400', (_case, raw) => {
    expect(status(() => parse(raw))).toBe(400);
  });

  it("reads a bare date on a date-time field as that whole business day of the shop's zone", () => {
    const filter = '{"starts_at_gte":"2026-05-03","starts_at_lte":"2026-05-03","starts_at_lt":"2026-05-03","starts_at_gt":"2026-05-03"}';
    const query = parseListQuery(promotions, 'operations', { filter }, 'Asia/Shanghai');
    // Shanghai's 3 May runs from 2 May 16:00 UTC to 3 May 16:00 UTC.
    expect(query.filters.map((f) => f.value)).toEqual([
      '2026-05-02T16:00:00.000Z',
      '2026-05-03T15:59:59.999Z',
      '2026-05-02T16:00:00.000Z',
      '2026-05-03T15:59:59.999Z',
    ]);
    const utc = parseListQuery(promotions, 'operations', { filter: '{"starts_at_gte":"2026-05-03"}' }, 'UTC');
    expect(utc.filters[0].value).toBe('2026-05-03T00:00:00.000Z');
  });

  it('reads a date-time filter without an offset as shop time, and keeps one with an offset', () => {
    const filter = '{"starts_at_gte":"2026-12-10T00:00","starts_at_lte":"2026-12-10T00:00:00+01:00"}';
    const query = parseListQuery(promotions, 'operations', { filter }, 'Asia/Shanghai');
    expect(query.filters.map((f) => f.value)).toEqual(['2026-12-09T16:00:00.000Z', '2026-12-09T23:00:00.000Z']);
    expect(status(() => parseListQuery(promotions, 'operations', { filter: '{"starts_at_gte":"2026-12-10T25:00"}' }, 'Asia/Shanghai'))).toBe(400);
  });
});
