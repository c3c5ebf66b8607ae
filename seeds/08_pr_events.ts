/**
 * Forty PR events of every kind (executive interviews carry their web/TV/newspaper channel)
 * and 150 press clippings about the events that took place, some from partner media.
 */
import type { Knex } from 'knex';
import { newRow } from '../server/data/codec.ts';
import prEvents from '../server/resources/pr-events.ts';
import pressClippings from '../server/resources/press-clippings.ts';
import { HISTORY_START, REFERENCE_DATE, addDays, daysFromReference, earliest, isoDay } from './lib/clock.ts';
import { insertRows } from './lib/insert.ts';
import { refreshRollupFields } from './lib/rollups.ts';
import { userId, userIds } from './lib/lookup.ts';
import { MEDIA_PARTNERS, type MediaKind } from './lib/media-data.ts';
import { EVENTS, HEADLINES, NEGATIVE_HEADLINES, OTHER_OUTLETS, SHOP_NAME, SUMMARIES, VENUES, type EventKind } from './lib/pr-data.ts';
import { Random } from './lib/random.ts';

export const DEMO_CLIPPING_COUNT = 150;

/** Budget ranges in yuan. */
const BUDGETS: Record<EventKind, readonly [number, number]> = {
  press_conference: [150_000, 800_000],
  industry_seminar: [30_000, 200_000],
  executive_interview: [5_000, 50_000],
  news_release: [2_000, 20_000],
  crisis_response: [10_000, 100_000],
};

/** Audience ranges by outlet kind. */
const REACH: Partial<Record<MediaKind, readonly [number, number]>> = {
  portal: [500_000, 5_000_000],
  news: [100_000, 2_000_000],
  tv: [1_000_000, 20_000_000],
  newspaper: [50_000, 800_000],
};
const OTHER_REACH = [30_000, 500_000] as const;

interface HeldEvent {
  id: number;
  kind: EventKind;
  title: string;
  day: Date;
}

export async function seed(db: Knex): Promise<void> {
  const rng = new Random(808);
  const prLead = await userId(db, 'pr');
  const owners = await userIds(db, { roles: ['pr', 'admin'] });

  const events = EVENTS.map((event) => {
    // Crises lie in the past; other events spread from two years back into the coming quarter.
    const latest = event.kind === 'crisis_response' ? daysFromReference(-10) : daysFromReference(90);
    // On the half hour between 09:00 and 19:00 Beijing time (01:00-11:00 UTC).
    const day = event.on ? new Date(`${event.on}T00:00:00Z`) : rng.dateBetween(HISTORY_START, latest);
    const starts = new Date(day.getTime() + (2 + rng.int(0, 20)) * 30 * 60_000);
    const past = starts.getTime() < REFERENCE_DATE.getTime();
    const status = past
      ? rng.chance(0.1) && event.kind !== 'crisis_response'
        ? 'cancelled'
        : 'done'
      : starts.getTime() < daysFromReference(30).getTime() || rng.chance(0.3)
        ? 'confirmed'
        : 'planned';
    const [min, max] = BUDGETS[event.kind];
    const values = {
      title: event.title,
      kind: event.kind,
      channel: event.channel ?? null,
      starts_at: starts.toISOString(),
      location: rng.pick(VENUES[event.kind]),
      // The PR lead owns about half of the events, the rest go to colleagues and admins.
      owner_id: rng.chance(0.5) ? prLead : rng.pick(owners),
      status,
      budget: rng.int(min / 1000, max / 1000) * 1000 * 100,
      summary: rng.pick(SUMMARIES[event.kind]),
    };
    const planned = earliest(addDays(starts, -rng.int(14, 60)), daysFromReference(-1));
    return { values, row: newRow(prEvents, values, rng.officeTime(planned)), starts };
  });
  const eventIds = await insertRows(
    db,
    prEvents.table,
    events.map((e) => e.row),
  );

  const held: HeldEvent[] = events
    .map((e, index) => ({ id: eventIds[index], kind: EVENTS[index].kind, title: EVENTS[index].title, day: e.starts, status: e.values.status }))
    .filter((e) => e.status === 'done');
  await insertRows(db, pressClippings.table, await clippingRows(db, rng, held));
  await refreshRollupFields(db, prEvents);
}

/** One clipping per held event first, the rest weighted toward press conferences and crises. */
async function clippingRows(db: Knex, rng: Random, held: readonly HeldEvent[]): Promise<Record<string, unknown>[]> {
  const partners = (await db('media_partners').whereIn('kind', ['portal', 'news', 'tv', 'newspaper']).select('id', 'name', 'kind').orderBy('id')) as {
    id: number;
    name: string;
    kind: MediaKind;
  }[];
  const weight: Record<EventKind, number> = {
    press_conference: 5,
    crisis_response: 4,
    news_release: 3,
    industry_seminar: 2,
    executive_interview: 2,
  };
  const picks = [...held, ...Array.from({ length: DEMO_CLIPPING_COUNT - held.length }, () => rng.weighted(held.map((e) => [e, weight[e.kind]] as const)))];

  return picks.map((event) => {
    const partner = rng.chance(0.55) ? rng.pick(partners) : null;
    const outlet = partner
      ? { name: partner.name, domain: MEDIA_PARTNERS.find((m) => m.name === partner.name)?.domain ?? 'example.com', kind: partner.kind }
      : { ...rng.pick(OTHER_OUTLETS), kind: null };
    const published = earliest(addDays(event.day, rng.int(0, 10)), daysFromReference(-1));
    const sentiment =
      event.kind === 'crisis_response'
        ? rng.weighted([['negative', 50], ['neutral', 35], ['positive', 15]] as const)
        : rng.weighted([['positive', 60], ['neutral', 32], ['negative', 8]] as const);
    const [min, max] = (outlet.kind && REACH[outlet.kind]) || OTHER_REACH;
    // Print-only newspaper pieces have no link.
    const url =
      outlet.kind === 'newspaper' && rng.chance(0.3)
        ? null
        : `https://www.${outlet.domain}/${isoDay(published).replaceAll('-', '/')}/${rng.int(100000, 999999)}.html`;
    const values = {
      pr_event_id: event.id,
      media_partner_id: partner?.id ?? null,
      outlet: outlet.name,
      headline: rng
        .pick(sentiment === 'negative' ? NEGATIVE_HEADLINES : HEADLINES[event.kind])
        .replace('{c}', SHOP_NAME)
        .replace('{e}', event.title),
      url,
      published_on: isoDay(published),
      sentiment,
      reach: Math.round(rng.int(min, max) / 1000) * 1000,
    };
    return newRow(pressClippings, values, rng.officeTime(earliest(addDays(published, 1), daysFromReference(-1))));
  });
}
