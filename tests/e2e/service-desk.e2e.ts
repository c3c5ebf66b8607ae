import { describe, expect, test } from 'vitest';
import { useApp } from './helpers/app.ts';
import { cellText, choose, dataRows, exactText, expectUrl, openFromMenu, openRow, rowWith, save } from './helpers/ui.ts';

describe('customer service desk (service, servicelead)', () => {
  const app = useApp();

  test('an agent takes a waiting ticket, answers it, and sees the phone whole only on the ticket', async ({ task }) => {
    const { page, shot } = await app.signedIn(task, 'service');
    await exactText(page, 'Open tickets').first().waitFor(); // the desk's dashboard is the home page
    await shot(page, 'agent dashboard');

    await openFromMenu(page, 'Service tickets');
    // Waiting tickets: open and nobody's yet. Any listed phone is masked.
    const waiting = dataRows(page).filter({ hasText: 'Open' }).filter({ hasNotText: /赵丽娟/ }).first();
    const subject = await cellText(page, waiting, 'Subject');
    expect(await cellText(page, waiting, 'Customer phone')).toMatch(/^\d{3}\*{4}\d{4}$/);
    await shot(page, 'tickets, phones masked');

    await openRow(waiting);
    await expectUrl(page, /#\/service_tickets\/\d+\/show$/);
    await expect.poll(() => page.getByText(/^1\d{10}$/).count()).toBeGreaterThan(0); // whole on the record
    await page.getByRole('link', { name: 'Edit' }).click();
    await expectUrl(page, /#\/service_tickets\/\d+$/);
    const assignee = page.getByRole('combobox', { name: 'Assignee' });
    await assignee.click();
    await assignee.fill('赵丽娟');
    await page.getByRole('option', { name: '赵丽娟' }).click();
    await choose(page, 'Status', 'Pending');
    await shot(page, 'taken and pending');
    await save(page);

    await expectUrl(page, /#\/service_tickets$/);
    await expect.poll(() => rowWith(page, subject).first().innerText()).toMatch(/Pending[\s\S]*赵丽娟/);
    await shot(page, 'the ticket is the agent’s, pending');
  });

  test('a lead sees each agent’s figures on the desk’s dashboard', async ({ task }) => {
    const { page, shot } = await app.signedIn(task, 'servicelead');
    await exactText(page, 'Per agent').waitFor();
    const table = page.locator('[data-widget="per_agent"] table');
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
    expect(await table.innerText()).toContain('赵丽娟');
    await shot(page, 'lead dashboard');
  });
});
