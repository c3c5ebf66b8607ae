/** Filters more than one dashboard uses (measures are built with server/engine/dashboard-widgets.ts). */
import type { DashboardWhere } from '../engine/dashboard.ts';

/** On sale with 30 or fewer in stock: time to reorder. */
export const LOW_STOCK: DashboardWhere = { status: 'active', stock_lte: 30 };

/** Purchase lists on their way: past the draft, not yet received nor cancelled. */
export const OPEN_PURCHASE = ['submitted', 'approved', 'ordered'] as const;
