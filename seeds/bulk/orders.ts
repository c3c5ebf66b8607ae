/**
 * Load-test orders for `seed:bulk --orders N`: N orders (BO000000001 onwards, continuing after
 * earlier runs) over the two years before the demo date, with one new member per eight orders
 * and one to three items each from the live products at their price. Amounts follow the rules
 * in seeds/lib/retail-rules.ts (tier discount, shipping, total); stamps follow the status.
 * Points, shipments and member figures are the demo seed's business, not the load's.
 * Written in two passes (orders, then items regenerated from the same per-batch seeds), as the
 * SQLite writer holds the only connection.
 */
import type { Knex } from 'knex';
import memberTiers from '../../server/resources/member-tiers.ts';
import members from '../../server/resources/members.ts';
import orderItems from '../../server/resources/order-items.ts';
import orders from '../../server/resources/orders.ts';
import { DEMO_NOW, FREE_SHIPPING_FROM, SHIPPING_FEE } from '../18_members_orders.ts';
import { nextId, rowMaker, syncIdSequence } from '../lib/fast-insert.ts';
import { address, memberPerson } from '../lib/member-data.ts';
import { Random } from '../lib/random.ts';
import { discountFor, orderTotal } from '../lib/retail-rules.ts';
import { openWriter, type RowWriter } from './writer.ts';

type Row = Record<string, unknown>;

const BATCH = 20_000;
const ORDERS_PER_MEMBER = 8;
const CODE_PREFIX = 'BO';
const DAY = 86_400_000;
const HISTORY_DAYS = 730;

const STATUSES = [['completed', 85], ['cancelled', 5], ['delivered', 3], ['shipped', 3], ['paid', 2], ['pending', 2]] as const;
const STEPS = ['paid_at', 'shipped_at', 'delivered_at', 'completed_at'] as const;
const REACHED: Record<string, number> = { pending: 0, cancelled: 0, paid: 1, shipped: 2, delivered: 3, completed: 4 };

interface Plan {
  orders: Row[];
  items: Row[];
}

async function nextNumber(db: Knex): Promise<number> {
  const [row] = (await db(orders.table).where('code', 'like', `${CODE_PREFIX}%`).max({ code: 'code' })) as { code: string | null }[];
  return row?.code ? Number(row.code.slice(CODE_PREFIX.length)) + 1 : 1;
}

async function writeAll(db: Knex, table: string, batches: number, rowsOf: (batch: number) => Row[], portable: boolean): Promise<void> {
  let writer: RowWriter | undefined;
  try {
    for (let batch = 0; batch < batches; batch++) {
      const rows = rowsOf(batch);
      if (!rows.length) continue;
      writer ??= await openWriter(db, table, Object.keys(rows[0]), portable);
      await writer.write(rows);
    }
    await writer?.close();
    await syncIdSequence(db, table);
  } catch (error) {
    await writer?.abort();
    throw error;
  }
}

export async function addBulkOrders(db: Knex, count: number, portable: boolean): Promise<void> {
  if (count <= 0) return;
  const started = performance.now();
  const first = await nextNumber(db);
  const tiers = (await db(memberTiers.table).orderBy('min_points').select('id', 'discount')) as Row[];
  const products = (await db('products').whereNull('deleted_at').where('status', 'active').select('id', 'price')) as Row[];
  if (!tiers.length || !products.length) throw new Error('bulk orders need the demo data (tiers and products) first');
  const memberCount = Math.ceil(count / ORDERS_PER_MEMBER);
  const firstMember = await nextId(db, members.table);
  const firstOrder = await nextId(db, orders.table);
  const firstItem = await nextId(db, orderItems.table);
  const batches = Math.ceil(count / BATCH);
  const tierOf = (member: number) => tiers[member % tiers.length];

  const memberRow = rowMaker(members);
  await writeAll(db, members.table, Math.ceil(memberCount / BATCH), (batch) => {
    const rng = new Random(0xb0_0000 + first + batch);
    const rows: Row[] = [];
    for (let i = batch * BATCH; i < Math.min(memberCount, (batch + 1) * BATCH); i++) {
      const tier = tierOf(i);
      const person = memberPerson(rng);
      const joined = new Date(DEMO_NOW.getTime() - rng.int(HISTORY_DAYS, HISTORY_DAYS + 700) * DAY);
      rows.push({
        id: firstMember + i,
        ...memberRow(
          {
            name: person.name,
            // 170 numbers are a virtual operator's: no demo member has one, and the sequence keeps them unique.
            phone: `170${String(first + i).padStart(8, '0')}`,
            email: null,
            tier_id: tier.id,
            points: 0,
            tier_discount: Number(tier.discount),
            joined_at: joined.toISOString(),
            last_order_at: null,
            order_count: 0,
            total_spent: 0,
            status: 'active',
            address: address(rng),
            notes: null,
          },
          joined,
        ),
      });
    }
    return rows;
  }, portable);

  // Orders and their items come from the same per-batch generator, drawn twice.
  const orderRow = rowMaker(orders);
  const itemRow = rowMaker(orderItems);
  const itemsBefore: number[] = [0];
  const plan = (batch: number): Plan => {
    const rng = new Random(0xb1_0000 + first + batch);
    const plan: Plan = { orders: [], items: [] };
    let itemId = firstItem + itemsBefore[batch];
    for (let i = batch * BATCH; i < Math.min(count, (batch + 1) * BATCH); i++) {
      const member = rng.int(0, memberCount - 1);
      const tier = tierOf(member);
      const status = rng.weighted(STATUSES);
      const placed = new Date(DEMO_NOW.getTime() - rng.int(1, HISTORY_DAYS * 24 * 60) * 60_000);
      const orderId = firstOrder + i;
      let subtotal = 0;
      for (let line = rng.weighted([[1, 60], [2, 28], [3, 12]] as const); line > 0; line--) {
        const product = rng.pick(products);
        const quantity = rng.weighted([[1, 8], [2, 2]] as const);
        subtotal += quantity * Number(product.price);
        plan.items.push({ id: itemId++, ...itemRow({ order_id: orderId, product_id: product.id, quantity, unit_price: Number(product.price) }, placed) });
      }
      const discount = discountFor(subtotal, Number(tier.discount));
      const shipping = subtotal - discount >= FREE_SHIPPING_FROM ? 0 : SHIPPING_FEE;
      const stamps: Row = { paid_at: null, shipped_at: null, delivered_at: null, completed_at: null, cancelled_at: null };
      let at = placed.getTime();
      for (let step = 0; step < REACHED[status]; step++) stamps[STEPS[step]] = new Date((at += rng.int(1, 48) * 3_600_000)).toISOString();
      if (status === 'cancelled') stamps.cancelled_at = new Date(at + rng.int(1, 24) * 3_600_000).toISOString();
      const values = {
        code: `${CODE_PREFIX}${String(first + i).padStart(9, '0')}`,
        member_id: firstMember + member,
        status,
        tier_discount: Number(tier.discount),
        shipping_fee: shipping,
        payment_partner_id: null,
        media_partner_id: null,
        shipping_address: '上海市浦东新区世纪大道100号',
        notes: null,
        created_by: null,
        placed_at: placed.toISOString(),
        ...stamps,
      };
      plan.orders.push({ id: orderId, ...orderRow(values, placed), subtotal, discount, total: orderTotal(subtotal, discount, shipping) });
    }
    itemsBefore[batch + 1] = itemsBefore[batch] + plan.items.length;
    return plan;
  };
  await writeAll(db, orders.table, batches, (batch) => plan(batch).orders, portable);
  await writeAll(db, orderItems.table, batches, (batch) => plan(batch).items, portable);
  const seconds = (performance.now() - started) / 1000;
  console.log(`done: ${count.toLocaleString('en')} orders, ${itemsBefore[batches].toLocaleString('en')} items, ${memberCount.toLocaleString('en')} members in ${seconds.toFixed(1)} s`);
}
