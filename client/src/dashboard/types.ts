/** The dashboard types the server sends (type-only imports: nothing from server/ is bundled). */
export type { DashboardSchema, MeasureSchema, WidgetSchema } from '../../../server/engine/dashboard-schema.ts';
export type { MeasureUnit } from '../../../server/engine/dashboard.ts';
export type { DashboardData, GroupRow, PreviousValue, ScatterPoint, WidgetData } from '../../../server/engine/dashboard-data.ts';
export type { ResolvedPeriod } from '../../../server/engine/dashboard-period.ts';

/** The period presets the server resolves in the shop's calendar (server/engine/dashboard-period.ts). */
export const PRESETS = ['today', 'last_7_days', 'this_month', 'last_month'] as const;

/**
 * The period asked of GET /api/dashboards/:name: a preset, `custom` with from/to (each
 * YYYY-MM-DD or empty), or '' for all time.
 */
export interface PeriodValue {
  preset: '' | (typeof PRESETS)[number] | 'custom';
  from: string;
  to: string;
}

export type BreakdownSchema = Extract<import('../../../server/engine/dashboard-schema.ts').WidgetSchema, { kind: 'breakdown' }>;

export type ScatterSchema = Extract<import('../../../server/engine/dashboard-schema.ts').WidgetSchema, { kind: 'scatter' }>;

/** Charts and their placeholders share one height, so nothing jumps as a chart loads. */
export const CHART_HEIGHT = 260;
