/**
 * Reads a created or updated record back as stored, after every follow-up that may change it
 * (defaults, computed and derived fields), for the checks and the records that come after.
 */
import { loadFull } from '../reading.ts';
import type { WriteStep } from '../write-plan.ts';

export const reload: WriteStep = {
  name: 'reload',
  kinds: ['create', 'update'],
  async run(ctx, plan) {
    // In a batch the follow-ups run after its last write: the row the store wrote is the record.
    if (ctx.deferred) return;
    plan.result = await loadFull(ctx.trx, plan.def, plan.result!.id as number);
  },
};
