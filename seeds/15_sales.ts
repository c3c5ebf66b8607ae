/**
 * Two years of monthly sales for the demo (2024-11 to 2026-10, the 24 months before the
 * reference date), then the products' sales classes computed by the same rule the server
 * applies on every write. Each product on sale before the base months gets a course, drawn
 * with a seeded generator, so that every catalog has the four kinds the buyers know:
 * big growing sellers (明星), big steady or slipping ones (现金牛), small fast-growing ones (问号)
 * and small flat or shrinking ones (瘦狗). Products launched later sell from their launch
 * month, growing (newcomers, mostly 问号); discontinued ones stopped selling five months ago;
 * drafts have no sales. Months follow the retail calendar (春节 dip, 618, 双十一).
 * Also brings the products' copy of their catalog's margin floor (and so their margin headroom)
 * up to date, as the floors are set in bulk by 13_price_history.
 * Runs after 04_products (prices, launch dates, statuses).
 */
import type { Knex } from 'knex';
import { decodeRow, newRow } from '../server/data/codec.ts';
import { recomputeAll } from '../server/data/derived.ts';
import { refreshAllFollowedCopies } from '../server/data/followed-copies.ts';
import catalogs from '../server/resources/catalogs.ts';
import { resources } from '../server/resources/index.ts';
import products from '../server/resources/products.ts';
import sales from '../server/resources/sales.ts';
import { isoDay } from './lib/clock.ts';
import { insertRows } from './lib/insert.ts';
import { Random } from './lib/random.ts';

type Row = Record<string, unknown>;

/** The first days of the 24 months before the reference date (2026-11-01), oldest first. */
export const SALES_MONTHS: readonly string[] = Array.from({ length: 24 }, (_, i) => isoDay(new Date(Date.UTC(2024, 10 + i, 1))));

/**
 * The first month of the shop's own orders (18_orders): from it on, monthly sales are summed
 * from completed orders; the months before stay as typed in (`source` 'manual').
 */
export const FIRST_ORDER_MONTH = SALES_MONTHS[12];

/**
 * The courses below are in the size of a big shop's figures; the demo's own orders (about twelve
 * thousand a year) sell far fewer units. Units are brought down to the orders' size as
 * SCALE x units^COMPRESSION: a power keeps which products grow and which lead (ratios become
 * smaller ratios in the same direction) while a product's few units a month stay countable.
 */
const SCALE = 0.16;
const COMPRESSION = 0.6;

/** Percent of an ordinary month's sales, by month number (1 = January). */
const SEASON: Record<number, number> = { 1: 90, 2: 70, 3: 95, 4: 100, 5: 105, 6: 135, 7: 95, 8: 95, 9: 100, 10: 110, 11: 160, 12: 125 };

interface Course {
  /** An ordinary month's revenue at the start of the history, yuan. */
  revenue: number;
  /** Change over a year: 0.4 = 40% more each year. */
  yearly: number;
}

/** Sizes and trends far enough from the rule's lines (10% growth, half the leader's revenue) that noise does not move them. */
const COURSES = {
  star: { revenue: 320_000, yearly: 0.45 },
  cash_cow: { revenue: 520_000, yearly: -0.06 },
  question_mark: { revenue: 45_000, yearly: 0.7 },
  shrinking: { revenue: 55_000, yearly: -0.35 },
  flat: { revenue: 35_000, yearly: 0 },
  newcomer: { revenue: 50_000, yearly: 0.5 },
} satisfies Record<string, Course>;

type CourseName = keyof typeof COURSES;

/** The first base month of the growth rule (2025-08): a product launched later has no base year. */
const BASE_START = SALES_MONTHS[9];
/** Discontinued products sold nothing in the last five months. */
const DISCONTINUED_STOP = SALES_MONTHS[19];

function courseOf(rng: Random, product: Row): CourseName | undefined {
  if (product.status === 'draft') return undefined;
  const launched = String(product.launched_on ?? SALES_MONTHS[0]);
  if (product.status === 'active' && launched >= BASE_START) return 'newcomer';
  if (product.status === 'discontinued') return 'shrinking';
  return rng.weighted([
    ['star', 12],
    ['cash_cow', 16],
    ['question_mark', 16],
    ['shrinking', 28],
    ['flat', 28],
  ] as const);
}

export function salesRows(rng: Random, productRows: readonly Row[]): Row[] {
  const rows: Row[] = [];
  for (const product of productRows) {
    const course = courseOf(rng, product);
    if (!course) continue;
    const { revenue, yearly } = COURSES[course];
    const price = Number(product.price);
    const size = 0.8 + rng.next() * 0.4; // products of one course differ a little
    const launchMonth = `${String(product.launched_on ?? SALES_MONTHS[0]).slice(0, 7)}-01`;
    // Rounding carries its error to the next month, so any three months sum to their exact size.
    let exactSoFar = 0;
    let unitsSoFar = 0;
    SALES_MONTHS.forEach((month, index) => {
      if (month < launchMonth) return;
      if (product.status === 'discontinued' && month >= DISCONTINUED_STOP) return;
      const trend = Math.pow(1 + yearly, index / 12);
      const noise = 0.93 + rng.next() * 0.14;
      const yuan = revenue * size * trend * noise * (SEASON[Number(month.slice(5, 7))] / 100);
      exactSoFar += SCALE * Math.pow((yuan * 100) / price, COMPRESSION);
      const units = Math.round(exactSoFar) - unitsSoFar;
      unitsSoFar += units;
      if (units === 0) return;
      // Coupons and promotions: revenue is 90-100% of list price.
      const realised = 9000 + rng.int(0, 1000);
      rows.push({ product_id: product.id, month, units, revenue: Math.round((units * price * realised) / 10_000) });
    });
  }
  return rows;
}

/** The whole plan of 24 months, the same on every call: 18_orders sells its last 12 months. */
export async function salesPlan(db: Knex): Promise<Row[]> {
  const productRows = ((await db(products.table).whereNull('deleted_at').orderBy('id').select('id', 'price', 'status', 'launched_on')) as Row[]).map(
    (row) => decodeRow(products, row),
  );
  return salesRows(new Random(1515), productRows);
}

export async function seed(db: Knex): Promise<void> {
  // The months of orders are summed from them by 18_orders (with the same plan, drawn again).
  const rows = (await salesPlan(db)).filter((values) => String(values.month) < FIRST_ORDER_MONTH).map((values) => {
    // Entered on the second day of the following month, as operations close a month.
    const [year, month] = String(values.month).split('-').map(Number);
    return newRow(sales, values, new Date(Date.UTC(year, month, 2, 2, 0, 0)));
  });
  await insertRows(db, sales.table, rows);
  await recomputeAll(db, products, sales);
  // The floors were set after the products were loaded (13_price_history): products follow them.
  await refreshAllFollowedCopies(db, resources, catalogs);
}
