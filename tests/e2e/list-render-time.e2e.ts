/**
 * How long a list of 25 products takes to show after navigation, as operations sees it (the
 * widest product list). Printed, not asserted: the target is 1.5 s on these machines, and a
 * shared CI machine's load would make a timing assertion flaky.
 *
 * - in the app: from following a link to `#/products?…perPage=25` (the JavaScript and the
 *   role's schema already loaded) to the 25th row showing its data;
 * - cold: the same from a full page load (new tab, signed in), JavaScript download and start
 *   included.
 */
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useApp } from './helpers/app.ts';
import { dataRows, openFromMenu } from './helpers/ui.ts';

const TARGET_MS = 1500;

async function timeToRow25(page: Page, navigate: () => Promise<unknown>): Promise<number> {
  const row25 = page.locator('table tbody tr:nth-child(25)').filter({ hasText: '¥' });
  const start = performance.now();
  await navigate();
  await row25.waitFor();
  return performance.now() - start;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => `${Math.round(value)} ms`;

describe('list render time', () => {
  const app = useApp();

  test('prints how long 25 products take to render after navigation (target 1.5 s)', async ({ task }) => {
    const { page, shot } = await app.signedIn(task, 'ops');
    const inApp: number[] = [];
    // Pages 2-4, so react-admin has nothing cached for them from an earlier visit.
    for (const pageNumber of [2, 3, 4]) {
      await openFromMenu(page, 'Catalogs');
      inApp.push(await timeToRow25(page, () => page.goto(`/#/products?page=${pageNumber}&perPage=25`)));
      expect(await dataRows(page).count()).toBe(25);
    }
    await shot(page, '25 products');

    const fresh = await page.context().newPage();
    const cold = await timeToRow25(fresh, () => fresh.goto('/#/products?page=5&perPage=25', { waitUntil: 'commit' }));
    expect(await dataRows(fresh).count()).toBe(25);
    await shot(fresh, '25 products after a full page load');

    const verdict = (value: number) => (value <= TARGET_MS ? 'within' : 'OVER');
    console.log(
      [
        `List of 25 products, as ops (target ${ms(TARGET_MS)}):`,
        `  in the app: ${inApp.map(ms).join(', ')}; median ${ms(median(inApp))} (${verdict(median(inApp))} target)`,
        `  cold page load: ${ms(cold)} (${verdict(cold)} target)`,
      ].join('\n'),
    );
  });
});
