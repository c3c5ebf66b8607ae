/**
 * Records are named in the admin's language where they have a name in it: a product's and a
 * catalog's English names in the English UI (references, titles, pickers), the Chinese ones in
 * the Chinese UI, and the Chinese name wherever the English one is empty.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { recordName } from '../../client/src/schema/recordName.ts';
import type { AppSchema } from '../../server/engine/schema.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { renderPage } from './renderPage.tsx';

function inChinese(schema: AppSchema): AppSchema {
  return { ...schema, user: { ...schema.user, locale: 'zh' } };
}

/** Whole-admin renders that navigate or change language: allow for a busy machine. */
const WHOLE_ADMIN = 120_000;

const products = { recordRepresentation: 'name', recordRepresentationIn: { en: 'name_en' } };

describe('record names per language', () => {
  it('falls back to the Chinese name, then the id', () => {
    expect(recordName(products, { id: 1, name: '保温杯', name_en: 'Thermos cup' }, 'en')).toBe('Thermos cup');
    expect(recordName(products, { id: 1, name: '保温杯', name_en: 'Thermos cup' }, 'zh')).toBe('保温杯');
    expect(recordName(products, { id: 1, name: '保温杯', name_en: ' ' }, 'en')).toBe('保温杯');
    expect(recordName(products, { id: 1, name: '保温杯', name_en: null }, 'en')).toBe('保温杯');
    expect(recordName(products, { id: 7 }, 'en')).toBe('#7');
  });

  it('shows the English catalog name in the English product list', async () => {
    renderPage(schemaFor('operations'), '/products');
    await screen.findByText('CUP-001');
    await screen.findByText('Kitchen'); // the Catalog column
    expect(screen.queryByText('厨房用品')).not.toBeInTheDocument();
  }, WHOLE_ADMIN);

  it('names the product in English in the edit page title and the catalog in English in its picker', async () => {
    renderPage(schemaFor('operations'), '/products/1');
    expect(await screen.findByText('Product Thermos cup')).toBeInTheDocument();
    // The picker shows its record's name once that record has loaded.
    const picker = await screen.findByRole('combobox', { name: /^Catalog/ });
    await waitFor(() => expect(picker).toHaveValue('Kitchen'));
  }, WHOLE_ADMIN);

  it('shows the Chinese names in the Chinese UI', async () => {
    renderPage(inChinese(schemaFor('operations')), '/products/1');
    expect(await screen.findByText('商品 保温杯')).toBeInTheDocument();
    // The picker follows once react-admin has loaded its Chinese and re-mounted the admin.
    expect(await screen.findByDisplayValue('厨房用品')).toBeInTheDocument();
    expect(screen.queryByDisplayValue('Kitchen')).not.toBeInTheDocument();
  }, WHOLE_ADMIN);
});
