/** The reorder arithmetic on its own: the basis months, the shortfall and packs, the inputs, who may ask. */
import { describe, expect, it } from 'vitest';
import type { Role } from '../../server/engine/definition.ts';
import { basisPeriod, mayUseReorderSuggestions, parseApplyRequest, parseSuggestionQuery, reorderListCode, shortfall } from '../../server/engine/reorder.ts';
import { resources } from '../../server/resources/index.ts';

const find = (name: string) => resources.find((def) => def.name === name);

describe('basisPeriod', () => {
  it('counts the full months before the current one: on 2026-11-27, August to October (92 days)', () => {
    expect(basisPeriod('2026-11-27', 3)).toEqual({
      from: '2026-08-01',
      to: '2026-11-01',
      months: ['2026-08', '2026-09', '2026-10'],
      days: 92,
    });
  });

  it('reaches back across a new year and counts February as it is', () => {
    expect(basisPeriod('2028-03-01', 2)).toMatchObject({ from: '2028-01-01', months: ['2028-01', '2028-02'], days: 60 });
  });
});

describe('shortfall', () => {
  it('suggests ceil(N × daily − stock) rounded up to packs of 10', () => {
    expect(shortfall(15, 920, 92, 30)).toEqual({ dailyAverage: 10, coverDays: 1.5, suggestedQuantity: 290 });
    expect(shortfall(0, 92, 92, 30)).toEqual({ dailyAverage: 1, coverDays: 0, suggestedQuantity: 30 });
    expect(shortfall(299, 920, 92, 30)?.suggestedQuantity).toBe(10); // one unit short is still a pack
  });

  it('suggests nothing when the stock covers N days exactly or more, or nothing sold', () => {
    expect(shortfall(300, 920, 92, 30)).toBeUndefined();
    expect(shortfall(0, 0, 92, 30)).toBeUndefined();
  });
});

describe('inputs', () => {
  it('defaults to 30 days over 3 months and refuses numbers out of range', () => {
    expect(parseSuggestionQuery({})).toEqual({ days: 30, basisMonths: 3 });
    expect(parseSuggestionQuery({ days: '365', basis_months: '12' })).toEqual({ days: 365, basisMonths: 12 });
    expect(() => parseSuggestionQuery({ days: '0' })).toThrow();
    expect(() => parseApplyRequest({ days: 30, items: [{ product_id: 1 }, { product_id: 1 }] })).toThrow();
  });

  it('makes codes the purchase list code pattern accepts', () => {
    const code = reorderListCode('2026-11-27', 12, 3);
    expect(code).toBe('RS-20261127-12-3');
    expect(code).toMatch(new RegExp(find('purchase_lists')!.fields.code.pattern!.regex));
  });
});

describe('mayUseReorderSuggestions', () => {
  it.each<[Role, boolean]>([
    ['admin', true],
    ['operations', true],
    ['procurement', true],
    ['marketing', false],
    ['pr', false],
    ['customer_service', false],
    ['service_lead', false],
  ])('%s: %s', (role, allowed) => {
    expect(mayUseReorderSuggestions(role, find)).toBe(allowed);
  });
});
