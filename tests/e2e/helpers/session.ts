/** Signing in and out through the login page and the user menu, as a person would. */
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../../seeds/lib/demo-users.ts';

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await submitSignIn(page, username, password);
  // Signed in once the side menu (built from the role's schema) is there.
  await page.getByRole('menuitem').first().waitFor();
}

/** Fills and sends the login form, without waiting for what follows (a phone hides the side menu). */
export async function submitSignIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Username' }).fill(username);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Profile' }).click();
  await page.getByRole('menuitem', { name: 'Logout' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
}
