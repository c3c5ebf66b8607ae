/**
 * Dashboards you act on: every figure and every chart segment carries the list filter it was
 * computed with, and listing the resource with that filter, as the same role, shows exactly the
 * rows behind it. Generated over the shipped dashboards of every role and several periods, so a
 * new widget is covered without a new test. Also: period presets resolved in the shop's calendar
 * (a fixed clock), and the comparison with the previous period against plain SQL.
 */
import type request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { dashboards } from '../../server/dashboards/index.ts';
import type { Measure, Widget } from '../../server/engine/dashboard.ts';
import { resources } from '../../server/resources/index.ts';
import { DEMO_LOGIN_BY_ROLE, startTestApp, type TestApp } from '../helpers/test-app.ts';

type Row = Record<string, unknown>;
type Filter = Record<string, unknown>;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
afterEach(() => {
  vi.useRealTimers();
});

const total = (response: request.Response) => Number(String(response.headers['content-range']).split('/')[1]);

async function listed(agent: request.Agent, resource: string, filter: Filter): Promise<number> {
  const response = await agent.get(`/api/${resource}`).query({ filter: JSON.stringify(filter), range: '[0,0]' });
  expect(response.status, `${resource} ${JSON.stringify(filter)}: ${JSON.stringify(response.body)}`).toBe(200);
  return total(response);
}

/** Every row the list shows for the filter, page by page. */
async function listedRows(agent: request.Agent, resource: string, filter: Filter): Promise<Row[]> {
  const rows: Row[] = [];
  for (let start = 0; ; start += 1000) {
    const response = await agent.get(`/api/${resource}`).query({ filter: JSON.stringify(filter), range: `[${start},${start + 999}]` });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    rows.push(...(response.body as Row[]));
    if (rows.length >= total(response)) return rows;
  }
}

/** The measure recomputed from the listed rows, rounded as the dashboard rounds it. */
function recomputed(measure: Measure, rows: Row[], resource: string): number | null {
  if (measure.fn === 'count') return rows.length;
  const numbers = (field: string) => rows.map((row) => row[field]).filter((value): value is number => typeof value === 'number');
  const sum = (field: string) => numbers(field).reduce((a, b) => a + b, 0);
  if (measure.fn === 'share') throw new Error('a share is counted from two lists (see the metric check below)');
  if (measure.fn === 'countPer') throw new Error('a countPer reads two resources (tests/api/retail-dashboards.test.ts checks conversion)');
  if (measure.fn === 'sum') return sum(measure.field);
  if (measure.fn === 'ratio') {
    const denominator = sum(measure.denominator);
    if (!denominator) return null;
    return Math.round(measure.unit === 'money' ? sum(measure.numerator) / denominator : (sum(measure.numerator) * 10000) / denominator);
  }
  const values = numbers(measure.field);
  if (!values.length) return null;
  if (measure.fn === 'min') return Math.min(...values);
  if (measure.fn === 'max') return Math.max(...values);
  const average = values.reduce((a, b) => a + b, 0) / values.length;
  const field = resources.find((def) => def.name === resource)!.fields[measure.field];
  return field?.type === 'integer' ? Math.round(average * 100) / 100 : Math.round(average);
}

const PERIODS: Record<string, Record<string, string>> = {
  'all time': {},
  'a custom period': { from: '2026-08-01', to: '2026-10-31' },
  'last month': { period: 'last_month' },
};

describe.each(Object.entries(DEMO_LOGIN_BY_ROLE))('the %s dashboard', (role, username) => {
  const definition = dashboards.find((dashboard) => dashboard.roles.includes(role as never))!;
  const widgetDef = (id: string) => definition.widgets.find((widget) => widget.id === id) as Widget;

  it.each(Object.entries(PERIODS))('opens, for %s, lists whose rows give exactly each figure and segment', async (_name, query) => {
    const agent = await t.signIn(username);
    const response = await agent.get(`/api/dashboards/${definition.name}`).query(query);
    expect(response.status).toBe(200);
    let checked = 0;
    for (const data of response.body.widgets as Row[]) {
      const widget = widgetDef(String(data.id));
      const at = `${widget.id} ${JSON.stringify(data.filter)}`;
      expect(data.filter, at).toBeTypeOf('object');
      if (widget.kind === 'metric') {
        const figures = [data as { value: number | null; filter: Filter }];
        if (data.previous) figures.push(data.previous as { value: number | null; filter: Filter });
        for (const figure of figures) {
          if (widget.measure.fn === 'count') expect(await listed(agent, widget.resource, figure.filter), at).toBe(figure.value);
          else if (widget.measure.fn === 'share') {
            // The part of the list that also passes the share's filter.
            const whole = await listed(agent, widget.resource, figure.filter);
            const part = await listed(agent, widget.resource, { ...figure.filter, ...(widget.measure.where as Filter) });
            expect(whole ? Math.round((part * 10_000) / whole) : null, at).toBe(figure.value);
          }
          else expect(recomputed(widget.measure, await listedRows(agent, widget.resource, figure.filter), widget.resource), at).toBe(figure.value);
          checked += 1;
        }
      }
      if (widget.kind === 'breakdown') {
        for (const group of data.rows as { key: unknown; values: Row; filter: Filter }[]) {
          const count = widget.measures.find((measure) => measure.fn === 'count');
          const where = `${at} group ${String(group.key)} ${JSON.stringify(group.filter)}`;
          if (count) {
            expect(await listed(agent, widget.resource, group.filter), where).toBe(group.values[count.id]);
          } else {
            const rows = await listedRows(agent, widget.resource, group.filter);
            for (const measure of widget.measures) expect(recomputed(measure, rows, widget.resource), `${where} ${measure.id}`).toBe(group.values[measure.id]);
          }
          checked += 1;
        }
      }
      if (widget.kind === 'records') {
        // The "show all" link: the same rows, in the same order, first.
        const sort = data.sort as { field: string; order: string };
        const first = await agent
          .get(`/api/${widget.resource}`)
          .query({ filter: JSON.stringify(data.filter), sort: JSON.stringify([sort.field, sort.order]), range: `[0,${widget.limit - 1}]` });
        expect(first.status).toBe(200);
        const ids = (first.body as Row[]).map((row) => row.id);
        expect((data.records as Row[]).map((row) => row.id), at).toEqual(ids);
      }
      if (widget.kind === 'scatter') {
        const rows = await listedRows(agent, widget.resource, data.filter as Filter);
        const ids = new Set(rows.map((row) => row.id));
        for (const point of data.points as { id: number }[]) expect(ids.has(point.id), at).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('period presets', () => {
  // 17:30 UTC on 3 December is already 01:30 on 4 December in Shanghai, the shop's zone.
  const clock = new Date('2026-12-03T17:30:00Z');

  it.each([
    ['today', { from: '2026-12-04', to: '2026-12-04', previous: { from: '2026-12-03', to: '2026-12-03' } }],
    ['last_7_days', { from: '2026-11-28', to: '2026-12-04', previous: { from: '2026-11-21', to: '2026-11-27' } }],
    ['this_month', { from: '2026-12-01', to: '2026-12-04', previous: { from: '2026-11-01', to: '2026-11-04' } }],
    ['last_month', { from: '2026-11-01', to: '2026-11-30', previous: { from: '2026-10-01', to: '2026-10-31' } }],
  ])('resolve %s in the shop’s calendar', async (preset, expected) => {
    const pr = await t.signIn('pr');
    vi.useFakeTimers({ toFake: ['Date'], now: clock });
    const response = await pr.get('/api/dashboards/pr').query({ period: preset });
    expect(response.status).toBe(200);
    expect(response.body.period).toEqual({ preset, ...expected });
    // The period's figures are read over those dates.
    const clippings = response.body.widgets.find((widget: { id: string }) => widget.id === 'clippings');
    expect(clippings.filter).toEqual({ published_on_gte: expected.from, published_on_lte: expected.to });
    expect(clippings.previous).toMatchObject(expected.previous);
  });

  it('compare each period figure with the same figure over the previous period, as SQL counts it', async () => {
    const pr = await t.signIn('pr');
    // Early November 2026 holds seeded clippings: compare 1-10 November with 22-31 October.
    const response = await pr.get('/api/dashboards/pr').query({ from: '2026-11-01', to: '2026-11-10' });
    expect(response.body.period).toEqual({ preset: 'custom', from: '2026-11-01', to: '2026-11-10', previous: { from: '2026-10-22', to: '2026-10-31' } });
    const sql = (from: string, to: string, sentiment?: string) => {
      const query = t.db('press_clippings').whereNull('deleted_at').whereBetween('published_on', [from, to]);
      if (sentiment) query.where({ sentiment });
      return query;
    };
    const count = async (from: string, to: string, sentiment?: string) => Number((await sql(from, to, sentiment).count({ n: '*' }).first())!.n);
    const reach = async (from: string, to: string) => Number((await sql(from, to).sum({ n: 'reach' }).first())!.n ?? 0);
    const widget = (id: string) => response.body.widgets.find((candidate: { id: string }) => candidate.id === id);

    expect(widget('clippings').value).toBe(await count('2026-11-01', '2026-11-10'));
    expect(widget('clippings').previous.value).toBe(await count('2026-10-22', '2026-10-31'));
    expect(widget('reach').previous.value).toBe(await reach('2026-10-22', '2026-10-31'));
    expect(widget('negative_clippings').previous.value).toBe(await count('2026-10-22', '2026-10-31', 'negative'));
    expect(widget('clippings').previous.value).toBeGreaterThan(0); // the comparison compares something
    // A figure without a period has nothing to compare with.
    expect(widget('upcoming_events')).not.toHaveProperty('previous');
  });

  it('compare nothing for all time or an open-ended period, and refuse an unknown preset', async () => {
    const pr = await t.signIn('pr');
    const open = await pr.get('/api/dashboards/pr').query({ from: '2026-11-01' });
    expect(open.body.period).toEqual({ preset: 'custom', from: '2026-11-01' });
    expect(open.body.widgets.find((widget: { id: string }) => widget.id === 'clippings')).not.toHaveProperty('previous');
    const bad = await pr.get('/api/dashboards/pr').query({ period: 'yesterday' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toHaveProperty('period');
  });
});
