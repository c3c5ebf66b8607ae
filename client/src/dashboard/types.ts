/** The dashboard types the server sends (type-only imports: nothing from server/ is bundled). */
export type { DashboardSchema, MeasureSchema, WidgetSchema } from '../../../server/engine/dashboard-schema.ts';
export type { MeasureUnit } from '../../../server/engine/dashboard.ts';
export type { GroupRow, ScatterPoint, WidgetData } from '../../../server/data/dashboard-figures.ts';

/** The optional period of GET /api/dashboards/:name, each YYYY-MM-DD or empty. */
export interface PeriodValue {
  from: string;
  to: string;
}

export type BreakdownSchema = Extract<import('../../../server/engine/dashboard-schema.ts').WidgetSchema, { kind: 'breakdown' }>;

export type ScatterSchema = Extract<import('../../../server/engine/dashboard-schema.ts').WidgetSchema, { kind: 'scatter' }>;

/** Charts and their placeholders share one height, so nothing jumps as a chart loads. */
export const CHART_HEIGHT = 260;
