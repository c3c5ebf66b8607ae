/**
 * The operations dashboard's share-growth scatter plot, from mocked widget data: the plot loads
 * lazily with one point per record, the counts per class read in the user's language, and an
 * empty answer says so.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dashboardApi, schemaWithDashboardsFor } from './fixtures/dashboards.ts';
import { server } from './fixtures/server.ts';
import { renderApp } from './renderApp.tsx';

const points = [
  { id: 1, x: 10000, y: 4500, label: '明星手机', group: 'star' },
  { id: 2, x: 7200, y: -300, label: '老牌电饭煲', group: 'cash_cow' },
  { id: 3, x: 900, y: 12000, label: '新款耳机', group: 'question_mark' },
  { id: 4, x: 400, y: -2500, label: '旧款充电器', group: 'dog' },
  { id: 5, x: 300, y: -4000, label: '过季围巾', group: 'dog' },
];

function renderOperations(scatter: Record<string, unknown>, locale: 'en' | 'zh' | null = null) {
  renderApp(schemaWithDashboardsFor('operations', locale), '/');
  server.use(dashboardApi([{ id: 'sales_classes', ...scatter }]).handler);
}

describe('scatter widget', () => {
  it('draws one point per product once the chart has loaded, and counts each class', async () => {
    renderOperations({ points });
    const widget = (await screen.findByText('Products by share and growth')).closest('[data-widget]') as HTMLElement;
    await waitFor(() => expect(widget.querySelector('[data-chart="scatter"]')).not.toBeNull(), { timeout: 15_000 });
    expect(widget.querySelector('[data-chart="scatter"]')!.getAttribute('data-points')).toBe('5');
    const counts = within(widget).getByTestId('scatter-counts');
    expect(counts).toHaveTextContent('Star 1');
    expect(counts).toHaveTextContent('Cash cow 1');
    expect(counts).toHaveTextContent('Question mark 1');
    expect(counts).toHaveTextContent('Dog 2');
  });

  it('names the classes in Chinese', async () => {
    renderOperations({ points }, 'zh');
    const widget = (await screen.findByText('商品份额与增长(波士顿矩阵)')).closest('[data-widget]') as HTMLElement;
    expect(await within(widget).findByText('瘦狗 2')).toBeInTheDocument();
    expect(within(widget).getByText('明星 1')).toBeInTheDocument();
  });

  it('says there is nothing to show without points', async () => {
    renderOperations({ points: [] });
    const widget = (await screen.findByText('Products by share and growth')).closest('[data-widget]') as HTMLElement;
    expect(await within(widget).findByText('Nothing to show yet.')).toBeInTheDocument();
    expect(widget.querySelector('[data-chart="scatter"]')).toBeNull();
  });
});
