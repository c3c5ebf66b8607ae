/**
 * Messages that carry a count read right for one and for many, in both languages: react-admin's
 * (polyglot's `%{smart_count}`, whose Chinese has a single form that must say the number) and
 * our own (`{count, plural, …}`).
 */
import { screen, within } from '@testing-library/react';
import userEvent from './user.ts';
import { describe, expect, it } from 'vitest';
import { enMessages } from '../../client/src/i18n/i18nProvider.ts';
import { fill, MESSAGES } from '../../client/src/i18n/messages.ts';
import { zhMessages } from '../../client/src/i18n/zhMessages.ts';
import type { AppSchema } from '../../server/engine/schema.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { renderPage } from './renderPage.tsx';

/** Every leaf of a message tree, as ["ra.action.bulk_actions", text]. */
function leaves(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, String(value)] as [string, string]],
  );
}

const chinese = new Map(leaves(zhMessages));
const counted = leaves(enMessages).filter(([, text]) => text.includes('%{smart_count}'));

function withLocale(schema: AppSchema, locale: 'en' | 'zh'): AppSchema {
  return { ...schema, user: { ...schema.user, locale } };
}

/** Three products on the list, then ticks each row's checkbox. */
async function tickThreeRows(locale: 'en' | 'zh') {
  const api = renderPage(withLocale(schemaFor('operations'), locale), '/products');
  const [first] = api.store.products;
  api.store.products.push({ ...first, id: 2, sku: 'CUP-002' }, { ...first, id: 3, sku: 'CUP-003' });
  if (locale === 'zh') await screen.findByRole('button', { name: '导出' }); // react-admin's Chinese has loaded
  await screen.findByText('CUP-003');
  const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
  for (const row of rows) await userEvent.click(within(row).getByRole('checkbox'));
}

describe('count messages', () => {
  it('says "3 items selected" when three rows are ticked', async () => {
    await tickThreeRows('en');
    expect(await screen.findByText('3 items selected')).toBeInTheDocument();
  });

  it('says "选中 3 项" when three rows are ticked in Chinese', async () => {
    await tickThreeRows('zh');
    expect(await screen.findByText('选中 3 项')).toBeInTheDocument();
  });

  it('finds react-admin messages with a count to check', () => {
    expect(counted.map(([key]) => key)).toContain('ra.action.bulk_actions');
  });

  it.each(counted)('Chinese %s says the count in its one form', (key) => {
    const text = chinese.get(key) ?? '';
    expect(text).toContain('%{smart_count}');
    // Polyglot's Chinese rules always pick the first form: a second one would never be shown.
    expect(text).not.toContain('||||');
  });

  it.each(counted)('English %s has a form for one and one for many, the latter with the count', (_key, text) => {
    const forms = text.split('||||');
    expect(forms).toHaveLength(2);
    expect(forms[1]).toContain('%{smart_count}');
  });

  it('picks the English form of our own messages by the number, and keeps the Chinese one', () => {
    expect(fill(MESSAGES.importErrors.en, { count: 1 }, 'en')).toBe('1 problem found; nothing was imported.');
    expect(fill(MESSAGES.importErrors.en, { count: 3 }, 'en')).toBe('3 problems found; nothing was imported.');
    expect(fill(MESSAGES.bulkUpdateSelected.en, { count: 1 }, 'en')).toBe('The selected row');
    expect(fill(MESSAGES.bulkUpdateSelected.en, { count: 4 }, 'en')).toBe('The 4 selected rows');
    expect(fill(MESSAGES.importErrors.zh, { count: 3 }, 'zh')).toBe('发现 3 个问题，未导入任何数据。');
  });

  it.each(Object.entries(MESSAGES).filter(([, label]) => label.en.includes(', plural,')))(
    'our message %s has a form for one and for other numbers',
    (_key, label) => {
      for (const [, name, body] of label.en.matchAll(/\{(\w+), plural,(.*?)\}\}/g)) {
        expect(body).toMatch(/\bone\s*\{/);
        expect(body).toMatch(/\bother\s*\{/);
        expect(label.zh).toMatch(new RegExp(`\\{${name}[},]`));
      }
    },
  );

  it('leaves no English message of ours with a bare number before a plural noun', () => {
    // "{count} rows" reads "1 rows": such a message needs the plural form.
    const bare = Object.entries(MESSAGES).filter(([, label]) => /\{\w+\} (rows|items|problems|days|lists|records|files)\b/.test(label.en));
    expect(bare.map(([key]) => key)).toEqual([]);
  });
});
