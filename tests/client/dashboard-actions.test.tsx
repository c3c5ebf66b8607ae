/**
 * Dashboards you act on, in the browser (jsdom, mocked API): a figure card, a table row and a
 * records widget's "Show all" open the list with the filter the server sent; period presets are
 * asked of the server by name and kept in the URL; the previous period shows with its change;
 * durations read in hours and days in both languages.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { compare } from '../../client/src/dashboard/comparison.ts';
import { PRESETS } from '../../client/src/dashboard/types.ts';
import { formatDuration } from '../../client/src/fields/formatDuration.ts';
import { PERIOD_PRESETS } from '../../server/engine/dashboard-period.ts';
import { dashboardApi, schemaWithDashboardsFor } from './fixtures/dashboards.ts';
import { API } from './fixtures/fakeApi.ts';
import { server } from './fixtures/server.ts';
import { renderApp } from './renderApp.tsx';

const openFilter = { status: ['submitted', 'approved', 'ordered'] };
const procurementData = [
  { id: 'open_lists', value: 7, filter: openFilter },
  {
    id: 'lists_by_status',
    filter: {},
    rows: [
      { key: 'draft', label: { en: 'Draft', zh: '草稿' }, values: { lists: 3, total: 50000 }, filter: { status: 'draft' } },
      { key: 'ordered', label: { en: 'Ordered', zh: '已下单' }, values: { lists: 4, total: 1184550 }, filter: { status: 'ordered' } },
    ],
  },
  {
    id: 'needed_soon',
    filter: { needed_by_gte: '2026-12-04', needed_by_lte: '2026-12-18' },
    sort: { field: 'needed_by', order: 'ASC' },
    records: [{ id: 1, code: 'PL-2026-0042', supplier_id: 1, status: 'ordered', needed_by: '2026-12-10', total: 99900, version: 1 }],
  },
];

/** The list requests the pages make for `resource`, answered with nothing. */
function listRequests(resource: string) {
  const urls: URL[] = [];
  server.use(
    http.get(`${API}/${resource}`, ({ request }) => {
      urls.push(new URL(request.url));
      return HttpResponse.json([], { headers: { 'Content-Range': `${resource} 0-0/0` } });
    }),
  );
  return urls;
}

const filterOf = (url: URL) => JSON.parse(url.searchParams.get('filter') ?? '{}');

function renderProcurement() {
  renderApp(schemaWithDashboardsFor('procurement'), '/');
  const api = dashboardApi(procurementData);
  server.use(api.handler);
  return api;
}

describe('click-through', () => {
  it('a figure card opens the list with the filter it was computed with', async () => {
    renderProcurement();
    const lists = listRequests('purchase_lists');
    const card = (await screen.findByText('Purchase lists under way')).closest('[data-widget]') as HTMLElement;
    fireEvent.click(await within(card).findByTestId('metric-link'));
    await waitFor(() => expect(lists.length).toBeGreaterThan(0), { timeout: 10_000 });
    expect(filterOf(lists.at(-1)!)).toEqual(openFilter);
  });

  it('a table row opens the list of its group', async () => {
    renderProcurement();
    const lists = listRequests('purchase_lists');
    const table = (await screen.findByText('Purchase lists by status')).closest('[data-widget]') as HTMLElement;
    fireEvent.click(await within(table).findByText('Ordered'));
    await waitFor(() => expect(lists.length).toBeGreaterThan(0), { timeout: 10_000 });
    expect(filterOf(lists.at(-1)!)).toEqual({ status: 'ordered' });
  });

  it('"Show all" opens the whole list of a records widget, in its order', async () => {
    renderProcurement();
    const lists = listRequests('purchase_lists');
    const widget = (await screen.findByText('Needed in the next 14 days')).closest('[data-widget]') as HTMLElement;
    fireEvent.click(await within(widget).findByText('Show all'));
    await waitFor(() => expect(lists.length).toBeGreaterThan(0), { timeout: 10_000 });
    expect(filterOf(lists.at(-1)!)).toEqual({ needed_by_gte: '2026-12-04', needed_by_lte: '2026-12-18' });
    expect(JSON.parse(lists.at(-1)!.searchParams.get('sort')!)).toEqual(['needed_by', 'ASC']);
  });
});

describe('period presets and the previous period', () => {
  const pr = (value: number, previous: number) => [
    {
      id: 'negative_clippings',
      value,
      filter: { sentiment: 'negative', published_on_gte: '2026-12-01', published_on_lte: '2026-12-04' },
      previous: { from: '2026-11-01', to: '2026-11-04', value: previous, filter: {} },
    },
  ];

  it('asks the server for the preset by name, shows its dates and keeps it in the URL', async () => {
    renderApp(schemaWithDashboardsFor('pr'), '/');
    const api = dashboardApi(pr(2, 4));
    server.use(
      http.get(`${API}/dashboards/:name`, ({ request }) => {
        api.requests.push(new URL(request.url));
        return HttpResponse.json({ period: { preset: 'this_month', from: '2026-12-01', to: '2026-12-04', previous: { from: '2026-11-01', to: '2026-11-04' } }, widgets: pr(2, 4) });
      }),
    );
    fireEvent.mouseDown(within(await screen.findByTestId('period-picker')).getByRole('combobox'));
    fireEvent.click(await screen.findByRole('option', { name: 'This month' }));
    await waitFor(() => expect(api.requests.some((url) => url.searchParams.get('period') === 'this_month')).toBe(true));
    expect(await screen.findByTestId('period-dates')).toHaveTextContent('2026-12-01 – 2026-12-04');
    // Fewer negative clippings than before: down, and good news.
    const comparison = await screen.findByTestId('comparison');
    expect(comparison).toHaveAttribute('data-direction', 'down');
    expect(comparison).toHaveAttribute('data-tone', 'good');
    expect(comparison).toHaveTextContent('-50%');
    expect(comparison).toHaveTextContent('lower is better');
    expect(comparison).toHaveTextContent('Previous period (2026-11-01 – 2026-11-04): 4');
  });

  it('start from the period in the URL', async () => {
    renderApp(schemaWithDashboardsFor('pr'), '/?period=last_7_days');
    const api = dashboardApi(pr(1, 1));
    server.use(api.handler);
    await waitFor(() => expect(api.requests.length).toBeGreaterThan(0));
    expect(api.requests[0].searchParams.get('period')).toBe('last_7_days');
    expect(within(await screen.findByTestId('period-picker')).getByRole('combobox')).toHaveTextContent('Last 7 days');
  });

  it('are the server’s presets', () => {
    expect(PRESETS).toEqual(PERIOD_PRESETS);
  });

  it('compare with care for zero and for which way is better', () => {
    expect(compare(5, 0, 'higher')).toEqual({ direction: 'up', tone: 'good' }); // from nothing: no percentage
    expect(compare(0, 0, 'higher')).toEqual({ direction: 'none', tone: 'neutral' }); // nothing to nothing: no change
    expect(compare(4, 4, 'lower')).toEqual({ direction: 'none', percent: 0, tone: 'neutral' });
    expect(compare(90, 120, 'lower')).toEqual({ direction: 'down', percent: -25, tone: 'good' });
    expect(compare(150, 120, 'lower')).toEqual({ direction: 'up', percent: 25, tone: 'bad' });
    expect(compare(150, 120)).toEqual({ direction: 'up', percent: 25, tone: 'neutral' });
    expect(compare(null, 120, 'lower')).toBeUndefined();
    expect(compare(3, null)).toBeUndefined();
  });
});

describe('durations', () => {
  it('read in minutes, hours or days, in English and Chinese', () => {
    expect(formatDuration(35, 'en')).toBe('35 min');
    expect(formatDuration(35, 'zh')).toBe('35 分钟');
    expect(formatDuration(312, 'en')).toBe('5.2 h');
    expect(formatDuration(312, 'zh')).toBe('5.2 小时');
    expect(formatDuration(49_249, 'en')).toBe('34.2 days');
    expect(formatDuration(49_249, 'zh')).toBe('34.2 天');
    expect(formatDuration(1440 * 2, 'en')).toBe('2 days');
    expect(formatDuration(59.6, 'en')).toBe('1 h'); // rounds into the next unit, never "60 min"
    expect(formatDuration(null, 'en')).toBe('—');
  });

  it('show on the service desk’s cards and per-agent table', async () => {
    renderApp(schemaWithDashboardsFor('service_lead', 'zh'), '/');
    server.use(
      dashboardApi([
        { id: 'resolution', value: 49_249, filter: {} },
        {
          id: 'per_agent',
          filter: {},
          rows: [{ key: 5, label: { en: '王芳', zh: '王芳' }, values: { tickets: 12, first_response: 35, resolution: 312, satisfaction: 4.5 }, filter: { assignee_id: 5 } }],
        },
      ]).handler,
    );
    const card = (await screen.findByText('平均解决时长')).closest('[data-widget]') as HTMLElement;
    expect(await within(card).findByText('34.2 天')).toBeInTheDocument();
    const table = screen.getByText('客服绩效').closest('[data-widget]') as HTMLElement;
    expect(await within(table).findByText('35 分钟')).toBeInTheDocument();
    expect(within(table).getByText('5.2 小时')).toBeInTheDocument();
  });
});
