/** The reorder arithmetic on its own: the basis months, the shortfall and packs, the inputs, who may ask. */
import { describe, expect, it } from 'vitest';
import type { Role } from '../../server/engine/definition.ts';
import {
  coverWindow,
  forecastDemand,
  forecastShortfall,
  mayUseReorderSuggestions,
  MONTH_DAYS_DENOMINATOR,
  parseApplyRequest,
  parseSuggestionQuery,
  reorderListCode,
  shortfall,
} from '../../server/engine/reorder.ts';
import { resources } from '../../server/resources/index.ts';

const find = (name: string) => resources.find((def) => def.name === name);

describe('coverWindow and forecastDemand', () => {
  it('counts N days from today and the days each month holds', () => {
    expect(coverWindow('2026-11-27', 30)).toEqual({
      from: '2026-11-27',
      to: '2026-12-26',
      days: 30,
      months: [
        { month: '2026-11-01', days: 4 },
        { month: '2026-12-01', days: 26 },
      ],
    });
  });

  it('takes each day at its month\'s planned pace, exactly: 300 in November (10 a day) and 620 in December (20 a day)', () => {
    const planned = new Map([
      ['2026-11-01', 300],
      ['2026-12-01', 620],
    ]);
    const demand = forecastDemand(coverWindow('2026-11-27', 30), planned)!;
    expect(demand.months).toEqual(['2026-11-01', '2026-12-01']);
    expect(demand.scaled / MONTH_DAYS_DENOMINATOR).toBe(4 * 10 + 26 * 20);
    // 15 in stock: 560 − 15 = 545 short, so 550.
    expect(forecastShortfall(15, demand, 30)).toEqual({ dailyAverage: 18.67, coverDays: 0.8, suggestedQuantity: 550 });
  });

  it('uses the first forecast month for days before it and the last for days after it', () => {
    const planned = new Map([['2026-12-01', 310]]);
    const demand = forecastDemand(coverWindow('2026-11-29', 40), planned)!;
    expect(demand.months).toEqual(['2026-12-01']);
    expect(demand.scaled / MONTH_DAYS_DENOMINATOR).toBe(400);
    expect(forecastDemand(coverWindow('2026-11-29', 40), new Map())).toBeUndefined();
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
  it('defaults to 30 days and refuses numbers out of range', () => {
    expect(parseSuggestionQuery({})).toEqual({ days: 30 });
    expect(parseSuggestionQuery({ days: '365' })).toEqual({ days: 365 });
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
