/**
 * Merchandising (频道专题 · 网站展示位 · 会员促销): channel topics for the year's festivals, on
 * the home page or a channel (a top catalog), each with a banner and its products in order; the
 * display slots of the home page and each channel page from two weeks before the reference date
 * to ten weeks after it, one after another per position (never overlapping), a few of them
 * showing a product that is sold out or off sale so the flag shows; the promotions' festivals and
 * the member tiers the member promotions are for; pending orders take their best promotion.
 * Statuses follow the reference date.
 */
import type { Knex } from 'knex';
import { refreshBestOffer } from '../server/data/best-offer.ts';
import { newRow } from '../server/data/codec.ts';
import { createRegistry } from '../server/engine/registry.ts';
import channelTopicProducts from '../server/resources/channel-topic-products.ts';
import channelTopics from '../server/resources/channel-topics.ts';
import displaySlots from '../server/resources/display-slots.ts';
import { resources } from '../server/resources/index.ts';
import orders from '../server/resources/orders.ts';
import promotionMemberTiers from '../server/resources/promotion-member-tiers.ts';
import { addDays, REFERENCE_DATE } from './lib/clock.ts';
import { storeDemoFiles, type DemoFile } from './lib/demo-attachments.ts';
import { bandedPng, type Rgb } from './lib/demo-files.ts';
import { insertRows } from './lib/insert.ts';
import { userId } from './lib/lookup.ts';
import { Random } from './lib/random.ts';

interface TopicSeed {
  title: string;
  title_en: string;
  holiday: string;
  /** The channel (a top catalog's Chinese name), or the home page. */
  channel?: string;
  from: string;
  to: string;
  colours: readonly Rgb[];
}

const RED: Rgb = [198, 40, 40];
const GOLD: Rgb = [249, 168, 37];
const BLUE: Rgb = [21, 101, 192];
const GREEN: Rgb = [46, 125, 50];
const PURPLE: Rgb = [106, 27, 154];

const TOPICS: readonly TopicSeed[] = [
  { title: '2026 新春年货节', title_en: '2026 Spring Festival shopping fair', holiday: 'spring_festival', from: '2026-01-20', to: '2026-02-23', colours: [RED, GOLD, RED] },
  { title: '618 数码家电狂欢', title_en: '618 electronics fest', holiday: 'mid_year_618', channel: '数码家电', from: '2026-05-28', to: '2026-06-20', colours: [BLUE, GOLD, BLUE] },
  { title: '中秋国庆 好礼团圆', title_en: 'Mid-Autumn & National Day gifts', holiday: 'mid_autumn', channel: '食品生鲜', from: '2026-09-15', to: '2026-10-07', colours: [GOLD, RED, GOLD] },
  { title: '双十一 主会场', title_en: 'Singles Day main hall', holiday: 'singles_day', from: '2026-10-20', to: '2026-11-11', colours: [RED, PURPLE, RED] },
  { title: '双十一 秋冬服饰会场', title_en: 'Singles Day autumn & winter fashion', holiday: 'singles_day', channel: '服装鞋包', from: '2026-10-20', to: '2026-11-11', colours: [PURPLE, GOLD, PURPLE] },
  { title: '双十二 年终盛典', title_en: 'Double Twelve year-end gala', holiday: 'double_twelve', from: '2026-12-01', to: '2026-12-12', colours: [RED, GOLD, BLUE] },
  { title: '元旦迎新 数码焕新季', title_en: "New Year's tech upgrade", holiday: 'new_year', channel: '数码家电', from: '2026-12-28', to: '2027-01-03', colours: [BLUE, GREEN, BLUE] },
  { title: '2027 春节年货节', title_en: '2027 Spring Festival shopping fair', holiday: 'spring_festival', channel: '食品生鲜', from: '2027-01-15', to: '2027-02-10', colours: [RED, GOLD, RED] },
  { title: '情人节 心意好礼', title_en: "Valentine's gifts", holiday: 'valentines', channel: '服装鞋包', from: '2027-02-07', to: '2027-02-14', colours: [PURPLE, RED, PURPLE] },
];

/** Promotions' festivals, by a word of their name (05_promotions). */
const HOLIDAY_WORDS: readonly [string, string][] = [
  ['春节', 'spring_festival'],
  ['年货节', 'spring_festival'],
  ['618', 'mid_year_618'],
  ['七夕', 'valentines'],
  ['中秋', 'mid_autumn'],
  ['双十一', 'singles_day'],
  ['双十二', 'double_twelve'],
  ['元旦', 'new_year'],
];

/** Member promotions and the tiers they are for, by a word of the promotion's name and the tiers' names. */
const PROMOTION_TIERS: readonly [string, readonly string[]][] = [
  ['金卡会员专享', ['金卡会员', '钻石会员']],
  ['钻石会员日', ['钻石会员']],
];

/** Each top catalog's page, then the home page; positions and how long each slot stays. */
const POSITIONS: readonly { position: string; days: number }[] = [
  { position: 'hero', days: 7 },
  { position: 'banner', days: 14 },
  { position: 'pick_1', days: 7 },
  { position: 'pick_2', days: 7 },
  { position: 'pick_3', days: 14 },
  { position: 'pick_4', days: 14 },
];
const SLOTS_FROM = -14;
const SLOTS_TO = 70;

const beijingDay = (day: string, time = '00:00:00') => new Date(`${day}T${time}+08:00`);
const beijingMidnight = (instant: Date) => beijingDay(new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10));

function topicStatus(from: string, to: string): string {
  const [starts, ends] = [beijingDay(from), beijingDay(to, '23:59:59')];
  if (ends < REFERENCE_DATE) return 'archived';
  if (starts <= REFERENCE_DATE) return 'published';
  return starts.getTime() - REFERENCE_DATE.getTime() < 45 * 86_400_000 ? 'review' : 'draft';
}

type Row = Record<string, unknown>;

export async function seed(db: Knex): Promise<void> {
  const random = new Random(19_2026);
  const ops = await userId(db, 'ops');
  const roots = (await db('catalogs').whereNull('parent_id').orderBy('id').select('id', 'name')) as { id: number; name: string }[];
  const rootOf = new Map<number, number>();
  for (const leaf of (await db('catalogs').whereNotNull('parent_id').select('id', 'parent_id')) as Row[]) rootOf.set(Number(leaf.id), Number(leaf.parent_id));
  const products = (await db('products').whereNull('deleted_at').orderBy('id').select('id', 'name', 'catalog_id', 'status', 'stock')) as Row[];
  const onSale = products.filter((p) => p.status === 'active' && Number(p.stock) > 0);
  const unavailable = products.filter((p) => p.status !== 'active' || Number(p.stock) <= 0);
  const inChannel = (root: number | null, list: Row[]) => (root === null ? list : list.filter((p) => rootOf.get(Number(p.catalog_id)) === root));
  const rootId = (name?: string) => (name ? roots.find((root) => root.name === name)!.id : null);

  // Topics, their banners and their products in order.
  const topicRows = TOPICS.map((topic) => {
    const starts = beijingDay(topic.from);
    const values = {
      title: topic.title,
      title_en: topic.title_en,
      catalog_id: rootId(topic.channel),
      holiday: topic.holiday,
      starts_on: topic.from,
      ends_on: topic.to,
      status: topicStatus(topic.from, topic.to),
      body: `<h2>${topic.title}</h2><p>${topic.title_en}: 精选好物, 限时优惠, 先到先得。</p><ul><li>会场商品按推荐顺序展示</li><li>活动时间 ${topic.from} 至 ${topic.to}</li></ul>`,
    };
    return newRow(channelTopics, values, new Date(Math.min(addDays(starts, -30).getTime(), addDays(REFERENCE_DATE, -1).getTime())));
  });
  const topicIds = await insertRows(db, channelTopics.table, topicRows);
  const banners: DemoFile[] = [];
  const linkRows: Row[] = [];
  TOPICS.forEach((topic, index) => {
    const createdAt = new Date(String(topicRows[index].created_at));
    banners.push({ resource: 'channel_topics', recordId: topicIds[index], position: 0, fileName: `topic-${topicIds[index]}-banner.png`, contentType: 'image/png', bytes: bandedPng(600, 200, topic.colours), uploadedBy: ops, createdAt });
    random.sample(inChannel(rootId(topic.channel), onSale), 8).forEach((product, place) => {
      linkRows.push(newRow(channelTopicProducts, { channel_topic_id: topicIds[index], product_id: product.id, position: place + 1, note: place < 2 ? '主推' : null }, createdAt));
    });
  });
  await storeDemoFiles(db, banners);
  await insertRows(db, channelTopicProducts.table, linkRows);

  // Display slots: the home page and each channel, one slot after another per position.
  const promotions = (await db('promotions').whereNot('status', 'cancelled').select('id', 'name', 'starts_at', 'ends_at')) as Row[];
  const topics = TOPICS.map((topic, index) => ({ id: topicIds[index], root: rootId(topic.channel), starts: beijingDay(topic.from), ends: beijingDay(topic.to, '23:59:59'), title: topic.title }));
  const slotRows: Row[] = [];
  const first = beijingMidnight(addDays(REFERENCE_DATE, SLOTS_FROM));
  const pages = [{ root: null as number | null, name: '首页' }, ...roots.map((root) => ({ root: root.id as number | null, name: root.name }))];
  for (const page of pages) {
    const candidates = inChannel(page.root, onSale);
    const sold = inChannel(page.root, unavailable);
    for (const { position, days } of POSITIONS) {
      for (let start = first; start < addDays(REFERENCE_DATE, SLOTS_TO); start = addDays(start, days)) {
        const end = addDays(start, days);
        const target = slotTarget(random, position, start, end, page.root, topics, promotions, candidates, sold);
        if (!target) continue;
        const product = target.product_id ? products.find((p) => p.id === target.product_id)! : null;
        const values = {
          title: `${page.name} · ${target.title}`,
          page_catalog_id: page.root,
          position,
          starts_at: start.toISOString(),
          ends_at: end.toISOString(),
          product_id: target.product_id ?? null,
          promotion_id: target.promotion_id ?? null,
          channel_topic_id: target.channel_topic_id ?? null,
          product_status: product?.status ?? null,
          product_stock: product ? Number(product.stock) : null,
        };
        slotRows.push(newRow(displaySlots, values, new Date(Math.min(addDays(start, -7).getTime(), addDays(REFERENCE_DATE, -1).getTime()))));
      }
    }
  }
  await insertRows(db, displaySlots.table, slotRows);

  // Promotions' festivals and the tiers member promotions are for.
  for (const promotion of promotions) {
    const holiday = HOLIDAY_WORDS.find(([word]) => String(promotion.name).includes(word))?.[1];
    if (holiday) await db('promotions').where('id', promotion.id as number).update({ holiday });
  }
  const tiers = (await db('member_tiers').select('id', 'name')) as Row[];
  const tierRows: Row[] = [];
  for (const [word, names] of PROMOTION_TIERS) {
    const promotion = promotions.find((p) => String(p.name).includes(word));
    if (!promotion) continue;
    for (const name of names) tierRows.push(newRow(promotionMemberTiers, { promotion_id: promotion.id, member_tier_id: tiers.find((tier) => tier.name === name)!.id }, REFERENCE_DATE));
  }
  await insertRows(db, promotionMemberTiers.table, tierRows);

  // Orders still pending take their best promotion as the server would (18 inserted them past the pipeline).
  const registry = createRegistry(resources);
  await db.transaction(async (trx) => {
    for (const order of (await trx(orders.table).where('status', 'pending').whereNull('deleted_at').select('id')) as Row[]) {
      await refreshBestOffer(trx, registry, orders, Number(order.id));
    }
  });
}

interface Target {
  title: string;
  product_id?: unknown;
  promotion_id?: unknown;
  channel_topic_id?: unknown;
}

/**
 * What a position shows in one period: the hero a festival topic of the page live then (else a
 * product), the banner a promotion running then (else nothing), the picks products on sale, and
 * now and then (pick 4) one that sold out or went off sale, which the list then flags.
 */
function slotTarget(
  random: Random,
  position: string,
  start: Date,
  end: Date,
  root: number | null,
  topics: readonly { id: number; root: number | null; starts: Date; ends: Date; title: string }[],
  promotions: readonly Row[],
  onSale: readonly Row[],
  sold: readonly Row[],
): Target | null {
  const live = (from: Date, to: Date) => from < end && to > start;
  if (position === 'hero') {
    const topic = topics.find((t) => t.root === root && live(t.starts, t.ends)) ?? topics.find((t) => live(t.starts, t.ends));
    if (topic) return { title: topic.title, channel_topic_id: topic.id };
  }
  if (position === 'banner') {
    const promotion = promotions.find((p) => live(new Date(String(p.starts_at)), new Date(String(p.ends_at))));
    return promotion ? { title: String(promotion.name), promotion_id: promotion.id } : null;
  }
  const pool = position === 'pick_4' && sold.length && random.chance(0.35) ? sold : onSale;
  const product = random.pick(pool);
  return { title: String(product.name), product_id: product.id };
}
