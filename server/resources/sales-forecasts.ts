/**
 * Sales forecasts (销量预测): per product and month, the units the server forecasts for the 12
 * months after the product's last month of sales, and, for its last 3 known months, what a fit on
 * the months before them forecast beside what sold (the backtest). Computed from monthly `sales`
 * (hand-entered months and the orders' roll-up) by Holt-Winters (server/engine/forecast.ts) and
 * recomputed in the same transaction as any write of the product's sales (`forecastFrom`).
 * Operations may override a forecast month, with a reason; the override survives recomputes and
 * the reorder suggestions plan with it (`planned_units`).
 */
import { defineResource, type Action } from '../engine/definition.ts';
import { said } from '../engine/messages/message.ts';

/** Read, and change the fields a role may write: no one creates or deletes a forecast, the server does. */
const READ_AND_OVERRIDE: readonly Action[] = ['list', 'show', 'edit', 'export'];
const OVERRIDE_FIELDS = ['override_units', 'override_reason'];

export default defineResource({
  name: 'sales_forecasts',
  table: 'sales_forecasts',
  label: { en: 'Sales forecasts', zh: '销量预测' },
  labelSingular: { en: 'Sales forecast', zh: '销量预测' },
  department: 'operations',
  icon: 'Insights',
  fields: {
    product_id: {
      type: 'reference',
      reference: 'products',
      label: { en: 'Product', zh: '商品' },
      required: true,
      readOnly: true,
      // Forecasts mean nothing without their product: they go to the trash and come back with it.
      onDelete: 'cascade',
    },
    month: { type: 'date', label: { en: 'Month', zh: '月份' }, required: true, readOnly: true },
    kind: {
      type: 'enum',
      label: { en: 'Kind', zh: '类型' },
      readOnly: true,
      default: 'forecast',
      choices: [
        { id: 'forecast', label: { en: 'Forecast', zh: '预测' } },
        { id: 'backtest', label: { en: 'Backtest', zh: '回测' } },
      ],
    },
    forecast_units: { type: 'integer', label: { en: 'Forecast units', zh: '预测销量' }, readOnly: true, default: 0 },
    // Backtest months only: what sold, beside what the fit on the months before forecast.
    actual_units: { type: 'integer', label: { en: 'Units sold', zh: '实际销量' }, readOnly: true },
    override_units: {
      type: 'integer',
      label: { en: 'Override units', zh: '调整销量' },
      min: 0,
      max: 100_000_000,
      // A backtest month is a known month: there is nothing left to plan in it.
      check: (_value, record) => (record.kind === 'backtest' ? said({ en: 'Only forecast months can be overridden, not backtest months', zh: '只能调整预测月份，回测月份不能调整' }) : undefined),
    },
    override_reason: {
      type: 'text',
      label: { en: 'Override reason', zh: '调整原因' },
      maxLength: 500,
      multiline: true,
      requiredWith: 'override_units',
    },
    // What purchase planning uses: the override where operations set one, else the forecast.
    planned_units: {
      type: 'integer',
      label: { en: 'Planned units', zh: '计划销量' },
      computed: { from: ['forecast_units', 'override_units'], compute: (r) => (r.override_units ?? r.forecast_units ?? 0) as number },
    },
    method: {
      type: 'enum',
      label: { en: 'Method', zh: '预测方法' },
      readOnly: true,
      default: 'holt_winters',
      choices: [
        { id: 'holt_winters', label: { en: 'Holt-Winters (trend + yearly season)', zh: 'Holt-Winters（趋势 + 年度季节）' } },
        { id: 'seasonal_naive_drift', label: { en: 'Seasonal naive with drift (under 2 years)', zh: '季节朴素 + 漂移（不足两年）' } },
        { id: 'naive_drift', label: { en: 'Naive with drift (under 1 year)', zh: '朴素 + 漂移（不足一年）' } },
      ],
    },
    // The product's backtest: WAPE over its last 3 known months, the same on each of its rows.
    wape: { type: 'basis_points', label: { en: 'Backtest error (WAPE)', zh: '回测误差（WAPE）' }, readOnly: true },
  },
  uniqueTogether: [['product_id', 'month']],
  forecastFrom: {
    resource: 'sales',
    series: 'product_id',
    month: 'month',
    value: 'units',
    kind: 'kind',
    forecast: 'forecast_units',
    actual: 'actual_units',
    method: 'method',
    accuracy: 'wape',
  },
  recordRepresentation: 'month',
  // Each list column sorts, so each has an index: the method and the units sold stay on the record's page and chart.
  listColumns: ['product_id', 'month', 'kind', 'forecast_units', 'override_units', 'planned_units', 'wape'],
  filters: ['month', 'kind', 'override_units', 'wape'],
  search: [],
  defaultSort: { field: 'month', order: 'ASC' },
  listTabs: [
    { id: 'forecast', label: { en: 'Forecast', zh: '预测' }, filter: { kind: 'forecast' } },
    { id: 'backtest', label: { en: 'Backtest', zh: '回测' }, filter: { kind: 'backtest' } },
  ],
  access: {
    admin: { actions: READ_AND_OVERRIDE, writable: OVERRIDE_FIELDS },
    // Operations plan sales with procurement: they override a month, with the reason.
    operations: { actions: READ_AND_OVERRIDE, writable: OVERRIDE_FIELDS },
    procurement: { actions: ['list', 'show', 'export'] },
    marketing: { actions: ['list', 'show', 'export'] },
  },
});
