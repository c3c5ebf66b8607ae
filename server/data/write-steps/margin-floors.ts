/**
 * Margin floors (`floorFrom`): a value below the bound read from the referenced record is
 * refused (400) without an allowed override. The verdict stays on the plan for a bulk preview.
 * After the copied values, since a bound may be one of them (a catalog's floor on its products).
 */
import { badRequest } from '../../engine/errors.ts';
import { floorJudge, type FloorJudge } from '../margin-floors.ts';
import { memo, type WriteStep } from '../write-plan.ts';

export const marginFloors: WriteStep = {
  name: 'margin-floors',
  kinds: ['create', 'update'],
  async run(ctx, plan) {
    // One judge per resource and batch: each referenced record's bound is read once.
    const judge = await memo<FloorJudge>(ctx, `floors:${plan.def.name}`, async () => floorJudge(ctx.trx, ctx.registry, plan.def, ctx));
    plan.floors = await judge.judge(plan.kind === 'create' ? 'create' : 'update', plan.existing, plan.values, plan.notes);
    const { refusals } = plan.floors;
    if (Object.keys(refusals).length) throw badRequest(Object.values(refusals)[0], refusals);
  },
};
