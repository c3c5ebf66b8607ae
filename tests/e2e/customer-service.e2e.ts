import { describe, expect, test } from 'vitest';
import { useApp } from './helpers/app.ts';
import { cellText, columnHeadings, dataRows, exactText, expectUrl, menuEntries, openFromMenu, openRow } from './helpers/ui.ts';

const SEARCH = '花生油';

describe('customer service (service)', () => {
  const app = useApp();

  test('searches a product by name and opens it, read-only and without cost or channel prices', async ({ task }) => {
    const { page, shot } = await app.signedIn(task, 'service');
    const menu = await menuEntries(page);
    for (const hidden of ['Suppliers', 'Purchase lists', 'Purchase list items', 'Price history']) expect(menu).not.toContain(hidden);
    // The desk's own resources, and the agents among the users (to see who works a ticket).
    for (const shown of ['Service tickets', 'Callbacks', 'Service manuals', 'Users']) expect(menu).toContain(shown);
    await openFromMenu(page, 'Products');
    const headings = await columnHeadings(page);
    expect(headings).toContain('Price');
    for (const hidden of ['Purchase cost', 'Gross margin']) expect(headings).not.toContain(hidden);
    expect(await page.getByRole('link', { name: 'Create' }).count()).toBe(0);

    await page.getByRole('textbox', { name: 'Search' }).fill(SEARCH);
    await expect
      .poll(() => dataRows(page).allInnerTexts(), { timeout: 10_000 })
      .toSatisfy((rows: string[]) => rows.length > 0 && rows.every((row) => row.includes(SEARCH)));
    await shot(page, 'search results');

    const name = await cellText(page, dataRows(page).first(), 'Name (Chinese)');
    await openRow(dataRows(page).first());
    await expectUrl(page, /#\/products\/\d+\/show$/);
    await exactText(page, name).first().waitFor();
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    await shot(page, 'product page');

    await page.getByRole('tab', { name: 'Pricing' }).click();
    await exactText(page, 'Price').first().waitFor();
    for (const hidden of ['Purchase cost', 'Gross margin', 'Offline channel price', 'Competitor price']) {
      expect(await exactText(page, hidden).count()).toBe(0);
    }
    await shot(page, 'pricing without cost or channel prices');
  });
});
