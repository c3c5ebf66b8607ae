/**
 * The `exclusive` word (a product in two overlapping promotions), judged after the write, when
 * the database holds the new state; a refusal (409) undoes the whole transaction.
 */
import type { Knex } from 'knex';
import { checkExclusiveAfterWrite } from '../exclusive.ts';
import type { WriteStep } from '../write-plan.ts';

export const exclusive: WriteStep = {
  name: 'exclusive',
  kinds: ['create', 'update', 'restore'],
  run(ctx, plan) {
    return checkExclusiveAfterWrite(ctx.trx as Knex.Transaction, ctx, plan.def, plan.result!, plan.kind === 'update' ? plan.existing : undefined);
  },
};
