/**
 * The many-to-many links: products in each promotion (never one product in two overlapping
 * promotions of the same kind, which the server refuses too), and the media invited to each
 * PR event, with answers that follow the event's state; media that covered an event attended it.
 */
import type { Knex } from 'knex';
import { newRow } from '../server/data/codec.ts';
import prEventMedia from '../server/resources/pr-event-media.ts';
import promotionProducts from '../server/resources/promotion-products.ts';
import { insertRows } from './lib/insert.ts';
import { person } from './lib/people.ts';
import { Random } from './lib/random.ts';

interface Promotion {
  id: number;
  kind: string;
  status: string;
  starts_at: unknown;
  ends_at: unknown;
  created_at: unknown;
}

const time = (value: unknown) => (value instanceof Date ? value.getTime() : Date.parse(String(value)));

export async function seed(db: Knex): Promise<void> {
  const rng = new Random(1414);
  const productIds = ((await db('products').where('status', 'active').select('id').orderBy('id')) as { id: number }[]).map((row) => Number(row.id));
  const promotions = (await db('promotions').select('id', 'kind', 'status', 'starts_at', 'ends_at', 'created_at').orderBy('id')) as Promotion[];

  /** Per product, the periods it is already promoted in, by kind. */
  const taken = new Map<string, [number, number][]>();
  const links = promotions.flatMap((promotion) => {
    const [start, end] = [time(promotion.starts_at), time(promotion.ends_at)];
    const chosen = rng.sample(productIds, rng.int(4, 15)).filter((productId) => {
      const key = `${productId}:${promotion.kind}`;
      const periods = taken.get(key) ?? [];
      if (promotion.status !== 'cancelled' && periods.some(([s, e]) => s < end && e > start)) return false;
      if (promotion.status !== 'cancelled') taken.set(key, [...periods, [start, end]]);
      return true;
    });
    return chosen.map((productId) =>
      newRow(promotionProducts, { promotion_id: Number(promotion.id), product_id: productId, note: null }, new Date(time(promotion.created_at))),
    );
  });
  await insertRows(db, promotionProducts.table, links);

  const partners = ((await db('media_partners').select('id').orderBy('id')) as { id: number }[]).map((row) => Number(row.id));
  const events = (await db('pr_events').select('id', 'status', 'created_at').orderBy('id')) as { id: number; status: string; created_at: unknown }[];
  const coverage = (await db('press_clippings').whereNotNull('media_partner_id').distinct('pr_event_id', 'media_partner_id')) as {
    pr_event_id: number;
    media_partner_id: number;
  }[];
  const invitations = events.flatMap((event) => {
    const covered = coverage.filter((row) => Number(row.pr_event_id) === Number(event.id)).map((row) => Number(row.media_partner_id));
    const others = rng.sample(partners.filter((id) => !covered.includes(id)), rng.int(2, 6));
    return [...covered.map((id) => [id, true] as const), ...others.map((id) => [id, false] as const)].map(([mediaPartnerId, reported]) => {
      const response = reported
        ? 'attended'
        : event.status === 'done'
          ? rng.weighted([['attended', 2], ['declined', 1]] as const)
          : event.status === 'confirmed'
            ? rng.weighted([['confirmed', 2], ['invited', 1], ['declined', 1]] as const)
            : 'invited';
      return newRow(
        prEventMedia,
        { pr_event_id: Number(event.id), media_partner_id: mediaPartnerId, response, contact_name: rng.chance(0.7) ? person(rng).fullName : null },
        new Date(time(event.created_at)),
      );
    });
  });
  await insertRows(db, prEventMedia.table, invitations);
}
