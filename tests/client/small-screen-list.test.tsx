/**
 * On a phone-sized screen the generated list is react-admin's SimpleList: one entry per record,
 * its representation, the first list columns below it and the next at the right, linking to
 * the record; no table that would be wider than the screen.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPage } from './renderPage.tsx';
import { schemaFor } from './fixtures/schemas.ts';

/** A 390 px window: every `max-width` media query above it matches (MUI's `down('sm')` is one). */
function phoneMatchMedia(query: string): MediaQueryList {
  const maxWidth = /max-width:\s*([\d.]+)px/.exec(query);
  const minWidth = /min-width:\s*([\d.]+)px/.exec(query);
  const matches = (!maxWidth || 390 <= Number(maxWidth[1])) && (!minWidth || 390 >= Number(minWidth[1])) && Boolean(maxWidth || minWidth);
  return {
    matches,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  } as MediaQueryList;
}

describe('generated list on a phone', () => {
  beforeEach(() => {
    vi.spyOn(window, 'matchMedia').mockImplementation(phoneMatchMedia);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows each product as an entry: name, SKU and catalog, price at the right', async () => {
    renderPage(schemaFor('marketing'), '/products');
    const entry = await screen.findByRole('link', { name: /Thermos cup/ }); // the English UI's name
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(entry).toHaveAttribute('href', expect.stringMatching(/\/products\/1\/show$/));
    // The catalog is a reference: shown by its name, without a link of its own inside the entry's link.
    await within(entry).findByText('Kitchen');
    expect(within(entry).getByText('CUP-001')).toBeInTheDocument();
    expect(within(entry).getByText('¥123.45')).toBeInTheDocument();
    expect(entry.querySelectorAll('a')).toHaveLength(0);
  });

  it('shows a purchase list by its code, supplier and status below, who made it at the right', async () => {
    renderPage(schemaFor('admin'), '/purchase_lists');
    const entry = await screen.findByRole('link', { name: /PL-001/ });
    await within(entry).findByText('宁波杯业');
    expect(within(entry).getByText('Draft')).toBeInTheDocument();
    await within(entry).findByText('林小姐');
  });
});
