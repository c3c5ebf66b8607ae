/**
 * The role's write rule and closed parents (`closingStates`), on the record as stored and as the
 * write leaves it (checkWritable: 409 for a closed parent, then 403). A workflow step the role may
 * take is judged by the state before it ("submit my own draft"), on every door alike. A restore
 * only asks that the parent be open; records written with their parent are not judged again.
 */
import { isAllowedStep } from '../../engine/transitions.ts';
import { checkParentsOpen } from '../frozen-children.ts';
import { checkWritable } from '../write-checks.ts';
import type { WriteStep } from '../write-plan.ts';

export const access: WriteStep = {
  name: 'access',
  kinds: ['create', 'update', 'delete', 'restore'],
  async run(ctx, plan) {
    if (plan.cascaded) return;
    const { def, existing, values } = plan;
    const trx = ctx.trx as Parameters<typeof checkWritable>[0];
    switch (plan.kind) {
      case 'create':
        return checkWritable(trx, ctx, def, values);
      case 'update': {
        await checkWritable(trx, ctx, def, existing, 'change');
        const after = Object.fromEntries(Object.entries(values).filter(([name, value]) => !isAllowedStep(def, ctx.user.role, name, existing[name], value)));
        return checkWritable(trx, ctx, def, { ...existing, ...after });
      }
      case 'delete':
        return checkWritable(trx, ctx, def, existing, 'delete');
      case 'restore':
        return checkParentsOpen(trx, ctx, def, existing);
    }
  },
};
