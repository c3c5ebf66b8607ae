/**
 * Twenty promotions around the Chinese retail calendar (春节, 618, 七夕, 中秋国庆, 双十一,
 * 双十二) plus member, product and clearance offers. Statuses follow the dates relative to the
 * reference date, except the one that was called off.
 */
import type { Knex } from 'knex';
import { newRow } from '../server/data/codec.ts';
import promotions from '../server/resources/promotions.ts';
import { REFERENCE_DATE, addDays, earliest } from './lib/clock.ts';
import { insertRows } from './lib/insert.ts';

type Kind = 'product' | 'member' | 'holiday' | 'clearance';
type Channel = 'edm' | 'phone' | 'site_slot' | 'search_ads';

interface PromotionSeed {
  name: string;
  kind: Kind;
  /** Percent in basis points (1500 = 15% off) or amount in fen. */
  discount: { percent: number } | { amount: number };
  /** Beijing calendar days, first and last. */
  from: string;
  to: string;
  channels: readonly Channel[];
  cancelled?: boolean;
}

const PROMOTIONS: readonly PromotionSeed[] = [
  { name: '2025年货节 春节不打烊 全场满199减30', kind: 'holiday', discount: { amount: 3000 }, from: '2025-01-10', to: '2025-02-05', channels: ['edm', 'site_slot', 'search_ads'] },
  { name: '金卡会员专享 全场95折', kind: 'member', discount: { percent: 500 }, from: '2025-03-01', to: '2025-12-31', channels: ['edm', 'phone'] },
  { name: '618年中大促 数码家电满1000减100', kind: 'holiday', discount: { amount: 10000 }, from: '2025-06-01', to: '2025-06-18', channels: ['edm', 'site_slot', 'search_ads'] },
  { name: '秋冬服饰换季清仓 5折起', kind: 'clearance', discount: { percent: 5000 }, from: '2025-08-20', to: '2025-09-10', channels: ['site_slot'] },
  { name: '双十一狂欢节 全场满299减50', kind: 'holiday', discount: { amount: 5000 }, from: '2025-10-20', to: '2025-11-11', channels: ['edm', 'phone', 'site_slot', 'search_ads'] },
  { name: '双十二年终盛典 满399减60', kind: 'holiday', discount: { amount: 6000 }, from: '2025-12-01', to: '2025-12-12', channels: ['edm', 'site_slot'] },
  { name: '元旦迎新 全场9折', kind: 'holiday', discount: { percent: 1000 }, from: '2025-12-28', to: '2026-01-03', channels: ['site_slot', 'search_ads'] },
  { name: '钻石会员日 每月18日额外88折', kind: 'member', discount: { percent: 1200 }, from: '2026-01-01', to: '2026-12-31', channels: ['edm', 'phone'] },
  { name: '新春年货节 坚果礼盒85折', kind: 'holiday', discount: { percent: 1500 }, from: '2026-01-20', to: '2026-02-23', channels: ['edm', 'site_slot', 'search_ads'] },
  { name: '冬装换季清仓 羽绒服低至5折', kind: 'clearance', discount: { percent: 5000 }, from: '2026-03-01', to: '2026-03-15', channels: ['site_slot', 'edm'] },
  { name: '华为新品首发 以旧换新立减300元', kind: 'product', discount: { amount: 30000 }, from: '2026-04-10', to: '2026-04-30', channels: ['search_ads', 'site_slot'] },
  { name: '618年中大促 跨店每满300减40', kind: 'holiday', discount: { amount: 4000 }, from: '2026-05-28', to: '2026-06-20', channels: ['edm', 'phone', 'site_slot', 'search_ads'] },
  { name: '七夕限定 智能手表第二件半价', kind: 'holiday', discount: { percent: 2500 }, from: '2026-08-12', to: '2026-08-19', channels: ['site_slot'] },
  { name: '中秋国庆双节 酒水礼盒满200减30', kind: 'holiday', discount: { amount: 3000 }, from: '2026-09-15', to: '2026-10-07', channels: ['edm', 'site_slot'] },
  { name: '敬老月特惠 老人手机立减50元', kind: 'product', discount: { amount: 5000 }, from: '2026-10-01', to: '2026-10-31', channels: ['phone'], cancelled: true },
  { name: '双十一狂欢节 全场满300减50', kind: 'holiday', discount: { amount: 5000 }, from: '2026-10-20', to: '2026-11-11', channels: ['edm', 'phone', 'site_slot', 'search_ads'] },
  { name: '家电库存清仓 变频空调直降800元', kind: 'clearance', discount: { amount: 80000 }, from: '2026-10-25', to: '2026-11-15', channels: ['site_slot', 'search_ads'] },
  { name: '新会员首单立减20元', kind: 'member', discount: { amount: 2000 }, from: '2026-11-15', to: '2027-01-31', channels: ['edm', 'search_ads'] },
  { name: '双十二年终盛典 满399减60', kind: 'holiday', discount: { amount: 6000 }, from: '2026-12-01', to: '2026-12-12', channels: ['edm', 'site_slot'] },
  { name: '2027新春年货节 酒水满500减80', kind: 'holiday', discount: { amount: 8000 }, from: '2027-01-15', to: '2027-02-10', channels: ['edm', 'phone', 'site_slot'] },
];

/** A Beijing wall-clock time (UTC+8, no daylight saving) as an ISO instant. */
function beijing(day: string, time: string): Date {
  return new Date(`${day}T${time}+08:00`);
}

function statusOf(seed: PromotionSeed, starts: Date, ends: Date): string {
  if (seed.cancelled) return 'cancelled';
  if (ends.getTime() <= REFERENCE_DATE.getTime()) return 'ended';
  return starts.getTime() <= REFERENCE_DATE.getTime() ? 'running' : 'planned';
}

export async function seed(db: Knex): Promise<void> {
  const rows = PROMOTIONS.map((promotion) => {
    const starts = beijing(promotion.from, '00:00:00');
    const ends = beijing(promotion.to, '23:59:59');
    const values = {
      name: promotion.name,
      kind: promotion.kind,
      discount_type: 'percent' in promotion.discount ? 'percent' : 'amount',
      discount_value: 'percent' in promotion.discount ? promotion.discount.percent : promotion.discount.amount,
      starts_at: starts.toISOString(),
      ends_at: ends.toISOString(),
      channels: [...promotion.channels],
      status: statusOf(promotion, starts, ends),
    };
    // Operations set a promotion up about two weeks ahead, never after the reference date.
    return newRow(promotions, values, earliest(addDays(starts, -14), addDays(REFERENCE_DATE, -1)));
  });
  await insertRows(db, promotions.table, rows);
}
