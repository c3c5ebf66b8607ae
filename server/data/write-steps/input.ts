/**
 * The request's fields as the role may send them (400 per field, 403 for a field it may not
 * touch), and its request-only values (a reason) set apart: nothing else can judge values that
 * do not parse. An update that changes nothing stops here, and is not recorded.
 */
import { validateWrite } from '../../engine/validate.ts';
import { takeRequestOnly } from '../../engine/request-only.ts';
import type { WriteStep } from '../write-plan.ts';

export const input: WriteStep = {
  name: 'input',
  kinds: ['create', 'update'],
  run(ctx, plan) {
    if (plan.serverMade) return;
    const update = plan.kind === 'update';
    plan.values = validateWrite(plan.def, ctx.user.role, {
      mode: update ? 'update' : 'create',
      body: plan.body,
      ...(update ? { existing: plan.existing } : {}),
      timeZone: ctx.timeZone,
      find: ctx.registry.find,
    });
    plan.notes = takeRequestOnly(plan.def, plan.values);
    plan.unchanged = update && Object.keys(plan.values).length === 0;
  },
};
