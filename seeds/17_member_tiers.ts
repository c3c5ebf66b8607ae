/**
 * The four member tiers (会员等级): points from whole yuan paid lift a member up; higher tiers
 * earn faster and pay less.
 */
import type { Knex } from 'knex';
import { newRow } from '../server/data/codec.ts';
import memberTiers from '../server/resources/member-tiers.ts';
import { daysFromReference } from './lib/clock.ts';
import { insertRows } from './lib/insert.ts';

export const MEMBER_TIERS = [
  { name: '普通会员', name_en: 'Regular', min_points: 0, points_per_yuan: 1, discount: 0 },
  { name: '银卡会员', name_en: 'Silver', min_points: 1_000, points_per_yuan: 1, discount: 200 },
  { name: '金卡会员', name_en: 'Gold', min_points: 5_000, points_per_yuan: 2, discount: 500 },
  { name: '钻石会员', name_en: 'Diamond', min_points: 15_000, points_per_yuan: 3, discount: 800 },
] as const;

export async function seed(db: Knex): Promise<void> {
  await insertRows(db, memberTiers.table, MEMBER_TIERS.map((tier) => newRow(memberTiers, tier, daysFromReference(-800))));
}
