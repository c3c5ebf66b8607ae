/**
 * The `forecastFrom` word: rows of a resource that the server forecasts, per series and month,
 * from another resource's monthly rows (sales forecasts per product from monthly sales), with
 * the method of server/engine/forecast.ts. Each series has a `forecast` row for each of the 12
 * months after its last known month and a `backtest` row for each of its last 3 known months
 * (what a fit on the months before them forecast, beside what sold). They follow the history:
 * every write of a history row (a form, an import, the order roll-up) recomputes its series in
 * the same transaction (server/data/forecasts.ts). The server writes only the fields named here,
 * so the other fields of a row (an override and its reason) survive every recompute.
 *
 *   forecastFrom: {
 *     resource: 'sales', series: 'product_id', month: 'month', value: 'units',
 *     kind: 'kind', forecast: 'forecast_units', actual: 'actual_units', method: 'method', accuracy: 'wape',
 *   }
 *
 * Pure: the vocabulary and its start-up checks.
 */
import type { FieldDefinition, FieldType, ResourceDefinition } from './definition.ts';
import type { ForecastMethod } from './forecast.ts';

export const FORECAST_KINDS = ['forecast', 'backtest'] as const;
export const FORECAST_METHODS: readonly ForecastMethod[] = ['holt_winters', 'seasonal_naive_drift', 'naive_drift'];

/** What is wrong with a definition's `forecastFrom`, as the registry reports problems. */
export function forecastFromProblems(def: ResourceDefinition, byName: ReadonlyMap<string, ResourceDefinition>): string[] {
  const rule = def.forecastFrom;
  if (!rule) return [];
  const at = `${def.name}: forecastFrom`;
  const source = byName.get(rule.resource);
  if (!source) return [`${at} reads unknown resource "${rule.resource}"`];
  const problems: string[] = [];
  const own = (name: string): FieldDefinition | undefined => (Object.hasOwn(def.fields, name) ? def.fields[name] : undefined);
  const theirs = (name: string): FieldDefinition | undefined => (Object.hasOwn(source.fields, name) ? source.fields[name] : undefined);
  const series = [own(rule.series), theirs(rule.series)];
  if (series.some((field) => field?.type !== 'reference') || series[0]!.reference !== series[1]!.reference) {
    problems.push(`${at} series "${rule.series}" must be a reference to the same resource on both`);
  }
  if (own(rule.month)?.type !== 'date' || theirs(rule.month)?.type !== 'date') problems.push(`${at} month "${rule.month}" must be a date on both`);
  if (theirs(rule.value)?.type !== 'integer') problems.push(`${at} value "${rule.value}" must be an integer of ${source.name}`);
  const written: [name: string, type: FieldType, choices?: readonly string[]][] = [
    [rule.kind, 'enum', FORECAST_KINDS],
    [rule.forecast, 'integer'],
    [rule.actual, 'integer'],
    [rule.method, 'enum', FORECAST_METHODS],
    [rule.accuracy, 'basis_points'],
  ];
  for (const [name, type, choices] of written) {
    const field = own(name);
    if (field?.type !== type || !field.readOnly || field.computed) problems.push(`${at} writes "${name}", which must be a stored readOnly ${type}`);
    else if (choices && choices.some((id) => !field.choices?.some((choice) => choice.id === id))) problems.push(`${at} "${name}" needs the choices ${choices.join(', ')}`);
  }
  const unique = (def.uniqueTogether ?? []).some((set) => [...set].sort().join(',') === [rule.series, rule.month].sort().join(','));
  if (!unique) problems.push(`${at}: (${rule.series}, ${rule.month}) must be one of its uniqueTogether sets`);
  return problems;
}
