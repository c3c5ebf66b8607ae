/**
 * `GET /api/dashboards/:name?from=YYYY-MM-DD&to=YYYY-MM-DD` or `?period=today|last_7_days|
 * this_month|last_month` (in the shop's calendar): the widgets of a dashboard the
 * signed-in role lands on, each computed with that role's access rules. A dashboard the role
 * does not land on is answered like one that does not exist (404).
 */
import { Router } from 'express';
import type { Knex } from 'knex';
import { dashboardsFor } from '../engine/dashboard-access.ts';
import { resolvePeriod } from '../engine/dashboard-period.ts';
import { shopDate } from '../engine/shop-time.ts';
import type { DashboardDefinition } from '../engine/dashboard.ts';
import { notFound } from '../engine/errors.ts';
import type { Registry } from '../engine/registry.ts';
import { dashboardData } from '../data/dashboard-figures.ts';
import { msg } from '../engine/messages/message.ts';

export function dashboardRoutes(db: Knex, registry: Registry, dashboards: readonly DashboardDefinition[]): Router {
  const router = Router();
  router.get('/dashboards/:name', async (req, res) => {
    const user = res.locals.user!;
    const dashboard = dashboardsFor(dashboards, user.role).find((candidate) => candidate.name === req.params.name);
    if (!dashboard) throw notFound(msg('http.noSuchDashboard'));
    // One clock for the whole answer: the preset's dates, `today` in filters, age buckets.
    const now = new Date();
    const timeZone = res.locals.timeZone!;
    const period = resolvePeriod(req.query, shopDate(now, timeZone));
    res.json(await dashboardData({ db, registry, user, timeZone, clientAddress: req.ip }, dashboard, period, now));
  });
  return router;
}
