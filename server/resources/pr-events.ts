import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';

type Clipping = Record<string, unknown>;

/** A sum over the event's press clippings. */
const coverage = (value: (clipping: Clipping) => number) => ({ resource: 'press_clippings', foreignKey: 'pr_event_id', value });
const withSentiment = (sentiment: string) => (clipping: Clipping) => (clipping.sentiment === sentiment ? 1 : 0);

export default defineResource({
  name: 'pr_events',
  table: 'pr_events',
  label: { en: 'PR events', zh: '公关活动' },
  labelSingular: { en: 'PR event', zh: '公关活动' },
  department: 'pr',
  icon: 'Event',
  fields: {
    title: { type: 'string', label: { en: 'Title', zh: '活动主题' }, required: true, maxLength: 200 },
    kind: {
      type: 'enum',
      label: { en: 'Type', zh: '活动类型' },
      required: true,
      choices: [
        { id: 'press_conference', label: { en: 'Press conference', zh: '新闻发布会' } },
        { id: 'industry_seminar', label: { en: 'Industry seminar', zh: '行业研讨会' } },
        { id: 'executive_interview', label: { en: 'Executive interview', zh: '高层访谈' } },
        { id: 'news_release', label: { en: 'News release', zh: '新闻稿' } },
        { id: 'crisis_response', label: { en: 'Crisis response', zh: '危机公关' } },
      ],
    },
    channel: {
      type: 'enum',
      label: { en: 'Interview channel', zh: '访谈渠道' },
      choices: [
        { id: 'web', label: { en: 'Web', zh: '网络' } },
        { id: 'tv', label: { en: 'TV', zh: '电视' } },
        { id: 'newspaper', label: { en: 'Newspaper', zh: '报纸' } },
      ],
    },
    starts_at: { type: 'datetime', label: { en: 'Starts at', zh: '开始时间' }, required: true },
    location: { type: 'string', label: { en: 'Location', zh: '地点' }, maxLength: 200 },
    owner_id: { type: 'reference', reference: 'users', label: { en: 'Owner', zh: '负责人' } },
    status: {
      type: 'enum',
      label: { en: 'Status', zh: '状态' },
      required: true,
      default: 'planned',
      choices: [
        { id: 'planned', label: { en: 'Planned', zh: '筹备中' } },
        { id: 'confirmed', label: { en: 'Confirmed', zh: '已确认' } },
        { id: 'done', label: { en: 'Done', zh: '已完成' } },
        { id: 'cancelled', label: { en: 'Cancelled', zh: '已取消' } },
      ],
    },
    budget: { type: 'money', label: { en: 'Budget', zh: '预算' }, min: 0, max: 10_000_000_000 },
    summary: { type: 'text', label: { en: 'Summary', zh: '活动概要' }, maxLength: 5000, multiline: true },
    // The coverage the event brought, kept up to date by the server as clippings come and go.
    clippings: { type: 'integer', label: { en: 'Clippings', zh: '报道数' }, rollup: coverage(() => 1) },
    total_reach: { type: 'integer', label: { en: 'Total reach', zh: '总覆盖人数' }, rollup: coverage((clipping) => Number(clipping.reach)) },
    positive_clippings: { type: 'integer', label: { en: 'Positive', zh: '正面报道' }, rollup: coverage(withSentiment('positive')) },
    neutral_clippings: { type: 'integer', label: { en: 'Neutral', zh: '中性报道' }, rollup: coverage(withSentiment('neutral')) },
    negative_clippings: { type: 'integer', label: { en: 'Negative', zh: '负面报道' }, rollup: coverage(withSentiment('negative')) },
  },
  recordRepresentation: 'title',
  listColumns: ['title', 'kind', 'channel', 'starts_at', 'location', 'status', 'budget', 'clippings', 'total_reach'],
  filters: ['kind', 'channel', 'status', 'starts_at', 'clippings', 'total_reach'],
  search: ['title', 'location'],
  calendar: { start: 'starts_at' },
  recordChart: { label: { en: 'Coverage by sentiment', zh: '报道倾向分布' }, chart: 'pie', fields: ['positive_clippings', 'neutral_clippings', 'negative_clippings'] },
  defaultSort: { field: 'starts_at', order: 'DESC' },
  children: [
    { resource: 'pr_event_media', foreignKey: 'pr_event_id' },
    { resource: 'press_clippings', foreignKey: 'pr_event_id' },
  ],
  attachments: {
    kind: 'documents',
    accept: [
      'application/pdf',
      'application/msword',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.ms-powerpoint',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      'image/jpeg',
      'image/png',
      'image/webp',
    ],
    maxBytes: 20 * 1024 * 1024,
    label: { en: 'Release documents', zh: '发布文档' },
  },
  queues: [
    {
      name: 'next_7_days',
      label: { en: 'In the next 7 days', zh: '未来 7 天' },
      where: { starts_at_gte: { today: 0 }, starts_at_lt: { today: 7 }, status: ['planned', 'confirmed'] },
      roles: ['pr'],
    },
  ],
  comments: true,
  access: {
    admin: { actions: ADMIN },
    operations: { actions: READ },
    marketing: { actions: READ },
    pr: { actions: ALL },
    customer_service: { actions: READ },
    service_lead: { actions: READ },
  },
});
