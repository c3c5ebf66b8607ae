/**
 * Date-times typed into the real forms, per department, in a browser whose own zone is Berlin:
 * the screens speak the shop's clock (Asia/Shanghai), and the API stores the instant it means
 * (typed 2026-12-10 00:00 → 2026-12-09T16:00:00.000Z).
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useApp, type E2eApp } from './helpers/app.ts';
import { signIn } from './helpers/session.ts';
import { choose, dataRows, expectUrl, openFromMenu, openRow, save, textbox } from './helpers/ui.ts';

type Task = Parameters<E2eApp['open']>[0];
/** A whole department's flow, several saves and page loads. */
const STEPS_TIMEOUT = 180_000;

/** Signed in from a browser set to Berlin time, so the browser's zone cannot pass for the shop's. */
async function signedInFromBerlin(app: E2eApp, task: Task, username: string) {
  const test = await app.open(task);
  // Each step typed and saved for real: on a busy two-core machine, allow more than the usual 15 s.
  test.page.setDefaultTimeout(45_000);
  const cdp = await test.page.context().newCDPSession(test.page);
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'Europe/Berlin' });
  await signIn(test.page, username);
  expect(await test.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('Europe/Berlin');
  return test;
}

/** A date-time input by the start of its label ("Starts at *" when required). */
const dateTime = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}(\\s*\\*)?$`));

/** The stored record, read through the API with the page's own session. */
async function stored(page: Page, resource: string, id: string | number): Promise<Record<string, unknown>> {
  const response = await page.request.get(`/api/${resource}/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

async function findBy(page: Page, resource: string, q: string): Promise<Record<string, unknown>> {
  const response = await page.request.get(`/api/${resource}?filter=${encodeURIComponent(JSON.stringify({ q }))}`);
  const [record] = (await response.json()) as Record<string, unknown>[];
  expect(record, `${resource} "${q}"`).toBeDefined();
  return record;
}

const idInUrl = (page: Page) => /\/(\d+)(?:\/show)?$/.exec(page.url())![1];

describe('date-times on the shop’s clock, typed in the real forms', () => {
  const app = useApp();

  test('operations creates a promotion with its start and end, then moves its end', { timeout: STEPS_TIMEOUT }, async ({ task }) => {
    const { page, shot } = await signedInFromBerlin(app, task, 'ops');
    await page.goto('/#/promotions/create');
    await textbox(page, 'Name').fill('双十二店铺时间');
    await choose(page, 'Type', 'Product promotion');
    await choose(page, 'Discount type', 'Percent off');
    await textbox(page, 'Discount').fill('10');
    await dateTime(page, 'Starts at').fill('2026-12-10T00:00');
    await dateTime(page, 'Ends at').fill('2026-12-17T18:30');
    // The zone is named under the input.
    expect(await page.getByText('Shop time (Asia/Shanghai)').count()).toBeGreaterThanOrEqual(2);
    await shot(page, 'promotion typed in shop time');
    await save(page);

    const created = await findBy(page, 'promotions', '双十二店铺时间');
    expect(created).toMatchObject({ starts_at: '2026-12-09T16:00:00.000Z', ends_at: '2026-12-17T10:30:00.000Z' });

    // The edit form shows the stored instants on the shop's clock, not Berlin's.
    await page.goto(`/#/promotions/${created.id}`);
    await expect.poll(() => dateTime(page, 'Starts at').inputValue()).toBe('2026-12-10T00:00');
    expect(await dateTime(page, 'Ends at').inputValue()).toBe('2026-12-17T18:30');
    await dateTime(page, 'Ends at').fill('2026-12-20T09:00');
    await save(page);
    await expect.poll(async () => (await stored(page, 'promotions', created.id as number)).ends_at).toBe('2026-12-20T01:00:00.000Z');

    // The record's page writes them on the shop's clock too.
    await page.goto(`/#/promotions/${created.id}/show`);
    await page.getByText('12/10/2026, 00:00').waitFor();
    await page.getByText('12/20/2026, 09:00').waitFor();
    await shot(page, 'promotion shown in shop time');
  });

  test('PR creates an event at a time of day', { timeout: STEPS_TIMEOUT }, async ({ task }) => {
    const { page, shot } = await signedInFromBerlin(app, task, 'pr');
    await page.goto('/#/pr_events/create');
    await textbox(page, 'Title').fill('店铺时间发布会');
    await choose(page, 'Type', 'Press conference');
    await dateTime(page, 'Starts at').fill('2026-12-10T14:00');
    await shot(page, 'event typed in shop time');
    await save(page);

    const created = await findBy(page, 'pr_events', '店铺时间发布会');
    expect(created.starts_at).toBe('2026-12-10T06:00:00.000Z');
  });

  test('an agent records when a callback was made', { timeout: STEPS_TIMEOUT }, async ({ task }) => {
    const { page, shot } = await signedInFromBerlin(app, task, 'service');
    await openFromMenu(page, 'Callbacks');
    await openRow(dataRows(page).first());
    await expectUrl(page, /#\/service_callbacks\/\d+\/show$/);
    const id = idInUrl(page);
    await page.getByRole('link', { name: 'Edit' }).click();
    await expectUrl(page, /#\/service_callbacks\/\d+$/);
    await dateTime(page, 'Called at').fill('2026-12-10T09:05');
    await shot(page, 'callback time typed in shop time');
    await save(page);

    await expect.poll(async () => (await stored(page, 'service_callbacks', id)).called_at).toBe('2026-12-10T01:05:00.000Z');
  });
});
