/**
 * `maxFrom`: a number's upper bound read from related records (an after-sales case's quantity:
 * what was bought less the earlier cases), judged on every write that stores the record again:
 * a create, an update (a status step too: the earlier cases may have changed meanwhile) and a
 * restore from the trash, whose case counts against what was bought once more. After the copies,
 * so the bound reads the record as it will be stored.
 */
import { checkMaxFrom } from '../max-from.ts';
import type { WriteStep } from '../write-plan.ts';

export const maxFrom: WriteStep = {
  name: 'max-from',
  kinds: ['create', 'update', 'restore'],
  run(ctx, plan) {
    return checkMaxFrom(ctx.trx, ctx.registry, plan.def, plan.values, plan.existing, ctx.ledger.records(plan.def.name));
  },
};
