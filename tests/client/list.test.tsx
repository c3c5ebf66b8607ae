import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from './renderPage.tsx';
import { schemaFor } from './fixtures/schemas.ts';

/** The column headers of the list table, in order (the select-all checkbox column has no text). */
async function columnHeaders(): Promise<string[]> {
  await screen.findByText('CUP-001');
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('columnheader')
    .map((header) => header.textContent?.trim() ?? '')
    .filter(Boolean);
}

describe('generated list', () => {
  it('shows marketing the product columns without cost and margin', async () => {
    renderPage(schemaFor('marketing'), '/products');
    expect(await columnHeaders()).toEqual(['SKU', 'Name (Chinese)', 'Catalog', 'Price', 'Stock', 'Status', 'Featured']);
    expect(screen.queryByText('¥80.00')).not.toBeInTheDocument();
  });

  it('shows operations the cost and margin columns, with money and percent formatted', async () => {
    renderPage(schemaFor('operations'), '/products');
    expect(await columnHeaders()).toEqual([
      'SKU',
      'Name (Chinese)',
      'Catalog',
      'Price',
      'Purchase cost',
      'Gross margin',
      'Stock',
      'Status',
      'Featured',
    ]);
    expect(screen.getByText('¥123.45')).toBeInTheDocument();
    expect(screen.getByText('¥80.00')).toBeInTheDocument();
    expect(screen.getByText('35.20%')).toBeInTheDocument();
  });

  it('offers marketing export, but neither create nor bulk selection', async () => {
    renderPage(schemaFor('marketing'), '/products');
    await screen.findByText('CUP-001');
    expect(screen.getByRole('button', { name: /export/i })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /create/i })).not.toBeInTheDocument();
    expect(within(screen.getByRole('table')).queryAllByRole('checkbox')).toHaveLength(0);
  });

  it('offers operations create and bulk selection', async () => {
    renderPage(schemaFor('operations'), '/products');
    await screen.findByText('CUP-001');
    expect(screen.getByRole('link', { name: /create/i })).toBeInTheDocument();
    expect(within(screen.getByRole('table')).queryAllByRole('checkbox').length).toBeGreaterThan(0);
  });

  it('offers no export to a role without the export action', async () => {
    const schema = schemaFor('marketing');
    const products = schema.resources.find((resource) => resource.name === 'products')!;
    products.actions = products.actions.filter((action) => action !== 'export');
    renderPage(schema, '/products');
    await screen.findByText('CUP-001');
    expect(screen.queryByRole('button', { name: /export/i })).not.toBeInTheDocument();
  });
});
