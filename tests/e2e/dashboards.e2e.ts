/**
 * Dashboards you act on, in Chromium: a bar of a chart and a slice of a pie open the list behind
 * them, which counts exactly the figure; a preset asks the server for its period; on a phone,
 * wide tables scroll inside their card instead of widening the page.
 */
import { describe, expect, it } from 'vitest';
import { useApp } from './helpers/app.ts';

const app = useApp();

/** The list page's total, from react-admin's "1-10 of 34". */
async function listTotal(page: import('playwright-core').Page): Promise<number> {
  const text = await page.getByText(/\d+-\d+ of \d+/).first().innerText();
  return Number(/of (\d+)/.exec(text)![1]);
}

describe('dashboards', () => {
  it('a bar opens the list of its group, which counts what the bar shows', async ({ task }) => {
    const { page, shot } = await app.signedIn(task, 'servicelead');
    const widget = page.locator('[data-widget="open_by_kind"]');
    await widget.locator('[data-chart="bar"] svg').first().waitFor();
    const answer = await page.evaluate(async () => (await fetch('/api/dashboards/service_lead')).json());
    const group = answer.widgets.find((one: { id: string }) => one.id === 'open_by_kind').rows[0];
    await shot(page, 'dashboard');
    // The first bar runs sideways along the top of the plot: click inside its band.
    const plot = await widget.locator('[data-chart="bar"] svg').first().boundingBox();
    await page.mouse.click(plot!.x + plot!.width / 2, plot!.y + 30);
    await page.waitForURL(/#\/service_tickets\?/);
    expect(JSON.parse(new URL(page.url().replace('#/', '')).searchParams.get('filter')!)).toEqual(group.filter);
    await expect.poll(() => listTotal(page)).toBe(group.values.tickets);
    await shot(page, 'the tickets behind the first bar');
  });

  it('a pie slice opens its list; a preset asks the server for its dates', async ({ task }) => {
    const { page, shot } = await app.signedIn(task, 'ops');
    const slice = page.locator('[data-widget="products_by_status"] [data-chart="pie"] path').first();
    await slice.waitFor();
    await slice.click();
    await page.waitForURL(/#\/products\?/);
    const filter = JSON.parse(new URL(page.url().replace('#/', '')).searchParams.get('filter')!);
    expect(Object.keys(filter)).toEqual(['status']);
    await shot(page, 'the products behind a slice');

    await page.goto('/#/?period=last_7_days');
    await page.getByTestId('period-dates').waitFor();
    expect(await page.getByTestId('period-picker').innerText()).toContain('Last 7 days');
    await shot(page, 'last 7 days');
  });

  it('keeps a phone’s page within the screen: tables scroll inside their cards', async ({ task }) => {
    const { page, shot } = await app.signedIn(task, 'servicelead');
    await page.setViewportSize({ width: 390, height: 800 });
    await page.locator('[data-widget="waiting"] table').waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // A header keeps to one line: no column one character wide.
    const heights = await page.locator('[data-widget="waiting"] thead th').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThan(60);
    await shot(page, 'phone');
  });
});
