/** PR: events coming up, and the coverage they brought (clippings, reach, sentiment). */
import { defineDashboard } from '../engine/dashboard.ts';
import { count } from './common.ts';

const upcoming = { starts_at_gte: { today: 0 }, status: ['planned', 'confirmed'] };

export default defineDashboard({
  name: 'pr',
  label: { en: 'PR overview', zh: '公关概览' },
  roles: ['pr'],
  widgets: [
    { kind: 'metric', id: 'upcoming_events', label: { en: 'Upcoming events', zh: '即将举行的活动' }, resource: 'pr_events', measure: count, where: upcoming },
    { kind: 'metric', id: 'clippings', label: { en: 'Clippings', zh: '报道数' }, resource: 'press_clippings', measure: count, period: 'published_on', better: 'higher' },
    { kind: 'metric', id: 'reach', label: { en: 'Total reach', zh: '总覆盖人数' }, resource: 'press_clippings', measure: { fn: 'sum', field: 'reach' }, period: 'published_on', better: 'higher' },
    {
      kind: 'metric',
      id: 'negative_clippings',
      label: { en: 'Negative clippings', zh: '负面报道' },
      resource: 'press_clippings',
      measure: count,
      where: { sentiment: 'negative' },
      period: 'published_on',
      better: 'lower',
    },
    {
      kind: 'breakdown',
      id: 'clippings_by_sentiment',
      label: { en: 'Clippings by sentiment', zh: '报道倾向' },
      resource: 'press_clippings',
      groupBy: 'sentiment',
      period: 'published_on',
      measures: [{ id: 'clippings', label: { en: 'Clippings', zh: '报道数' }, ...count }],
      chart: 'pie',
    },
    {
      kind: 'breakdown',
      id: 'reach_by_event',
      label: { en: 'Reach by event', zh: '各活动覆盖人数' },
      resource: 'press_clippings',
      groupBy: 'pr_event_id',
      period: 'published_on',
      measures: [{ id: 'reach', label: { en: 'Reach', zh: '覆盖人数' }, fn: 'sum', field: 'reach' }],
      sort: { measure: 'reach', order: 'DESC' },
      limit: 8,
      chart: 'bar',
    },
    {
      kind: 'breakdown',
      id: 'clippings_by_month',
      label: { en: 'Clippings per month, last 12 months', zh: '近12个月每月报道数' },
      resource: 'press_clippings',
      groupBy: 'published_on',
      bucket: 'month',
      where: { published_on_gte: { today: -365 } },
      measures: [{ id: 'clippings', label: { en: 'Clippings', zh: '报道数' }, ...count }],
      chart: 'line',
    },
    {
      kind: 'records',
      id: 'next_events',
      label: { en: 'Next events', zh: '近期活动' },
      resource: 'pr_events',
      where: upcoming,
      sort: { field: 'starts_at', order: 'ASC' },
      columns: ['title', 'kind', 'starts_at', 'location', 'status'],
      limit: 8,
    },
    {
      kind: 'records',
      id: 'recent_clippings',
      label: { en: 'Recent clippings', zh: '最新报道' },
      resource: 'press_clippings',
      sort: { field: 'published_on', order: 'DESC' },
      columns: ['headline', 'outlet', 'pr_event_id', 'published_on', 'sentiment', 'reach'],
      limit: 8,
    },
  ],
});
