/**
 * Small builders for dashboard widgets, so a dashboard file reads as a list of widgets:
 *
 *   metric('reach', ['Total reach', '总覆盖人数'], 'press_clippings', sum('reach'), { period: 'published_on' }),
 *   breakdown('by_sentiment', ['Clippings by sentiment', '报道倾向'], 'press_clippings', {
 *     groupBy: 'sentiment', measures: [measure('clippings', ['Clippings', '报道数'], count)], chart: 'pie' }),
 *
 * Each builds exactly the plain object of server/engine/dashboard.ts (whose comments say what
 * every word means); the registry's dashboard checks judge the result as before.
 */
import type { BreakdownWidget, Measure, MetricWidget, NamedMeasure, RecordsWidget, ScatterWidget } from './dashboard.ts';
import type { Label } from './definition.ts';

/** A label as `{ en, zh }`, or as the pair [English, Chinese]. */
export type Title = Label | readonly [en: string, zh: string];

const labelOf = (title: Title): Label => (Array.isArray(title) ? { en: title[0], zh: title[1] } : (title as Label));

/** What follows the id, label and resource of a widget of kind W. */
type Words<W> = Omit<W, 'kind' | 'id' | 'label' | 'resource'>;

export const count: Measure = { fn: 'count' };
export const sum = (field: string): Measure => ({ fn: 'sum', field });
export const avg = (field: string): Measure => ({ fn: 'avg', field });
export const min = (field: string): Measure => ({ fn: 'min', field });
export const max = (field: string): Measure => ({ fn: 'max', field });
/** sum(numerator) / sum(denominator): basis points, or with `unit: 'money'` fen per unit. */
export const ratio = (numerator: string, denominator: string, unit?: 'basis_points' | 'money'): Measure =>
  unit ? { fn: 'ratio', numerator, denominator, unit } : { fn: 'ratio', numerator, denominator };

/** A measure of a breakdown, with the id and label its column or series shows. */
export const measure = (id: string, title: Title, what: Measure): NamedMeasure => ({ id, label: labelOf(title), ...what });

export const metric = (id: string, title: Title, resource: string, what: Measure, words: Omit<Words<MetricWidget>, 'measure'> = {}): MetricWidget => ({
  kind: 'metric',
  id,
  label: labelOf(title),
  resource,
  measure: what,
  ...words,
});

export const breakdown = (id: string, title: Title, resource: string, words: Words<BreakdownWidget>): BreakdownWidget => ({
  kind: 'breakdown',
  id,
  label: labelOf(title),
  resource,
  ...words,
});

export const records = (id: string, title: Title, resource: string, words: Words<RecordsWidget>): RecordsWidget => ({
  kind: 'records',
  id,
  label: labelOf(title),
  resource,
  ...words,
});

export const scatter = (id: string, title: Title, resource: string, words: Words<ScatterWidget>): ScatterWidget => ({
  kind: 'scatter',
  id,
  label: labelOf(title),
  resource,
  ...words,
});
