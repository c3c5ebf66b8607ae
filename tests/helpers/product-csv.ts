/**
 * A product CSV of `rows` new, valid products (skus PREFIX-0…), as a person would upload: for
 * import tests and benches. Costs are half the price, above any catalog's margin floor.
 */
export function productCsv(rows: number, prefix = 'BENCH'): string {
  const lines = Array.from({ length: rows }, (_, i) => {
    const price = 1000 + (i % 5000);
    return `${prefix}-${i},压测商品 ${i},Bench product ${i},2,${price},${Math.round(price / 2)},${i % 900}`;
  });
  return ['sku,name,name_en,catalog_id,price,cost,stock', ...lines].join('\n');
}
