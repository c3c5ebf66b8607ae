import { screen } from '@testing-library/react';
import userEvent from './user.ts';
import { describe, expect, it } from 'vitest';
import { schemaFor } from './fixtures/schemas.ts';
import { renderPage } from './renderPage.tsx';

describe('override registry', () => {
  it('replaces a generated view and leaves the others generated', async () => {
    const CustomCatalogList = () => <p>Hand-written catalog list</p>;
    renderPage(schemaFor('operations'), '/catalogs', { overrides: { catalogs: { list: CustomCatalogList } } });
    expect(await screen.findByText('Hand-written catalog list')).toBeInTheDocument();
  });

  it('serves the product page with tabs from the default registry', async () => {
    renderPage(schemaFor('marketing'), '/products/1/show');
    expect(await screen.findByRole('tab', { name: 'Basics' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Pricing' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Stock' })).toBeInTheDocument();
    expect(await screen.findByText('CUP-001')).toBeInTheDocument();

    // The override still draws its fields from the schema: marketing sees no cost in "Pricing".
    await userEvent.click(screen.getByRole('tab', { name: 'Pricing' }));
    expect(await screen.findByText('¥123.45')).toBeInTheDocument();
    expect(screen.queryByText('Purchase cost')).not.toBeInTheDocument();
  });
});
