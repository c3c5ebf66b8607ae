/**
 * Workflow gates (`transitions`): a new record starts in an initial state, an update takes only a
 * step the table has and the role may take, and changes no field its state keeps (`editableWhile`)
 * (409). Judged on the request alone, before any read; the server's own changes pass.
 */
import { checkEditableWhile } from '../../engine/editable-while.ts';
import { checkInitialStates, checkSteps } from '../../engine/transitions.ts';
import type { WriteStep } from '../write-plan.ts';

export const gates: WriteStep = {
  name: 'gates',
  kinds: ['create', 'update'],
  run(ctx, plan) {
    if (plan.serverMade) return;
    if (plan.kind === 'create') return checkInitialStates(plan.def, plan.values);
    checkSteps(plan.def, ctx.user.role, plan.existing, plan.values);
    checkEditableWhile(plan.def, plan.existing, plan.values);
  },
};
