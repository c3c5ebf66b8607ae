import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';

export default defineResource({
  name: 'press_clippings',
  table: 'press_clippings',
  label: { en: 'Press clippings', zh: '媒体报道' },
  labelSingular: { en: 'Press clipping', zh: '报道' },
  department: 'pr',
  icon: 'Newspaper',
  fields: {
    pr_event_id: { type: 'reference', reference: 'pr_events', label: { en: 'Event', zh: '公关活动' }, required: true },
    media_partner_id: { type: 'reference', reference: 'media_partners', label: { en: 'Media partner', zh: '合作媒体' } },
    outlet: { type: 'string', label: { en: 'Outlet', zh: '媒体' }, required: true, maxLength: 200 },
    headline: { type: 'string', label: { en: 'Headline', zh: '标题' }, required: true, maxLength: 300 },
    url: { type: 'string', label: { en: 'Link', zh: '链接' }, format: 'url', maxLength: 2000 },
    published_on: { type: 'date', label: { en: 'Published on', zh: '发布日期' }, required: true },
    sentiment: {
      type: 'enum',
      label: { en: 'Sentiment', zh: '倾向' },
      required: true,
      default: 'neutral',
      choices: [
        { id: 'positive', label: { en: 'Positive', zh: '正面' } },
        { id: 'neutral', label: { en: 'Neutral', zh: '中性' } },
        { id: 'negative', label: { en: 'Negative', zh: '负面' } },
      ],
    },
    reach: { type: 'integer', label: { en: 'Reach', zh: '覆盖人数' }, min: 0, max: 10_000_000_000, default: 0 },
  },
  recordRepresentation: 'headline',
  listColumns: ['headline', 'outlet', 'pr_event_id', 'published_on', 'sentiment', 'reach'],
  filters: ['sentiment', 'published_on', 'reach'],
  search: ['headline', 'outlet'],
  defaultSort: { field: 'published_on', order: 'DESC' },
  access: {
    admin: { actions: ADMIN },
    marketing: { actions: READ },
    pr: { actions: ALL },
  },
});
