import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { schemaFor } from './fixtures/schemas.ts';
import { renderApp } from './renderApp.tsx';

/** The menu's department headings and entries, in order. */
async function menuEntries(): Promise<string[]> {
  const menu = (await screen.findByRole('menuitem', { name: 'Products' })).parentElement as HTMLElement;
  return Array.from(menu.querySelectorAll('.MuiListSubheader-root, a')).map((node) =>
    node.tagName === 'A' ? `  ${node.textContent}` : (node.textContent ?? ''),
  );
}

describe('department menu', () => {
  it('groups the resources a role reaches under their departments, skipping empty ones', async () => {
    renderApp(schemaFor('procurement'), '/products');
    expect(await menuEntries()).toEqual([
      '  Dashboard',
      'Operations',
      '  Products',
      '  Price history',
      '  Monthly sales',
      '  Sales forecasts',
      '  Catalogs',
      '  Channel topics',
      '  Display slots',
      'Procurement & logistics',
      '  Suppliers',
      '  Purchase lists',
      '  Shipments',
      'Customer service',
      '  Orders',
    ]);
  });
});
