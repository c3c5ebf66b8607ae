/**
 * Language and theme: the app bar's switches change the whole admin at once and save the
 * choice on the server; a saved choice from the schema's user is applied at sign-in.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from './user.ts';
import { describe, expect, it } from 'vitest';
import { localeFromBrowser } from '../../client/src/i18n/locales.ts';
import type { AppSchema } from '../../server/engine/schema.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { renderApp } from './renderApp.tsx';
import { shopDateTimeOptions } from '../../client/src/time/shopTime.ts';

async function columnHeaders(): Promise<string[]> {
  await screen.findByText('CUP-001');
  return within(screen.getByRole('table'))
    .getAllByRole('columnheader')
    .map((header) => header.textContent?.trim() ?? '')
    .filter(Boolean);
}

function withUser(schema: AppSchema, preferences: Partial<AppSchema['user']>): AppSchema {
  return { ...schema, user: { ...schema.user, ...preferences } };
}

/**
 * Our own labels follow the stored language at once; react-admin's texts follow when the
 * Chinese messages have loaded, and the whole admin re-mounts then. Waiting for one of
 * react-admin's words means no element found afterwards is about to be replaced.
 */
async function chineseLoaded(): Promise<void> {
  await screen.findByRole('button', { name: '导出' });
}

/** The theme button shows a sun in the dark theme and a moon in the light one. */
const isDark = () => within(screen.getByRole('button', { name: 'Toggle light/dark mode' })).queryByTestId('Brightness7Icon') !== null;

describe('language', () => {
  it('switches the menu, the list title and its column headers to Chinese, and saves the choice', async () => {
    const api = renderApp(schemaFor('marketing'), '/products');
    expect(await columnHeaders()).toEqual(['SKU', 'Name (Chinese)', 'Catalog', 'Price', 'Stock', 'Status', 'Featured']);

    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: '中文' }));

    await chineseLoaded(); // react-admin's own words too
    expect(screen.getByRole('menuitem', { name: '商品' })).toBeInTheDocument();
    expect(screen.getByText('运营部')).toBeInTheDocument();
    expect(await columnHeaders()).toEqual(['商品编码', '商品名称', '类目', '售价', '库存', '状态', '主推商品']);
    expect(api.preferences).toEqual([{ locale: 'zh' }]);
  });

  it('applies the language saved for the user at start, without saving it again', async () => {
    const api = renderApp(withUser(schemaFor('marketing'), { locale: 'zh' }), '/products');
    await chineseLoaded();
    expect(screen.getByRole('menuitem', { name: '商品' })).toBeInTheDocument();
    expect(await columnHeaders()).toContain('售价');
    expect(screen.getByRole('button', { name: '中文' })).toBeInTheDocument();
    expect(api.preferences).toEqual([]);
  });

  it('names the resource in react-admin’s own texts in the chosen language, switching without reload', async () => {
    renderApp(withUser(schemaFor('operations'), { locale: 'zh' }), '/pr_events');
    expect(await screen.findByText(/无\s*公关活动/)).toBeInTheDocument(); // ra.page.empty with the resource's name
    await userEvent.click(screen.getByRole('button', { name: '中文' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'English' }));
    expect(await screen.findByText('No PR events yet.')).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Products' })).toBeInTheDocument();
  });

  it('writes money as yuan with 2 decimals and dates the Chinese way', async () => {
    renderApp(withUser(schemaFor('operations'), { locale: 'zh' }), '/promotions');
    const starts = new Date('2025-11-01T00:00:00.000Z');
    expect(await screen.findByText('¥30.00')).toBeInTheDocument();
    // On the shop's clock (the schema's zone), whatever the zone the tests run in.
    const shopClock = shopDateTimeOptions('Asia/Shanghai');
    expect((await screen.findAllByText(starts.toLocaleString('zh-CN', shopClock))).length).toBeGreaterThan(0);
    expect(starts.toLocaleString('zh-CN', shopClock)).not.toBe(starts.toLocaleString('en-US', shopClock));
  });

  it('follows a Chinese browser until the user chooses', () => {
    expect(localeFromBrowser(['zh-CN', 'en'])).toBe('zh');
    expect(localeFromBrowser(['zh-Hant-TW'])).toBe('zh');
    expect(localeFromBrowser(['en-US', 'zh-CN'])).toBe('en');
    expect(localeFromBrowser([])).toBe('en');
  });
});

describe('theme', () => {
  it('toggles between light and dark and saves the choice', async () => {
    const api = renderApp(schemaFor('marketing'), '/products');
    await screen.findByText('CUP-001');
    expect(isDark()).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Toggle light/dark mode' }));
    await waitFor(() => expect(isDark()).toBe(true));
    await waitFor(() => expect(api.preferences).toEqual([{ theme: 'dark' }]));
    await userEvent.click(screen.getByRole('button', { name: 'Toggle light/dark mode' }));
    await waitFor(() => expect(api.preferences).toEqual([{ theme: 'dark' }, { theme: 'light' }]));
  });

  it('applies the theme saved for the user at start', async () => {
    const api = renderApp(withUser(schemaFor('marketing'), { theme: 'dark' }), '/products');
    await screen.findByText('CUP-001');
    await waitFor(() => expect(isDark()).toBe(true));
    expect(api.preferences).toEqual([]);
  });
});
