/**
 * The record's history: a row in its change log (`changeLog`, with the reason from the request)
 * and the audit entry, last, so both tell the state the write left.
 */
import type { Knex } from 'knex';
import { notesAsChanges } from '../../engine/request-only.ts';
import { diffRecords } from '../audit.ts';
import { recordChangeLog } from '../change-log.ts';
import { audit } from '../write-checks.ts';
import type { WriteStep } from '../write-plan.ts';

export const history: WriteStep = {
  name: 'history',
  kinds: ['create', 'update', 'delete', 'restore'],
  async run(ctx, plan) {
    const trx = ctx.trx as Knex.Transaction;
    const { def, existing, notes } = plan;
    const after = plan.result!;
    if (plan.kind === 'delete' || plan.kind === 'restore') return audit(trx, ctx, def, plan.kind, after);
    const before = plan.kind === 'create' ? {} : existing;
    await recordChangeLog(trx, ctx, def, [{ before, after, notes }]);
    await audit(trx, ctx, def, plan.kind, after, { ...diffRecords(def, before, after, plan.secrets.written), ...notesAsChanges(def, notes) });
  },
};
