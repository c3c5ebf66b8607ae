/** A dashboard's period presets and the period each is compared with; the filter of a segment. */
import { describe, expect, it } from 'vitest';
import type { BreakdownWidget } from '../../server/engine/dashboard.ts';
import { groupFilter, narrowed } from '../../server/engine/dashboard-links.ts';
import { resolvePeriod } from '../../server/engine/dashboard-period.ts';
import { ApiError } from '../../server/engine/errors.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { resources } from '../../server/resources/index.ts';

describe('period presets', () => {
  it('resolve against the shop’s today, each with the previous period of equal length', () => {
    expect(resolvePeriod({ period: 'today' }, '2026-03-01')).toEqual({
      preset: 'today',
      from: '2026-03-01',
      to: '2026-03-01',
      previous: { from: '2026-02-28', to: '2026-02-28' },
    });
    expect(resolvePeriod({ period: 'last_7_days' }, '2026-01-03')).toEqual({
      preset: 'last_7_days',
      from: '2025-12-28',
      to: '2026-01-03',
      previous: { from: '2025-12-21', to: '2025-12-27' },
    });
  });

  it('compare months with months: this month so far with the same days of the last, cut at its end', () => {
    expect(resolvePeriod({ period: 'this_month' }, '2026-03-31')).toMatchObject({ from: '2026-03-01', to: '2026-03-31', previous: { from: '2026-02-01', to: '2026-02-28' } });
    expect(resolvePeriod({ period: 'this_month' }, '2026-01-15')).toMatchObject({ from: '2026-01-01', to: '2026-01-15', previous: { from: '2025-12-01', to: '2025-12-15' } });
    expect(resolvePeriod({ period: 'last_month' }, '2026-03-10')).toMatchObject({ from: '2026-02-01', to: '2026-02-28', previous: { from: '2026-01-01', to: '2026-01-31' } });
    expect(resolvePeriod({ period: 'last_month' }, '2026-01-10')).toMatchObject({ from: '2025-12-01', to: '2025-12-31', previous: { from: '2025-11-01', to: '2025-11-30' } });
  });

  it('take a custom from/to, compared with as many days just before; all time compares nothing', () => {
    expect(resolvePeriod({ from: '2026-02-20', to: '2026-03-01' }, '2026-12-04')).toEqual({
      preset: 'custom',
      from: '2026-02-20',
      to: '2026-03-01',
      previous: { from: '2026-02-10', to: '2026-02-19' },
    });
    expect(resolvePeriod({ period: 'custom', from: '2026-02-20' }, '2026-12-04')).toEqual({ preset: 'custom', from: '2026-02-20' });
    expect(resolvePeriod({}, '2026-12-04')).toEqual({});
  });

  it('refuse an unknown preset with an error on the field', () => {
    expect(() => resolvePeriod({ period: 'forever' }, '2026-12-04')).toThrow(ApiError);
  });
});

describe('segment filters', () => {
  const registry = createRegistry(resources);
  const tickets = registry.get('service_tickets');
  const clippings = registry.get('press_clippings');
  const breakdown = (groupBy: string, bucket?: BreakdownWidget['bucket']): BreakdownWidget => ({
    kind: 'breakdown',
    id: 'b',
    label: { en: 'B', zh: 'B' },
    resource: 'x',
    groupBy,
    bucket,
    measures: [{ id: 'n', label: { en: 'N', zh: 'N' }, fn: 'count' }],
    chart: 'bar',
  });
  const now = new Date('2026-12-04T12:00:00.000Z');

  it('replace the widget’s choices by the group’s value, and name an empty group by null', () => {
    expect(groupFilter(tickets, breakdown('status'), { status: ['open', 'pending'] }, 'open', now, 'Asia/Shanghai')).toEqual({ status: 'open' });
    expect(groupFilter(tickets, breakdown('assignee_id'), { assignee_id_neq: null }, null, now, 'Asia/Shanghai')).toEqual({ assignee_id_neq: null, assignee_id: null });
  });

  it("turn a month into its days (a date) or the instants of the shop's month (a date-time), keeping the tighter bound", () => {
    expect(groupFilter(clippings, breakdown('published_on', 'month'), { published_on_gte: '2026-02-10' }, '2026-02', now, 'Asia/Shanghai')).toEqual({
      published_on_gte: '2026-02-10',
      published_on_lte: '2026-02-28',
    });
    expect(groupFilter(tickets, breakdown('created_at', 'month'), { created_at_gte: '2025-12-01', created_at_lte: '2026-01-20' }, '2025-12', now, 'Asia/Shanghai')).toEqual({
      created_at_gte: '2025-12-01', // the same instant as the shop month's start: either may stay
      created_at_lte: '2026-01-20',
      created_at_lt: '2025-12-31T16:00:00.000Z', // midnight of 1 January in Shanghai
    });
  });

  it('turn an age bucket into the range of instants it covers at the same clock', () => {
    const age = breakdown('created_at', { ageDays: [1, 3, 7] });
    expect(groupFilter(tickets, age, {}, '0-1', now, 'Asia/Shanghai')).toEqual({ created_at_gt: '2026-12-03T12:00:00.000Z' });
    expect(groupFilter(tickets, age, {}, '1-3', now, 'Asia/Shanghai')).toEqual({ created_at_gt: '2026-12-01T12:00:00.000Z', created_at_lte: '2026-12-03T12:00:00.000Z' });
    expect(groupFilter(tickets, age, {}, '7+', now, 'Asia/Shanghai')).toEqual({ created_at_lte: '2026-11-27T12:00:00.000Z' });
  });

  it('compare a bare date and an instant on a date-time as the list does', () => {
    // "up to 3 December" on a date-time reaches the end of that day, later than noon.
    expect(narrowed(tickets, { created_at_lte: '2026-12-03' }, { created_at_lte: '2026-12-03T12:00:00.000Z' }, 'Asia/Shanghai')).toEqual({ created_at_lte: '2026-12-03T12:00:00.000Z' });
    expect(narrowed(tickets, { created_at_gte: '2026-12-03' }, { created_at_gte: '2026-12-02T12:00:00.000Z' }, 'Asia/Shanghai')).toEqual({ created_at_gte: '2026-12-03' });
  });
});
