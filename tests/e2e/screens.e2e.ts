/**
 * Every demo role's dashboard and main list, on a desktop and on a 390 px phone: a screenshot of
 * each (tests/e2e/screenshots/screens/…), none wider than the screen, and on the phone the
 * app bar's menus (user menu, language) open fully inside it. The other kinds of page (a record,
 * its form, the trash, calendars, reorder suggestions) fit the phone too.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useApp } from './helpers/app.ts';
import { submitSignIn } from './helpers/session.ts';
import { dataRows } from './helpers/ui.ts';

/** Each test walks several pages; on a busy two-core machine a dashboard alone can take 20 s. */
const TEST_TIMEOUT = 240_000;
const STEP_TIMEOUT = 60_000;

const SCREENS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
};

/** Each demo login and the list it works in most (README, "Demo logins"). */
const ROLES = [
  { username: 'admin', list: 'products', title: 'Products' },
  { username: 'ops', list: 'products', title: 'Products' },
  { username: 'marketing', list: 'media_partners', title: 'Media partners' },
  { username: 'pr', list: 'pr_events', title: 'PR events' },
  { username: 'procurement', list: 'purchase_lists', title: 'Purchase lists' },
  { username: 'service', list: 'service_tickets', title: 'Service tickets' },
  { username: 'servicelead', list: 'service_tickets', title: 'Service tickets' },
];

/** How far the page reaches past the right edge of the window (0 when it fits). */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
}

/**
 * Waits until the page holds still: nothing loading in the app bar, no placeholder left where a
 * chart or table is on its way (MUI's Skeleton: the one class name this test relies on), every
 * picture loaded, and a frame drawn after that.
 */
async function settled(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('progressbar').waitFor({ state: 'detached' });
  await expect
    .poll(() => page.evaluate(() => !document.querySelector('.MuiSkeleton-root') && [...document.images].every((image) => image.complete)), {
      timeout: STEP_TIMEOUT,
    })
    .toBe(true);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The list's records once shown: table rows on a desktop, entries of the small-screen list on a phone. */
function listRecords(page: Page, screen: keyof typeof SCREENS): Locator {
  return screen === 'desktop' ? dataRows(page) : page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('link') });
}

/** Opens the menu behind `button` and expects all of it inside the window, then closes it. */
async function expectMenuInside(page: Page, button: Locator, what: string): Promise<void> {
  await button.click();
  const menu = page.getByRole('menu');
  await menu.waitFor();
  // MUI's menus grow into place; measure once the opening transition is over.
  await expect.poll(() => menu.evaluate((element) => element.getAnimations({ subtree: true }).length), { timeout: 5_000 }).toBe(0);
  const box = (await menu.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height, `${what}: bottom edge`).toBeLessThanOrEqual(viewport.height);
  for (const item of await menu.getByRole('menuitem').all()) {
    const itemBox = (await item.boundingBox())!;
    expect(itemBox.x + itemBox.width, `${what}: ${await item.innerText()}`).toBeLessThanOrEqual(viewport.width);
  }
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'detached' });
}

describe('every role’s dashboard and main list fit the screen', () => {
  const app = useApp();

  for (const role of ROLES) {
    for (const screen of ['desktop', 'phone'] as const) {
      test(`${role.username} on a ${screen}`, async ({ task }) => {
        const { page, shot } = await app.open(task);
        page.setDefaultTimeout(STEP_TIMEOUT);
        await page.setViewportSize(SCREENS[screen]);
        await submitSignIn(page, role.username);

        // The home page is the role's dashboard: its widgets, filled.
        await page.locator('[data-widget]').first().waitFor();
        await settled(page);
        await shot(page, `${screen} dashboard`);
        expect(await horizontalOverflow(page), 'dashboard').toBeLessThanOrEqual(0);

        if (screen === 'phone') {
          await expectMenuInside(page, page.getByRole('button', { name: 'Profile' }), 'user menu');
          await expectMenuInside(page, page.getByRole('banner').getByRole('button', { name: 'English' }), 'language menu');
        }

        await page.goto(`/#/${role.list}`);
        await page.getByRole('banner').getByRole('heading', { name: role.title, exact: true }).waitFor();
        await listRecords(page, screen).first().waitFor();
        await settled(page);
        await shot(page, `${screen} ${role.list}`);
        expect(await horizontalOverflow(page), role.list).toBeLessThanOrEqual(0);
      }, TEST_TIMEOUT);
    }
  }

  test('a record, its form, the trash, the calendars and reorder suggestions fit a phone', async ({ task }) => {
    const { page, shot } = await app.open(task);
    page.setDefaultTimeout(STEP_TIMEOUT);
    await page.setViewportSize(SCREENS.phone);
    await submitSignIn(page, 'admin');
    await page.locator('[data-widget]').first().waitFor();
    const pages: [string, string, Locator][] = [
      ['product', '/#/products/1/show', page.getByRole('banner').getByRole('heading', { name: /^Product / })],
      ['product form', '/#/products/1', page.getByRole('button', { name: 'Save', exact: true })],
      ['products trash', '/#/products/trash', page.getByRole('banner').getByRole('heading', { name: 'Products: trash' })],
      ['pr events calendar', '/#/pr_events/calendar', page.getByRole('grid')],
      ['promotions timeline', '/#/promotions/calendar', page.getByRole('banner').getByRole('heading', { name: 'Promotions' })],
      ['reorder suggestions', '/#/purchase_lists/reorder-suggestions', page.getByRole('banner').getByRole('heading', { name: 'Reorder suggestions' })],
    ];
    for (const [name, url, shown] of pages) {
      await page.goto(url);
      await shown.waitFor();
      await settled(page);
      await shot(page, `phone ${name}`);
      expect(await horizontalOverflow(page), name).toBeLessThanOrEqual(0);
    }
  }, TEST_TIMEOUT);
});
