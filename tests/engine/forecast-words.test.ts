/**
 * The start-up checks of the forecast words: `forecastFrom` (sales forecasts from monthly sales)
 * and `requiredWith` (an override's reason), and `requiredWith` as validation judges it.
 */
import { describe, expect, it } from 'vitest';
import { definitionProblems } from '../../server/engine/registry.ts';
import { validateWrite } from '../../server/engine/validate.ts';
import { resources } from '../../server/resources/index.ts';
import salesForecasts from '../../server/resources/sales-forecasts.ts';
import { refusalOf } from '../helpers/refusal.ts';
import { english } from '../helpers/english.ts';

const byName = new Map(resources.map((def) => [def.name, def]));
const rule = salesForecasts.forecastFrom!;

describe('the forecastFrom word', () => {
  it('is accepted on sales_forecasts, reading units of monthly sales per product', () => {
    expect(definitionProblems(salesForecasts, byName)).toEqual([]);
  });

  it('refuses an unknown history, a series that is not the same reference on both, and fields people may write', () => {
    expect(definitionProblems({ ...salesForecasts, forecastFrom: { ...rule, resource: 'baskets' } }, byName)).toEqual(['sales_forecasts: forecastFrom reads unknown resource "baskets"']);
    expect(definitionProblems({ ...salesForecasts, forecastFrom: { ...rule, series: 'month' } }, byName)).toContain(
      'sales_forecasts: forecastFrom series "month" must be a reference to the same resource on both',
    );
    expect(definitionProblems({ ...salesForecasts, forecastFrom: { ...rule, value: 'revenue' } }, byName)).toContain('sales_forecasts: forecastFrom value "revenue" must be an integer of sales');
    expect(definitionProblems({ ...salesForecasts, forecastFrom: { ...rule, forecast: 'override_units' } }, byName)).toContain(
      'sales_forecasts: forecastFrom writes "override_units", which must be a stored readOnly integer',
    );
    expect(definitionProblems({ ...salesForecasts, uniqueTogether: [] }, byName)).toContain('sales_forecasts: forecastFrom: (product_id, month) must be one of its uniqueTogether sets');
  });
});

describe('the requiredWith word', () => {
  it('refuses a field that is not there, and a required or read-only reason', () => {
    const withReason = (extra: object) => ({ ...salesForecasts, fields: { ...salesForecasts.fields, override_reason: { ...salesForecasts.fields.override_reason, ...extra } } });
    expect(definitionProblems(withReason({ requiredWith: 'nothing' }), byName)).toEqual(['sales_forecasts.override_reason: requiredWith names unknown stored field "nothing"']);
    expect(definitionProblems(withReason({ required: true }), byName)).toEqual(['sales_forecasts.override_reason: requiredWith is for an optional field people write']);
  });

  it('asks for the reason whenever the record would keep an override without one', () => {
    const existing: Record<string, unknown> = { id: 1, kind: 'forecast', forecast_units: 10, override_units: null, override_reason: null };
    const write = (body: object, stored = existing) => () => validateWrite(salesForecasts, 'operations', { mode: 'update', body, existing: stored, timeZone: 'Asia/Shanghai' });
    expect(write({ override_units: 20 })).toThrow(expect.objectContaining({ status: 400 }));
    expect(english(refusalOf(write({ override_units: 20 })).errors)).toEqual({ override_reason: 'Required with Override units' });
    expect(write({ override_units: 20, override_reason: '直播' })()).toEqual({ override_units: 20, override_reason: '直播' });
    // Clearing the reason of a kept override is refused too; clearing both is fine.
    const overridden = { ...existing, override_units: 20, override_reason: '直播' };
    expect(write({ override_reason: '' }, overridden)).toThrow(expect.objectContaining({ status: 400 }));
    expect(write({ override_units: null, override_reason: null }, overridden)()).toEqual({ override_units: null, override_reason: null });
  });
});
