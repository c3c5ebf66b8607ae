import { describe, expect, it } from 'vitest';
import { csvRows } from '../../client/src/generator/exporter.ts';
import { sampleRecords } from './fixtures/records.ts';
import { schemaFor } from './fixtures/schemas.ts';

const productsFor = (role: 'marketing' | 'operations') =>
  schemaFor(role).resources.find((resource) => resource.name === 'products')!;

describe('CSV export', () => {
  it('writes only the fields the role can read, even if a record carries more', () => {
    const [row] = csvRows(productsFor('marketing'), sampleRecords().products);
    expect(Object.keys(row)).not.toContain('cost');
    expect(Object.keys(row)).not.toContain('margin');
    expect(row).toMatchObject({ sku: 'CUP-001', price: '123.45' });
  });

  it('writes amounts in yuan and rates in percent', () => {
    const [row] = csvRows(productsFor('operations'), sampleRecords().products);
    expect(row).toMatchObject({ price: '123.45', cost: '80.00', margin: '35.20%', stock: 40 });
  });
});
