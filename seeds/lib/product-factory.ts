/**
 * Builds one believable product (API values) from a leaf catalog's brand x type x variant
 * lists: shared by the demo seed and the bulk seeder so both produce the same kind of row.
 */
import { HISTORY_START, addDays, daysFromReference, isoDay, REFERENCE_DATE } from './clock.ts';
import type { LeafCatalog, ProductType, SupplierGroup, Term } from './catalog-data.ts';
import type { Random } from './random.ts';

export interface ProductSpec {
  leaf: LeafCatalog;
  group: SupplierGroup;
  brand: Term;
  type: ProductType;
  variant: Term;
  sku: string;
  catalogId: number;
  supplierId: number | null;
}

export interface ProductValues {
  values: Record<string, unknown>;
  /** When the record was created, for created_at. */
  createdAt: Date;
}

const SELLING_POINTS: Record<SupplierGroup, readonly string[]> = {
  digital: ['正品行货,全国联保', '支持7天无理由退货', '顺丰包邮,次日达', '以旧换新最高补贴300元', '12期分期免息'],
  apparel: ['精选面料,亲肤透气', '支持7天无理由退换', '专柜同款', '运费险,退换无忧', '版型修身显瘦'],
  food: ['产地直采,新鲜直达', '独立小包装,方便携带', '0添加防腐剂', '冷链配送', '官方旗舰品质保证'],
};

/** Whole yuan ending in 9 (a retail price point), in fen; cheap items sometimes end in .90. */
function pricePoint(rng: Random, type: ProductType): number {
  const [min, max] = type.price;
  const yuan = Math.max(min, Math.min(max, Math.floor(rng.int(min, max) / 10) * 10 + 9));
  return yuan < 100 && rng.chance(0.4) ? yuan * 100 - 10 : yuan * 100;
}

/** Round fen to whole yuan. */
function toYuan(fen: number): number {
  return Math.round(fen / 100) * 100;
}

export function buildProduct(rng: Random, spec: ProductSpec): ProductValues {
  const { leaf, brand, type, variant } = spec;
  const price = pricePoint(rng, type);
  // Margins follow the category; about one product in twenty is a thin-margin traffic item.
  const marginBp = rng.chance(0.05) ? rng.int(50, 400) : rng.int(leaf.margin[0] * 100, leaf.margin[1] * 100);
  const cost = Math.round((price * (10000 - marginBp)) / 10000);
  // Traditional retail usually charges more than the web shop; sometimes it is cheaper.
  const channelPrice = rng.chance(0.85) ? toYuan(price * (1.05 + rng.next() * 0.3)) : toYuan(price * (0.95 + rng.next() * 0.05));
  const competitorPrice = rng.chance(0.9) ? Math.round((price * (0.9 + rng.next() * 0.2)) / 10) * 10 : null;
  const status = rng.weighted([
    ['active', 80],
    ['draft', 12],
    ['discontinued', 8],
  ] as const);
  const stock =
    status === 'discontinued' || rng.chance(0.08)
      ? rng.chance(0.7)
        ? 0
        : rng.int(1, 30)
      : rng.weighted([
          [rng.int(1, 200), 4],
          [rng.int(200, 1500), 4],
          [rng.int(1500, 5000), 2],
        ] as const);
  const launched =
    status === 'draft'
      ? rng.dateBetween(addDays(REFERENCE_DATE, 7), daysFromReference(120))
      : status === 'discontinued'
        ? rng.dateBetween(HISTORY_START, daysFromReference(-180))
        : rng.dateBetween(HISTORY_START, REFERENCE_DATE);
  const createdDay = status === 'draft' ? daysFromReference(-rng.int(1, 45)) : addDays(launched, -rng.int(3, 30));
  const [pointA, pointB] = rng.sample(SELLING_POINTS[spec.group], 2);

  return {
    createdAt: rng.officeTime(createdDay),
    values: {
      sku: spec.sku,
      name: `${brand.zh} ${type.zh} ${variant.zh}`,
      name_en: `${brand.en} ${type.en}, ${variant.en}`,
      catalog_id: spec.catalogId,
      supplier_id: spec.supplierId,
      brand: brand.zh,
      description: `<p>${brand.zh}${type.zh}(${variant.zh}),${pointA},${pointB}。</p>`,
      price,
      cost,
      channel_price: channelPrice,
      competitor_price: competitorPrice,
      stock,
      status,
      featured: status === 'active' && rng.chance(0.12),
      launched_on: isoDay(launched),
    },
  };
}

/** Upper-case letters and digits of an English brand name, for SKUs. */
export function brandCode(brand: Term): string {
  return brand.en.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 8);
}
