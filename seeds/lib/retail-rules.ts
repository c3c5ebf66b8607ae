/**
 * The retail rules the demo orders and members follow, in one place. They MIRROR THE SERVER'S
 * RULES (the definition words on orders, members and point entries): the seeds write rows past
 * the write pipeline, so these formulas must say what the server would have stored. When the
 * server's rules change, change them here too (tests/api/retail-seed.test.ts checks the rows
 * against these functions).
 */
import { ageInDays } from '../../server/engine/ages-from.ts';

export interface Tier {
  id: number;
  min_points: number;
  points_per_yuan: number;
  /** Basis points off the subtotal. */
  discount: number;
}

/** Days since the last order up to which a member is active, then dormant; churned after. */
export const ACTIVE_DAYS = 90;
export const DORMANT_DAYS = 365;

/** Orders that took the member's money (and the stock): what order counts and spending add up. */
export const COUNTED_ORDER_STATUSES = ['paid', 'shipped', 'delivered', 'completed'] as const;

/** The highest tier whose min_points the points reach (tiers in any order). */
export function tierFor<T extends Tier>(tiers: readonly T[], points: number): T {
  const reached = tiers.filter((tier) => tier.min_points <= points).sort((a, b) => b.min_points - a.min_points);
  return reached[0] ?? [...tiers].sort((a, b) => a.min_points - b.min_points)[0];
}

/** The tier discount on a subtotal, fen rounded down (as the orders definition computes it). */
export function discountFor(subtotal: number, discountBasisPoints: number): number {
  return Math.floor((subtotal * discountBasisPoints) / 10_000);
}

/** total = subtotal - discount + shipping fee, all fen. */
export function orderTotal(subtotal: number, discount: number, shippingFee: number): number {
  return subtotal - discount + shippingFee;
}

/** Points a completed order credits: each whole yuan (100 fen) of its total times the tier's rate. */
export function pointsEarned(total: number, pointsPerYuan: number): number {
  return Math.floor(total / 100) * pointsPerYuan;
}

/** Points a refund takes back: those its money earned, at the rate the order earned them. */
export function pointsTakenBack(refund: number, pointsPerYuan: number): number {
  return -Math.floor(refund / 100) * pointsPerYuan;
}

/**
 * Activity from the last order (or, for a member who never ordered, from joining), on the
 * shop's calendar: whole business days between their dates.
 */
export function activityStatus(lastOrderAt: Date | null, joinedAt: Date, now: Date, zone: string): 'active' | 'dormant' | 'churned' {
  // Whole business days in the shop's zone, as the server's `agesFrom` counts them.
  const days = ageInDays((lastOrderAt ?? joinedAt).toISOString(), now, zone);
  if (days < ACTIVE_DAYS) return 'active';
  return days < DORMANT_DAYS ? 'dormant' : 'churned';
}

/** What a refund of `quantity` units of an item may be at most: what was paid for them after the tier discount. */
export function refundCeiling(unitPrice: number, quantity: number, discountBasisPoints: number): number {
  return unitPrice * quantity - discountFor(unitPrice * quantity, discountBasisPoints);
}
