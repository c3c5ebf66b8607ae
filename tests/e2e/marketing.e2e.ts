import { describe, expect, test } from 'vitest';
import { useApp } from './helpers/app.ts';
import { cellText, columnHeadings, dataRows, expectUrl, menuEntries, openFromMenu, openRow, rowWith, save, textbox } from './helpers/ui.ts';

const CONTACT = '周明远 (browser test)';

describe('marketing (marketing)', () => {
  const app = useApp();

  test("edits a media partner's contact name", async ({ task }) => {
    const { page, shot } = await app.signedIn(task, 'marketing');
    await openFromMenu(page, 'Media partners');
    const partner = await cellText(page, dataRows(page).first(), 'Name');
    expect(partner).not.toBe('');
    await shot(page, 'media partners');

    await openRow(rowWith(page, partner).first());
    await expectUrl(page, /#\/media_partners\/\d+\/show$/);
    await page.getByRole('link', { name: 'Edit' }).click();
    await expectUrl(page, /#\/media_partners\/\d+$/);
    await textbox(page, 'Contact name').fill(CONTACT);
    await shot(page, 'contact name changed');
    await save(page);

    await expectUrl(page, /#\/media_partners$/);
    await expect.poll(() => rowWith(page, partner).first().innerText()).toContain(CONTACT);
    await shot(page, 'list shows the new contact');
  });

  test('sees products without purchase cost or margin, and no users or suppliers', async ({ task }) => {
    const { page, shot } = await app.signedIn(task, 'marketing');
    const menu = await menuEntries(page);
    expect(menu).not.toContain('Users');
    expect(menu).not.toContain('Suppliers');
    expect(menu).not.toContain('Purchase lists');
    await openFromMenu(page, 'Products');
    const headings = await columnHeadings(page);
    expect(headings).toContain('Price');
    expect(headings).not.toContain('Purchase cost');
    expect(headings).not.toContain('Gross margin');
    await shot(page, 'products without cost or margin');
  });
});
