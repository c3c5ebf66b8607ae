import { describe, expect, test } from 'vitest';
import { useApp } from './helpers/app.ts';
import { cellText, columnHeadings, dataRows, expectUrl, menuEntries, openFromMenu, openRow, rowWith, save, textbox } from './helpers/ui.ts';

describe('operations (ops)', () => {
  const app = useApp();

  test('changes a product price on its edit page and sees the new price in the list', async ({ task }) => {
    const { page, shot } = await app.signedIn(task, 'ops');
    await openFromMenu(page, 'Products');
    await shot(page, 'products list');

    // Operations sees what the product costs and earns; it has no users or supplier editing.
    expect(await columnHeadings(page)).toEqual(expect.arrayContaining(['Price', 'Purchase cost', 'Gross margin']));
    const menu = await menuEntries(page);
    expect(menu).toContain('Suppliers');
    expect(menu).not.toContain('Users');

    const firstRow = dataRows(page).first();
    const sku = await cellText(page, firstRow, 'SKU');
    await openRow(firstRow);
    await expectUrl(page, /#\/products\/\d+\/show$/);
    await page.getByRole('link', { name: 'Edit' }).click();
    await expectUrl(page, /#\/products\/\d+$/);
    await textbox(page, 'Price').fill('1234.56');
    await shot(page, 'edit page with the new price');
    await save(page);

    await expectUrl(page, /#\/products$/);
    await expect.poll(() => rowWith(page, sku).innerText()).toContain('¥1,234.56');
    await shot(page, 'list shows the new price');
  });

  test('may read suppliers but not edit them', async ({ task }) => {
    const { page, shot } = await app.signedIn(task, 'ops');
    await openFromMenu(page, 'Suppliers');
    await expect.poll(() => page.getByRole('link', { name: 'Create' }).count()).toBe(0);
    await openRow(dataRows(page).first());
    await expectUrl(page, /#\/suppliers\/\d+\/show$/);
    // Loaded once the app bar names the record ("Supplier <name>").
    await page.getByRole('banner').getByRole('heading', { name: /^Supplier / }).waitFor();
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    await shot(page, 'supplier shown without an edit button');
  });
});
