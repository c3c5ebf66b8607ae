/**
 * What a change does elsewhere: entering a workflow state (`onEnter`: a received list adds its
 * quantities to stock), moving the parent (`movesParent`: a new shipment ships its order, as the
 * server's own update of the order through the pipeline) and ending a user's sessions when their
 * account changes (`sessionsEndOnChange`; a trashed user is signed out everywhere).
 */
import type { Knex } from 'knex';
import { endSessionsOfUser } from '../sessions.ts';
import { applyStateEffects } from '../workflow-effects.ts';
import { moveParents } from '../moves-parent.ts';
import type { WriteStep } from '../write-plan.ts';

export const effects: WriteStep = {
  name: 'effects',
  kinds: ['create', 'update', 'delete'],
  async run(ctx, plan) {
    const trx = ctx.trx as Knex.Transaction;
    const { def, existing } = plan;
    const id = existing.id as number;
    if (plan.kind === 'delete') {
      if (def.sessionsEndOnChange) await endSessionsOfUser(trx, id);
      return;
    }
    if (plan.kind === 'update') await applyStateEffects(trx, ctx, def, existing, plan.result!);
    await moveParents(trx, ctx, def, existing, plan.result!, async (_trx, _ctx, parentDef, parent, values) => {
      const moved = await ctx.cascade({ kind: 'update', def: parentDef, existing: parent, values, cascaded: true, at: plan.at });
      return moved.result ?? parent;
    });
    if (plan.kind === 'create') return;
    if (def.sessionsEndOnChange?.some((name) => name in plan.values || plan.secrets.written.includes(name))) {
      // The caller's own session stays when they change their own account.
      await endSessionsOfUser(trx, id, id === ctx.user.id ? ctx.sessionToken : undefined);
    }
  },
};
