/**
 * Marketing's figures for the twelve months before the reference date (2025-11 to 2026-10):
 * results per media partner, volumes per payment partner, and fifteen EDM campaigns. Built by
 * kind of channel so the demo's ranking reads as the trade knows it: CPS networks and search ads
 * return several yuan per yuan spent, portals, news sites, TV and newspapers less than one. The
 * months follow the retail calendar (春节 dip, 618, 双十一, 双十二). Rows go through newRow,
 * so the rates, costs per order and fees are the server's own computation.
 */
import type { Knex } from 'knex';
import { newRow } from '../server/data/codec.ts';
import edmCampaigns from '../server/resources/edm-campaigns.ts';
import mediaPartnerStats from '../server/resources/media-partner-stats.ts';
import paymentPartnerVolumes from '../server/resources/payment-partner-volumes.ts';
import { addDays, isoDay } from './lib/clock.ts';
import { insertRows } from './lib/insert.ts';
import type { MediaKind } from './lib/media-data.ts';
import { Random } from './lib/random.ts';

type Row = Record<string, unknown>;

/** The first days of the twelve months before the reference date, oldest first. */
const MONTHS: readonly string[] = Array.from({ length: 12 }, (_, i) => isoDay(new Date(Date.UTC(2025, 10 + i, 1))));

/** Sales around the retail calendar, by month number (1 = January); percent of an ordinary month. */
const SEASON: Record<number, number> = { 1: 90, 2: 70, 3: 95, 4: 100, 5: 105, 6: 135, 7: 95, 8: 95, 9: 100, 10: 110, 11: 160, 12: 125 };

interface ChannelProfile {
  /** An ordinary month's spend, yuan. */
  spend: number;
  /** Yuan paid per visit brought. */
  costPerVisit: number;
  /** Orders per 10,000 visits. */
  conversion: number;
  /** Average order, yuan. */
  orderValue: number;
}

/** Return on spend follows: conversion x order value / cost per visit (search 5x, CPS 11x, portal 0.7x, TV 0.1x). */
const PROFILES: Record<MediaKind, ChannelProfile> = {
  search_engine: { spend: 120_000, costPerVisit: 1.2, conversion: 240, orderValue: 250 },
  cps_network: { spend: 45_000, costPerVisit: 0.6, conversion: 300, orderValue: 230 },
  edm: { spend: 12_000, costPerVisit: 0.5, conversion: 150, orderValue: 220 },
  vertical_site: { spend: 30_000, costPerVisit: 1.5, conversion: 160, orderValue: 300 },
  portal: { spend: 100_000, costPerVisit: 3, conversion: 80, orderValue: 260 },
  news: { spend: 20_000, costPerVisit: 4, conversion: 60, orderValue: 260 },
  tv: { spend: 400_000, costPerVisit: 12, conversion: 50, orderValue: 280 },
  newspaper: { spend: 40_000, costPerVisit: 10, conversion: 40, orderValue: 250 },
};

const monthNumber = (month: string) => Number(month.slice(5, 7));
const lastDayOf = (month: string) => addDays(new Date(Date.UTC(Number(month.slice(0, 4)), monthNumber(month), 1)), -1);

/**
 * Which months a partner was buying in, by its status: ended partners stopped half-way, paused
 * ones three months ago, partners still negotiating ran a trial last month only. The other
 * months have a row of zeros, whose rates are null (nothing to divide by).
 */
function isRunning(status: string, index: number): boolean {
  if (status === 'ended') return index < 6;
  if (status === 'paused') return index < 9;
  if (status === 'negotiating') return index === 11;
  return true;
}

/** `percent`% of `value`, give or take `spread`%. */
const vary = (rng: Random, value: number, percent: number, spread: number) => (value * percent * rng.int(100 - spread, 100 + spread)) / 10_000;

function mediaRows(rng: Random, partners: Row[]): Row[] {
  return partners.flatMap((partner) => {
    const profile = PROFILES[partner.kind as MediaKind];
    const scale = rng.int(60, 140); // partners of a kind differ in size
    const trial = partner.status === 'negotiating' ? 20 : 100;
    return MONTHS.map((month, index) => {
      let figures = { spend: 0, visits: 0, orders: 0, revenue: 0 };
      if (isRunning(String(partner.status), index)) {
        const spendYuan = Math.round(vary(rng, (profile.spend * scale * trial) / 10_000, SEASON[monthNumber(month)], 15));
        const visits = Math.round(vary(rng, spendYuan / profile.costPerVisit, 100, 10));
        const orders = Math.min(visits, Math.round(vary(rng, (visits * profile.conversion) / 10_000, SEASON[monthNumber(month)], 20)));
        const revenue = orders * Math.round(vary(rng, profile.orderValue * 100, 100, 10)) + rng.int(0, 99);
        figures = { spend: spendYuan * 100, visits, orders, revenue };
      }
      const values = { media_partner_id: partner.id, month, ...figures };
      return newRow(mediaPartnerStats, values, rng.officeTime(lastDayOf(month)));
    });
  });
}

/** Transactions in an ordinary month and the average payment, yuan, by method. */
const PAYMENT_PROFILES: Record<string, { transactions: number; ticket: number }> = {
  alipay: { transactions: 60_000, ticket: 260 },
  tenpay: { transactions: 25_000, ticket: 220 },
  unionpay_online: { transactions: 12_000, ticket: 420 },
  online_banking: { transactions: 8_000, ticket: 380 },
  cash_on_delivery: { transactions: 15_000, ticket: 180 },
  mobile: { transactions: 6_000, ticket: 150 },
  credit_card: { transactions: 5_000, ticket: 650 },
};

/**
 * The fee rate each row stores is its partner's current rate: the snapshot the server would
 * have copied when the row was written.
 */
function paymentRows(rng: Random, partners: Row[]): Row[] {
  return partners.flatMap((partner) => {
    const profile = PAYMENT_PROFILES[String(partner.method)];
    const scale = rng.int(60, 140);
    return MONTHS.map((month, index) => {
      const running = isRunning(String(partner.status), index);
      const transactions = running ? Math.round(vary(rng, (profile.transactions * scale) / 100, SEASON[monthNumber(month)], 10)) : 0;
      const amount = transactions * Math.round(vary(rng, profile.ticket * 100, 100, 8));
      const values = { payment_partner_id: partner.id, month, transactions, amount, fee_rate: Number(partner.fee_rate) };
      return newRow(paymentPartnerVolumes, values, rng.officeTime(lastDayOf(month)));
    });
  });
}

interface CampaignSeed {
  name: string;
  tiers: readonly string[];
  sendDate: string;
  /** Recipients; 0 for a campaign not sent yet. */
  sent: number;
}

const CAMPAIGNS: readonly CampaignSeed[] = [
  { name: '双十一预售提醒 全体会员', tiers: ['regular', 'silver', 'gold', 'platinum', 'diamond'], sendDate: '2025-11-01', sent: 420_000 },
  { name: '双十一当天 金卡及以上专享券', tiers: ['gold', 'platinum', 'diamond'], sendDate: '2025-11-11', sent: 68_000 },
  { name: '双十二年终盛典 银卡会员召回', tiers: ['silver'], sendDate: '2025-12-08', sent: 150_000 },
  { name: '元旦迎新 积分翻倍通知', tiers: ['regular', 'silver'], sendDate: '2025-12-29', sent: 360_000 },
  { name: '新春年货节 钻石会员礼盒预订', tiers: ['diamond'], sendDate: '2026-01-18', sent: 6_500 },
  { name: '春节不打烊 物流安排通知', tiers: ['regular', 'silver', 'gold', 'platinum', 'diamond'], sendDate: '2026-02-05', sent: 430_000 },
  { name: '春季焕新 白金会员新品试用', tiers: ['platinum'], sendDate: '2026-03-12', sent: 18_000 },
  { name: '会员日 金卡会员额外95折', tiers: ['gold'], sendDate: '2026-04-18', sent: 52_000 },
  { name: '618预热 加购提醒', tiers: ['regular', 'silver', 'gold'], sendDate: '2026-06-01', sent: 390_000 },
  { name: '618当天 钻石会员专属客服通道', tiers: ['diamond', 'platinum'], sendDate: '2026-06-18', sent: 24_000 },
  { name: '沉睡会员唤醒 满99减20', tiers: ['regular'], sendDate: '2026-07-09', sent: 280_000 },
  { name: '七夕礼物指南', tiers: ['silver', 'gold'], sendDate: '2026-08-12', sent: 190_000 },
  { name: '中秋国庆双节 礼盒团购', tiers: ['gold', 'platinum', 'diamond'], sendDate: '2026-09-20', sent: 75_000 },
  { name: '双十一预售 白金及钻石会员抢先购', tiers: ['platinum', 'diamond'], sendDate: '2026-10-24', sent: 25_000 },
  // Scheduled after the reference date: nothing delivered yet, so its rates are null.
  { name: '双十一当天 全体会员狂欢提醒', tiers: ['regular', 'silver', 'gold', 'platinum', 'diamond'], sendDate: '2026-11-11', sent: 0 },
];

/** Higher tiers open, click and buy more, and spend more per order. */
const TIER_RANK: Record<string, number> = { regular: 0, silver: 1, gold: 2, platinum: 3, diamond: 4 };

function campaignRows(rng: Random): Row[] {
  return CAMPAIGNS.map((campaign) => {
    const rank = Math.max(...campaign.tiers.map((tier) => TIER_RANK[tier]));
    const delivered = Math.round((campaign.sent * rng.int(930, 985)) / 1000);
    const opened = Math.round((delivered * rng.int(120 + rank * 30, 180 + rank * 30)) / 1000);
    const clicked = Math.round((opened * rng.int(80 + rank * 10, 160 + rank * 10)) / 1000);
    const orders = Math.round((clicked * rng.int(50 + rank * 10, 120 + rank * 10)) / 1000);
    const revenue = orders * rng.int(250 + rank * 120, 350 + rank * 150) * 100;
    const values = {
      name: campaign.name,
      target_tiers: campaign.tiers,
      send_date: campaign.sendDate,
      sent: campaign.sent,
      delivered,
      opened,
      clicked,
      orders,
      revenue,
    };
    return newRow(edmCampaigns, values, rng.officeTime(addDays(new Date(`${campaign.sendDate}T00:00:00Z`), -7)));
  });
}

export async function seed(db: Knex): Promise<void> {
  const rng = new Random(1111);
  const media = (await db('media_partners').select('id', 'kind', 'status').orderBy('id')) as Row[];
  await insertRows(db, mediaPartnerStats.table, mediaRows(rng, media));
  const payment = (await db('payment_partners').select('id', 'method', 'status', 'fee_rate').orderBy('id')) as Row[];
  await insertRows(db, paymentPartnerVolumes.table, paymentRows(rng, payment));
  await insertRows(db, edmCampaigns.table, campaignRows(rng));
}
