/**
 * Reading the generated screens through what a person sees: menu entries, column headings,
 * rows, field labels. Roles, labels and text only: no CSS classes of react-admin or MUI.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The side menu's entries, in order. */
export async function menuEntries(page: Page): Promise<string[]> {
  return (await sideMenu(page)).filter((entry) => !entry.queue).map((entry) => entry.text);
}

/** The work queues in the side menu, by label (their count badges left out). */
export async function queueEntries(page: Page): Promise<string[]> {
  return (await sideMenu(page)).filter((entry) => entry.queue).map((entry) => entry.text.replace(/^\d+\s*/, ''));
}

/** Every side-menu entry; a work queue is a link to its resource's list with a filter. */
async function sideMenu(page: Page): Promise<{ text: string; queue: boolean }[]> {
  await page.getByRole('menuitem').first().waitFor();
  return page.getByRole('menuitem').evaluateAll((items) =>
    items.map((item) => ({
      text: (item as HTMLElement).innerText.trim(),
      queue: (item.getAttribute('href') ?? '').includes('filter='),
    })),
  );
}

/** Follows a side-menu entry and waits for its list's rows. */
export async function openFromMenu(page: Page, entry: string): Promise<void> {
  await page.getByRole('menuitem', { name: entry, exact: true }).click();
  // The app bar shows the list's title once the new page is there …
  await page.getByRole('banner').getByRole('heading', { name: entry, exact: true }).waitFor();
  // … and its rows once they are loaded (placeholder rows have no text).
  await dataRows(page).first().waitFor();
}

/** Rows of the list's table body (not the heading row), once they show data. */
export function dataRows(page: Page): Locator {
  return page.locator('table tbody tr').filter({ hasText: /\S/ });
}

/** Opens a list row's record as a click on the row does, on a cell that is not itself a link or a checkbox. */
export async function openRow(row: Locator): Promise<void> {
  await row.locator('td:not(:has(a)):not(:has(input))').first().click();
}

/** The text of `row` under the column headed `heading`. */
export async function cellText(page: Page, row: Locator, heading: string): Promise<string> {
  const headings = (await page.locator('table thead th').allInnerTexts()).map((text) => text.trim());
  const index = headings.indexOf(heading);
  if (index === -1) throw new Error(`No column "${heading}" in ${JSON.stringify(headings)}`);
  return (await row.locator('td').nth(index).innerText()).trim();
}

/** The list's column headings, as shown. */
export async function columnHeadings(page: Page): Promise<string[]> {
  await dataRows(page).first().waitFor();
  return (await page.locator('table thead th').allInnerTexts()).map((text) => text.trim()).filter(Boolean);
}

/** The one data row showing `text`. */
export function rowWith(page: Page, text: string): Locator {
  return dataRows(page).filter({ hasText: text });
}

/** Waits until the page is on `pattern` (hash routes: "#/products/12/show"). */
export async function expectUrl(page: Page, pattern: RegExp): Promise<void> {
  await expect.poll(() => page.url(), { timeout: 10_000 }).toMatch(pattern);
}

/** Picks `option` in a select input (MUI's listbox) named `label`. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  // Anchored at the start, so "Type" is not "Discount type" while a required "Type *" still is.
  await page.getByRole('combobox', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Saves the form on screen and waits for the server's answer: react-admin then leaves the form. */
export async function save(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Save', exact: true });
  await expect.poll(() => button.isEnabled()).toBe(true);
  await button.click();
  try {
    await button.waitFor({ state: 'detached' });
  } catch (error) {
    // Still on the form: say what the page says (a refused field, a conflict) rather than only "timeout".
    const alerts = await page.getByRole('alert').allInnerTexts();
    throw new Error(`The form was not saved. Alerts on the page: ${JSON.stringify(alerts)}`, { cause: error });
  }
}

/** A text input (text, money, date) by its exact label. */
export function textbox(page: Page, label: string): Locator {
  return page.getByRole('textbox', { name: label, exact: true });
}

/** Text shown exactly so on the page (a field label on a show page, a heading, a value). */
export function exactText(page: Page, text: string): Locator {
  return page.getByText(text, { exact: true });
}
