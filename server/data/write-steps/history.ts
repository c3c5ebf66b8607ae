/**
 * The record's history: a row in its change log (`changeLog`, with the reason from the request)
 * and the audit entry, last, so both tell the state the write left (a batch's, together after it).
 */
import type { Knex } from 'knex';
import { notesAsChanges } from '../../engine/request-only.ts';
import { diffRecords, recordAudits, type AuditEntry } from '../audit.ts';
import { recordChangeLog } from '../change-log.ts';
import { inBatches, type WriteStep } from '../write-plan.ts';

export const history: WriteStep = {
  name: 'history',
  kinds: ['create', 'update', 'delete', 'restore'],
  async run(ctx, plan) {
    const trx = ctx.trx as Knex.Transaction;
    const { def, existing, notes, kind } = plan;
    const after = plan.result!;
    const entry: AuditEntry = { action: kind, user: ctx.user, resource: def.name, recordId: after.id as number, recordVersion: after.version as number, clientAddress: ctx.clientAddress };
    if (kind === 'create' || kind === 'update') {
      const before = kind === 'create' ? {} : existing;
      await inBatches(ctx, `change-log:${def.name}`, { before, after, notes }, (changes) => recordChangeLog(trx, ctx, def, changes));
      entry.changes = { ...diffRecords(def, before, after, plan.secrets.written), ...notesAsChanges(def, notes) };
    }
    // A batch's entries go in together, after its last write.
    await inBatches(ctx, 'audit', entry, (entries) => recordAudits(trx, entries));
  },
};
