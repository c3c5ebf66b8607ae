/**
 * Forecasts follow their history (`forecastFrom`): after a write of a history row (a month of a
 * product's sales, by form, import, restore or bulk change), the forecasts of its series are
 * recomputed in the same transaction; in a batch, each series once after its last write. The
 * orders' roll-up, which writes sales rows outside the pipeline, calls the same refresh
 * (server/data/aggregates.ts).
 */
import { forecastsOf, refreshForecasts, seriesOf } from '../forecasts.ts';
import { afterWrites, type WriteStep } from '../write-plan.ts';

export const forecasts: WriteStep = {
  name: 'forecasts',
  kinds: ['create', 'update', 'delete', 'restore'],
  async run(ctx, plan) {
    const records = plan.kind === 'update' ? [plan.existing, plan.result!] : [plan.result!];
    for (const { rule } of forecastsOf(ctx.registry, plan.def)) {
      for (const id of seriesOf(rule, records)) {
        await afterWrites(ctx, `forecasts:${plan.def.name}:${id}`, () => refreshForecasts(ctx.trx, ctx.registry, plan.def, [{ [rule.series]: id }]));
      }
    }
  },
};
