/**
 * Values the server sets, whatever the request says: `setOnCreate` (the creator), stamps (when a
 * state was entered) and clock-driven states (`followsDates`, and `agesFrom` counted in the shop's
 * zone). The write rule and every check after judge the record with them, as it will be stored.
 */
import { defaultValues, setOnCreateValue } from '../../engine/definition.ts';
import { applyTimeStates } from '../../engine/follows-dates.ts';
import { stampsFor } from '../../engine/stamps.ts';
import type { WriteStep } from '../write-plan.ts';

export const serverValues: WriteStep = {
  name: 'server-values',
  kinds: ['create', 'update'],
  run(ctx, plan) {
    const { def, values, existing } = plan;
    if (plan.kind === 'create') {
      for (const [name, field] of Object.entries(def.fields)) if (field.setOnCreate) values[name] = setOnCreateValue(field, ctx.user);
    }
    const before = plan.kind === 'create' ? defaultValues(def) : existing;
    Object.assign(values, stampsFor(def, plan.kind === 'create' ? {} : existing, { ...before, ...values }, plan.at.toISOString()));
    // Seeds write the demo's states as of the demo date; a write through the API takes today's.
    const record = { ...existing, ...values };
    applyTimeStates(def, record, plan.at, ctx.timeZone);
    for (const [name, field] of Object.entries(def.fields)) {
      if ((field.followsDates || field.agesFrom) && record[name] !== (plan.kind === 'create' ? values[name] : existing[name])) values[name] = record[name];
    }
  },
};
