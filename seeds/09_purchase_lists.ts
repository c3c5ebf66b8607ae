/**
 * Twenty purchase lists in every status, each with 2-8 items of products from the list's
 * supplier. Operations staff draft lists (the `ops` demo user owns several drafts, which the
 * row rules let it edit); procurement handles the rest. Totals are set from the items, as the
 * server's rollup would.
 */
import type { Knex } from 'knex';
import { newRow } from '../server/data/codec.ts';
import purchaseListItems from '../server/resources/purchase-list-items.ts';
import purchaseLists from '../server/resources/purchase-lists.ts';
import { addDays, daysFromReference, earliest, isoDay } from './lib/clock.ts';
import { insertRows } from './lib/insert.ts';
import { refreshRollupFields } from './lib/rollups.ts';
import { userId } from './lib/lookup.ts';
import { Random } from './lib/random.ts';

type ListStatus = 'draft' | 'submitted' | 'approved' | 'ordered' | 'received' | 'cancelled';

/** Status and author of each list, oldest first; later statuses belong to older lists. */
const PLAN: readonly { status: ListStatus; by: 'ops' | 'procurement' }[] = [
  { status: 'received', by: 'procurement' },
  { status: 'received', by: 'procurement' },
  { status: 'cancelled', by: 'ops' },
  { status: 'received', by: 'ops' },
  { status: 'received', by: 'procurement' },
  { status: 'ordered', by: 'procurement' },
  { status: 'cancelled', by: 'procurement' },
  { status: 'ordered', by: 'ops' },
  { status: 'ordered', by: 'procurement' },
  { status: 'approved', by: 'procurement' },
  { status: 'approved', by: 'ops' },
  { status: 'approved', by: 'procurement' },
  { status: 'submitted', by: 'ops' },
  { status: 'submitted', by: 'procurement' },
  { status: 'submitted', by: 'ops' },
  { status: 'draft', by: 'ops' },
  { status: 'draft', by: 'procurement' },
  { status: 'draft', by: 'ops' },
  { status: 'draft', by: 'ops' },
  { status: 'draft', by: 'procurement' },
];

const NOTES: Record<ListStatus, readonly (string | null)[]> = {
  draft: ['双十二备货,待确认数量', '根据近30天销量补货', null],
  submitted: ['已提交采购经理审批', '主推商品备货,请优先处理'],
  approved: ['审批通过,等待下单', '预算已确认'],
  ordered: ['已向供应商下单,预计7天到货', '分两批发货'],
  received: ['已入库,质检合格', '到货数量与订单一致'],
  cancelled: ['供应商缺货,取消采购', '促销方案调整,取消本次采购'],
};

interface ProductRow {
  id: number;
  supplier_id: number;
  cost: number;
}

export async function seed(db: Knex): Promise<void> {
  const rng = new Random(909);
  const authors = { ops: await userId(db, 'ops'), procurement: await userId(db, 'procurement') };
  const products = ((await db('products').whereNotNull('supplier_id').select('id', 'supplier_id', 'cost').orderBy('id')) as ProductRow[]).map(
    (p) => ({ id: Number(p.id), supplier_id: Number(p.supplier_id), cost: Number(p.cost) }),
  );
  const bySupplier = new Map<number, ProductRow[]>();
  for (const product of products) {
    const group = bySupplier.get(product.supplier_id) ?? [];
    group.push(product);
    bySupplier.set(product.supplier_id, group);
  }
  // Only suppliers that carry enough products to fill a list.
  const supplierIds = [...bySupplier.keys()].filter((id) => (bySupplier.get(id)?.length ?? 0) >= 8).sort((a, b) => a - b);

  const lists = PLAN.map((plan, index) => {
    const created = rng.officeTime(daysFromReference(-300 + index * 15 - rng.int(0, 6)));
    const supplierId = rng.pick(supplierIds);
    return {
      supplierId,
      row: newRow(
        purchaseLists,
        {
          code: `PL-${created.getUTCFullYear()}-${String(index + 1).padStart(4, '0')}`,
          supplier_id: supplierId,
          status: plan.status,
          created_by: authors[plan.by],
          needed_by: isoDay(addDays(created, rng.int(10, 30))),
          notes: rng.pick(NOTES[plan.status]),
        },
        earliest(created, daysFromReference(-1)),
      ),
    };
  });
  const listIds = await insertRows(
    db,
    purchaseLists.table,
    lists.map((l) => l.row),
  );

  const items = lists.flatMap((list, index) =>
    rng.sample(bySupplier.get(list.supplierId) ?? [], rng.int(2, 8)).map((product) => {
      const values = {
        purchase_list_id: listIds[index],
        product_id: product.id,
        quantity: rng.weighted([
          [rng.int(1, 5) * 10, 5],
          [rng.int(1, 10) * 50, 3],
          [rng.int(2, 10) * 100, 1],
        ] as const),
        // Negotiated prices land within 5% of the catalogue cost.
        unit_cost: Math.round(product.cost * (0.95 + rng.next() * 0.1)),
      };
      return newRow(purchaseListItems, values, new Date(String(list.row.created_at)));
    }),
  );
  await insertRows(db, purchaseListItems.table, items);
  await refreshRollupFields(db, purchaseLists);
}
