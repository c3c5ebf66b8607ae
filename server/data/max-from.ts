/**
 * Runs `maxFrom` (server/engine/max-from.ts) on a record about to be stored (write-steps/max-from.ts
 * says when). 400 on the field.
 */
import type { Knex } from 'knex';
import { matchesConditions } from '../engine/conditions.ts';
import { columnOf, type ResourceDefinition } from '../engine/definition.ts';
import { badRequest, type FieldErrors } from '../engine/errors.ts';
import { maxFromMessage } from '../engine/max-from.ts';
import type { Registry } from '../engine/registry.ts';
import { decodeRow } from './codec.ts';
import type { Row } from './context.ts';
import { lookUpNumbers } from './reference-paths.ts';
import { msg } from '../engine/messages/message.ts';

/** `planned`: the records of `def` a batch's earlier plans will store, counted among the others as they will be. */
export async function checkMaxFrom(trx: Knex, registry: Registry, def: ResourceDefinition, values: Row, existing: Row = {}, planned: Iterable<Row> = []) {
  const errors: FieldErrors = {};
  const record = { ...existing, ...values };
  for (const [name, field] of Object.entries(def.fields)) {
    const word = field.maxFrom;
    if (!word || record[name] === null || record[name] === undefined) continue;
    // Judged on every write of the record: `max` may read any of its fields (a refund's bound follows its quantity).
    const looked = await lookUpNumbers(trx, registry, def, record, word.lookups);
    if (word.others) {
      const { sum, sameAs, except } = word.others;
      const query = trx(def.table).where(columnOf(sameAs, def.fields[sameAs]), record[sameAs] as number).whereNull('deleted_at');
      if (existing.id !== undefined) query.whereNot('id', existing.id as number);
      const earlier = [...planned]; // walked only here: most writes of a batch have no `others` to sum
      const replaced = new Set<unknown>(earlier.map((other) => other.id).filter((id) => id !== undefined));
      const stored = ((await query) as Row[]).map((row) => decodeRow(def, row)).filter((other) => !replaced.has(other.id));
      const coming = earlier.filter((other) => (other.id === undefined || other.id !== existing.id) && other[sameAs] === record[sameAs]);
      const others = [...stored, ...coming].filter((other) => !except || !matchesConditions(except, other, { id: 0 }));
      looked.others = others.reduce((total, other) => total + Number(other[sum] ?? 0), 0);
    }
    const max = word.max(record, looked);
    if (Number(record[name]) > max) errors[name] = maxFromMessage(field, max);
  }
  if (Object.keys(errors).length) throw badRequest(msg('maxFrom.above'), errors);
}
