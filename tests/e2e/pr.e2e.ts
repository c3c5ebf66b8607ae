import { describe, expect, test } from 'vitest';
import { useApp } from './helpers/app.ts';
import { cellText, columnHeadings, dataRows, expectUrl, menuEntries, openFromMenu, rowWith, save, textbox } from './helpers/ui.ts';

const HEADLINE = 'Browser test: launch event widely covered';

describe('PR (pr)', () => {
  const app = useApp();

  test('adds a press clipping to an event and sees it on the event page', async ({ task }) => {
    const { page, shot } = await app.signedIn(task, 'pr');
    await openFromMenu(page, 'PR events');
    const title = await cellText(page, dataRows(page).first(), 'Title');
    expect(title).not.toBe('');
    await shot(page, 'events');

    await openFromMenu(page, 'Press clippings');
    await page.getByRole('link', { name: 'Create' }).click();
    await expectUrl(page, /#\/press_clippings\/create$/);
    const event = page.getByRole('combobox', { name: 'Event', exact: true });
    await event.click();
    await event.fill(title.slice(0, 8));
    await page.getByRole('option', { name: title, exact: true }).click();
    await textbox(page, 'Outlet').fill('新京报');
    await textbox(page, 'Headline').fill(HEADLINE);
    await textbox(page, 'Published on').fill('2026-11-20');
    await shot(page, 'clipping form filled');
    await save(page);

    // Created: the clipping's page links to its event, whose page lists its clippings.
    await expectUrl(page, /#\/press_clippings\/\d+\/show$/);
    await shot(page, 'clipping created');
    await page.getByRole('link', { name: title, exact: true }).click();
    await expectUrl(page, /#\/pr_events\/\d+\/show$/);
    await rowWith(page, HEADLINE).waitFor();
    await shot(page, 'event page lists the clipping');
  });

  test('sees products without purchase cost or margin', async ({ task }) => {
    const { page, shot } = await app.signedIn(task, 'pr');
    const menu = await menuEntries(page);
    expect(menu).toEqual(expect.arrayContaining(['PR events', 'Press clippings', 'Media partners']));
    expect(menu).not.toContain('Users');
    expect(menu).not.toContain('Suppliers');
    await openFromMenu(page, 'Products');
    const headings = await columnHeadings(page);
    expect(headings).toContain('Price');
    expect(headings).not.toContain('Purchase cost');
    expect(headings).not.toContain('Gross margin');
    await shot(page, 'products without cost');
  });
});
