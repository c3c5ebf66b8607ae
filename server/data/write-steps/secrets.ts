/**
 * Write-only secrets become their stored form (a password its hash) before the transaction
 * opens, so the slow hash never holds the database's write lock.
 */
import { columnOf } from '../../engine/definition.ts';
import { hashPassword } from '../password-hash.ts';
import type { WriteStep } from '../write-plan.ts';

export const secrets: WriteStep = {
  name: 'secrets',
  kinds: ['create', 'update'],
  async run(_ctx, plan) {
    for (const [name, field] of Object.entries(plan.def.fields)) {
      if (field.type === 'password' && typeof plan.values[name] === 'string') {
        plan.secrets.columns[columnOf(name, field)] = await hashPassword(plan.values[name] as string);
        plan.secrets.written.push(name);
      }
      if (field.writeOnly) delete plan.values[name];
    }
  },
};
