import { describe, expect, test } from 'vitest';
import { useApp } from './helpers/app.ts';
import { signIn, signOut } from './helpers/session.ts';
import { choose, exactText, expectUrl, menuEntries, queueEntries, openFromMenu, save, textbox } from './helpers/ui.ts';

const NEW_USER = { username: 'lin.wei', fullName: '林伟', role: 'Procurement & logistics', password: 'harbor-lantern-2026' };
/** What the procurement role reaches, in the menu's order. */
const PROCUREMENT_MENU = ['Dashboard', 'Products', 'Price history', 'Monthly sales', 'Sales forecasts', 'Catalogs', 'Channel topics', 'Display slots', 'Suppliers', 'Purchase lists', 'Shipments', 'Orders'];

describe('technology (admin)', () => {
  const app = useApp();

  test('creates a user, signs out, and signs in as them to the menu of their role', async ({ task }) => {
    const { page, shot } = await app.signedIn(task, 'admin');
    await openFromMenu(page, 'Users');
    await shot(page, 'users');
    await page.getByRole('link', { name: 'Create' }).click();
    await expectUrl(page, /#\/users\/create$/);
    await textbox(page, 'Username').fill(NEW_USER.username);
    await textbox(page, 'Full name').fill(NEW_USER.fullName);
    await choose(page, 'Role', NEW_USER.role);
    await textbox(page, 'Password').fill(NEW_USER.password);
    await shot(page, 'new user form');
    await save(page);
    await expectUrl(page, /#\/users\/\d+\/show$/);
    await exactText(page, NEW_USER.username).first().waitFor();
    await shot(page, 'user created');

    await signOut(page);
    await shot(page, 'signed out');
    await signIn(page, NEW_USER.username, NEW_USER.password);
    await expect.poll(() => page.getByRole('button', { name: 'Profile' }).innerText()).toContain(NEW_USER.fullName);
    expect(await menuEntries(page)).toEqual(PROCUREMENT_MENU);
    // Their role's work queues come with the menu: purchase lists' and the orders to ship.
    await expect.poll(() => queueEntries(page)).toEqual(['Waiting for my approval', 'Overdue', 'My drafts', 'Paid orders to ship']);
    await shot(page, 'signed in as the new user');
  });
});
