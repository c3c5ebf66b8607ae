/**
 * Keeps `bestOffer` (server/engine/best-offer.ts) on a record, inside the write's transaction:
 * reads the offers live at the record's date, their links and the record's live items, stores
 * the chosen offer and its worth, then the record's computed fields that follow (an order's
 * discount and total). Like a rollup, this changes neither the version nor the audit trail:
 * nobody edited the record. A record past its `while` states keeps what it has.
 */
import type { Knex } from 'knex';
import { chooseOffer, offerOpen, type OfferCandidate } from '../engine/best-offer.ts';
import { columnOf, type ResourceDefinition } from '../engine/definition.ts';
import type { Registry } from '../engine/registry.ts';
import { decodeRow, encodeRecord } from './codec.ts';
import type { Row } from './context.ts';
import { followPath } from './reference-paths.ts';
import { whereConditions } from './query.ts';
import { refreshParentComputed } from './rollup-computed.ts';

/** Resources whose records keep a best offer over the children of `child` (orders over order items). */
export function offerHoldersOver(registry: Registry, child: ResourceDefinition): { holder: ResourceDefinition; foreignKey: string }[] {
  return registry.all.filter((def) => def.bestOffer?.items.resource === child.name).map((holder) => ({ holder, foreignKey: holder.bestOffer!.items.foreignKey }));
}

export async function refreshBestOffer(trx: Knex.Transaction, registry: Registry, def: ResourceDefinition, id: number, now = new Date()): Promise<void> {
  const rule = def.bestOffer;
  if (!rule) return;
  const row = await trx(def.table).where('id', id).whereNull('deleted_at').first();
  if (!row) return;
  const record = decodeRow(def, row);
  if (!offerOpen(rule, record)) return;
  const offers = registry.get(def.fields[rule.field].reference!);
  const at = (record[rule.at] as string | null) ?? now.toISOString();
  const [start, end] = rule.period.map((name) => columnOf(name, offers.fields[name]));
  const query = trx(offers.table).whereNull('deleted_at').where(start, '<=', at).where(end, '>', at);
  if (rule.unless) query.whereNot((inner) => whereConditions(inner, offers, rule.unless!, { id: 0 }));
  const live = ((await query) as Row[]).map((offer) => decodeRow(offers, offer));
  const itemsDef = registry.get(rule.items.resource);
  const items = ((await trx(itemsDef.table).where(columnOf(rule.items.foreignKey, itemsDef.fields[rule.items.foreignKey]), id).whereNull('deleted_at')) as Row[]).map((item) =>
    decodeRow(itemsDef, item),
  );
  const candidates: OfferCandidate[] = [];
  for (const offer of live) {
    const links: unknown[][] = [];
    for (const match of rule.matches) {
      const link = registry.get(match.resource);
      const keyColumn = columnOf(match.key, link.fields[match.key]);
      const rows = (await trx(link.table).where(columnOf(match.foreignKey, link.fields[match.foreignKey]), offer.id as number).whereNull('deleted_at').select(keyColumn)) as Row[];
      links.push(rows.map((link_) => link_[keyColumn]));
    }
    candidates.push({ offer, links });
  }
  const values: unknown[] = [];
  for (const match of rule.matches) values.push(match.value ? await followPath(trx, registry, def, record, match.value) : null);
  const choice = chooseOffer(rule, candidates, items, values);
  if (choice.id === (record[rule.field] ?? null) && choice.amount === Number(record[rule.amount] ?? 0)) return;
  await trx(def.table).where('id', id).update(encodeRecord(def, { [rule.field]: choice.id, [rule.amount]: choice.amount }));
  await refreshParentComputed(trx, def, id); // the discount and total follow
}
