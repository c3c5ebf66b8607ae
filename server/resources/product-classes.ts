/**
 * The growth-share rule (BCG matrix, 波士顿矩阵) that sorts the products of one catalog into
 * stars, cash cows, question marks and dogs from their monthly sales. Pure: the products
 * definition hands it to the `derivedFrom` word, which feeds it a catalog's live products and
 * their live sales rows and stores what it answers.
 *
 * - growth: units sold in the last 3 months against the same 3 months a year earlier, in basis
 *   points (+1000 = 10% more). Null when the product sold nothing in those base months (it is
 *   new, or was not on sale): then a product that sells now counts as growing (a newcomer is a
 *   question mark, or a star if it already sells like the leader), one that sells nothing now
 *   does not.
 * - relative share: the product's revenue over the last 12 months divided by the revenue of the
 *   catalog's leader (the catalog's best seller by revenue) over the same months, in basis
 *   points: the leader has 10000. Null when nobody in the catalog sold anything.
 *
 * "The last month" is the latest month any product of the catalog has a sales row for, not the
 * day of the recompute: the stored classes then depend on the figures alone and never go stale
 * as the clock moves on without a write (the demo's last month is 2026-10).
 * A product with no sales in any of the 15 months the rule reads is not judged (all null).
 */
import { columnBounds, type Choice } from '../engine/definition.ts';

type Row = Record<string, unknown>;

export const BCG_CLASSES: readonly Choice[] = [
  { id: 'star', label: { en: 'Star', zh: '明星' } },
  { id: 'cash_cow', label: { en: 'Cash cow', zh: '现金牛' } },
  { id: 'question_mark', label: { en: 'Question mark', zh: '问号' } },
  { id: 'dog', label: { en: 'Dog', zh: '瘦狗' } },
];

export type BcgClass = 'star' | 'cash_cow' | 'question_mark' | 'dog';

/**
 * Growth at or above 10% is "high": the line the growth-share matrix traditionally draws, and
 * well above what prices and the retail calendar move by themselves once a year's same months
 * are compared (春节 and 双十一 fall in the same quarter both years).
 */
export const HIGH_GROWTH_BASIS_POINTS = 1000;
/**
 * A share at or above half the leader's revenue is "high". The textbook line is 1.0x the
 * largest competitor, but measured against our own catalog leader only the leader itself would
 * reach it; half of it picks out the few products that carry a catalog (in the demo about a
 * product in five), which is what 畅销品 / 潜力产品 mean to the buyers.
 */
export const HIGH_SHARE_BASIS_POINTS = 5000;

/** Months read: the last 3 (growth), the 12 of the share, and the 3 a year before the last ones. */
const GROWTH_MONTHS = 3;
const SHARE_MONTHS = 12;

export type ProductClass = {
  sales_growth: number | null;
  relative_share: number | null;
  bcg_class: BcgClass | null;
};

/** "2026-10-01" as a month count (year * 12 + month index), for arithmetic across years. */
function monthIndex(month: unknown): number | null {
  const match = typeof month === 'string' ? /^(\d{4})-(\d{2})/.exec(month) : null;
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
}

/** The largest rate a basis-points column holds: a growth from 1 unit to millions is capped there. */
const [MIN_BASIS_POINTS, MAX_BASIS_POINTS] = columnBounds('basis_points');

/** numerator * 10000 / denominator (denominator > 0), rounded half away from zero, with integers only. */
function basisPoints(numerator: number, denominator: number): number {
  const magnitude = (2n * BigInt(Math.abs(numerator)) * 10_000n + BigInt(denominator)) / (2n * BigInt(denominator));
  const value = Number(numerator < 0 ? -magnitude : magnitude);
  return Math.min(MAX_BASIS_POINTS, Math.max(MIN_BASIS_POINTS, value));
}

/** Where a product falls, given its growth (null: no base year) and relative share. */
export function classify(growth: number | null, share: number | null, sellsNow: boolean): BcgClass {
  const highShare = share !== null && share >= HIGH_SHARE_BASIS_POINTS;
  const highGrowth = growth === null ? sellsNow : growth >= HIGH_GROWTH_BASIS_POINTS;
  if (highShare) return highGrowth ? 'star' : 'cash_cow';
  return highGrowth ? 'question_mark' : 'dog';
}

/**
 * The classes of a catalog's products from their sales rows (`product_id`, `month`, `units`,
 * `revenue`), by product id. Every product given gets an answer, unjudged ones all null.
 */
export function productClasses(products: readonly Row[], sales: readonly Row[]): Map<number, ProductClass> {
  const months = sales.map((row) => monthIndex(row.month)).filter((index): index is number => index !== null);
  const last = months.length ? Math.max(...months) : null;
  const totals = new Map<number, { recent: number; base: number; revenue: number; seen: boolean }>();
  for (const product of products) totals.set(Number(product.id), { recent: 0, base: 0, revenue: 0, seen: false });
  if (last !== null) {
    for (const row of sales) {
      const total = totals.get(Number(row.product_id));
      const index = monthIndex(row.month);
      if (!total || index === null) continue;
      const age = last - index; // 0 = the last month
      const units = Number(row.units) || 0;
      if (age < 0) continue;
      if (age < GROWTH_MONTHS) total.recent += units;
      if (age >= 12 && age < 12 + GROWTH_MONTHS) total.base += units;
      if (age < SHARE_MONTHS) total.revenue += Number(row.revenue) || 0;
      if (age < 12 + GROWTH_MONTHS && (units > 0 || Number(row.revenue) > 0)) total.seen = true;
    }
  }
  const leader = Math.max(0, ...[...totals.values()].map((total) => total.revenue));
  const out = new Map<number, ProductClass>();
  for (const [id, total] of totals) {
    if (!total.seen) {
      out.set(id, { sales_growth: null, relative_share: null, bcg_class: null });
      continue;
    }
    const growth = total.base > 0 ? basisPoints(total.recent - total.base, total.base) : null;
    const share = leader > 0 ? basisPoints(total.revenue, leader) : null;
    out.set(id, { sales_growth: growth, relative_share: share, bcg_class: classify(growth, share, total.recent > 0) });
  }
  return out;
}
