import { describe, expect, test } from 'vitest';
import { useApp } from './helpers/app.ts';
import { cellText, choose, dataRows, expectUrl, menuEntries, openFromMenu, openRow, rowWith, save, textbox } from './helpers/ui.ts';

describe('procurement & logistics (procurement)', () => {
  const app = useApp();

  test('advances a draft purchase list to submitted', async ({ task }) => {
    const { page, shot } = await app.signedIn(task, 'procurement');
    expect(await menuEntries(page)).not.toContain('Users');
    await openFromMenu(page, 'Purchase lists');
    const draft = rowWith(page, 'Draft').first();
    const code = await cellText(page, draft, 'Code');
    await shot(page, 'purchase lists');

    await openRow(draft);
    await expectUrl(page, /#\/purchase_lists\/\d+\/show$/);
    await page.getByRole('link', { name: 'Edit' }).click();
    await expectUrl(page, /#\/purchase_lists\/\d+$/);
    await choose(page, 'Status', 'Submitted');
    await shot(page, 'status set to submitted');
    await save(page);

    await expectUrl(page, /#\/purchase_lists$/);
    await expect.poll(() => rowWith(page, code).innerText()).toContain('Submitted');
    await shot(page, 'list shows the list submitted');
  });

  test("edits a product's cost and stock but not its price", async ({ task }) => {
    const { page, shot } = await app.signedIn(task, 'procurement');
    await openFromMenu(page, 'Products');
    const firstRow = dataRows(page).first();
    const sku = await cellText(page, firstRow, 'SKU');
    await openRow(firstRow);
    await expectUrl(page, /#\/products\/\d+\/show$/);
    await page.getByRole('link', { name: 'Edit' }).click();
    await expectUrl(page, /#\/products\/\d+$/);

    await textbox(page, 'Purchase cost').waitFor();
    expect(await textbox(page, 'Price').isDisabled()).toBe(true);
    expect(await textbox(page, 'Purchase cost').isEnabled()).toBe(true);
    await textbox(page, 'Purchase cost').fill('12.34');
    await page.getByRole('spinbutton', { name: 'Stock', exact: true }).fill('4321');
    await shot(page, 'cost and stock changed, price disabled');
    await save(page);

    await expectUrl(page, /#\/products$/);
    await expect.poll(() => rowWith(page, sku).innerText()).toMatch(/¥12\.34[\s\S]*4,321/);
    await shot(page, 'list shows the new cost and stock');
  });
});
