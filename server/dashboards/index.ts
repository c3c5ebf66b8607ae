/**
 * Every dashboard, one file each (vocabulary in server/engine/dashboard.ts). A role lands on the
 * first dashboard listed here that names it.
 */
import type { DashboardDefinition } from '../engine/dashboard.ts';
import admin from './admin.ts';
import customerService from './customer-service.ts';
import marketing from './marketing.ts';
import operations from './operations.ts';
import pr from './pr.ts';
import procurement from './procurement.ts';
import serviceLead from './service-lead.ts';

export const dashboards: readonly DashboardDefinition[] = [operations, marketing, pr, procurement, customerService, serviceLead, admin];
