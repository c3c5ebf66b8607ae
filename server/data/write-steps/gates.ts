/**
 * Workflow gates (`transitions`): a new record starts in an initial state, an update takes only a
 * step the table has and the role may take (409). Judged on the request alone, before any read.
 */
import { checkInitialStates, checkSteps } from '../../engine/transitions.ts';
import type { WriteStep } from '../write-plan.ts';

export const gates: WriteStep = {
  name: 'gates',
  kinds: ['create', 'update'],
  run(ctx, plan) {
    if (plan.kind === 'create') checkInitialStates(plan.def, plan.values);
    else checkSteps(plan.def, ctx.user.role, plan.existing, plan.values);
  },
};
