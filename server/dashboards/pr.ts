/** PR: events coming up, and the coverage they brought (clippings, reach, sentiment). */
import { defineDashboard } from '../engine/dashboard.ts';
import { breakdown, count, measure, metric, records, sum } from '../engine/dashboard-widgets.ts';

const upcoming = { starts_at_gte: { today: 0 }, status: ['planned', 'confirmed'] };

export default defineDashboard({
  name: 'pr',
  label: { en: 'PR overview', zh: '公关概览' },
  roles: ['pr'],
  widgets: [
    metric('upcoming_events', ['Upcoming events', '即将举行的活动'], 'pr_events', count, { where: upcoming }),
    metric('clippings', ['Clippings', '报道数'], 'press_clippings', count, { period: 'published_on', better: 'higher' }),
    metric('reach', ['Total reach', '总覆盖人数'], 'press_clippings', sum('reach'), { period: 'published_on', better: 'higher' }),
    metric('negative_clippings', ['Negative clippings', '负面报道'], 'press_clippings', count, {
      where: { sentiment: 'negative' },
      period: 'published_on',
      better: 'lower',
    }),
    breakdown('clippings_by_sentiment', ['Clippings by sentiment', '报道倾向'], 'press_clippings', {
      groupBy: 'sentiment',
      period: 'published_on',
      measures: [measure('clippings', ['Clippings', '报道数'], count)],
      chart: 'pie',
    }),
    breakdown('reach_by_event', ['Reach by event', '各活动覆盖人数'], 'press_clippings', {
      groupBy: 'pr_event_id',
      period: 'published_on',
      measures: [measure('reach', ['Reach', '覆盖人数'], sum('reach'))],
      sort: { measure: 'reach', order: 'DESC' },
      limit: 8,
      chart: 'bar',
    }),
    breakdown('clippings_by_month', ['Clippings per month, last 12 months', '近12个月每月报道数'], 'press_clippings', {
      groupBy: 'published_on',
      bucket: 'month',
      where: { published_on_gte: { today: -365 } },
      measures: [measure('clippings', ['Clippings', '报道数'], count)],
      chart: 'line',
    }),
    records('next_events', ['Next events', '近期活动'], 'pr_events', {
      where: upcoming,
      sort: { field: 'starts_at', order: 'ASC' },
      columns: ['title', 'kind', 'starts_at', 'location', 'status'],
      limit: 8,
    }),
    records('recent_clippings', ['Recent clippings', '最新报道'], 'press_clippings', {
      sort: { field: 'published_on', order: 'DESC' },
      columns: ['headline', 'outlet', 'pr_event_id', 'published_on', 'sentiment', 'reach'],
      limit: 8,
    }),
  ],
});
