/**
 * Channel topics (频道专题): a themed page of the site (a festival, a season) that operations
 * plan and edit, shown on the home page or a catalog's channel, with a banner, a rich-text body
 * and its products in order. Editors draft and send for review; publishing and archiving are
 * steps the access table names.
 */
import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';
import { HOLIDAYS } from './shared/holidays.ts';

export const TOPIC_STATUS = [
  { id: 'draft', label: { en: 'Draft', zh: '草稿' } },
  { id: 'review', label: { en: 'In review', zh: '待审核' } },
  { id: 'published', label: { en: 'Published', zh: '已发布' } },
  { id: 'archived', label: { en: 'Archived', zh: '已归档' } },
] as const;

/** Everyone else reads what the site shows (the desk answers customers about it, PR and buyers plan around it). */
export const TOPIC_READERS = {
  marketing: { actions: READ },
  pr: { actions: READ },
  procurement: { actions: READ },
  customer_service: { actions: READ },
  service_lead: { actions: READ },
} as const;

export default defineResource({
  name: 'channel_topics',
  table: 'channel_topics',
  label: { en: 'Channel topics', zh: '频道专题' },
  labelSingular: { en: 'Channel topic', zh: '频道专题' },
  department: 'operations',
  icon: 'Newspaper',
  fields: {
    title: { type: 'string', label: { en: 'Title', zh: '专题标题' }, required: true, maxLength: 200 },
    title_en: { type: 'string', label: { en: 'English title', zh: '英文标题' }, maxLength: 200 },
    // The channel the topic belongs to: a catalog's page, or, left empty, the home page.
    catalog_id: { type: 'reference', reference: 'catalogs', label: { en: 'Channel (empty: home page)', zh: '所属频道(留空为首页)' } },
    holiday: { type: 'enum', label: { en: 'Festival', zh: '节日' }, choices: HOLIDAYS },
    starts_on: { type: 'date', label: { en: 'Starts on', zh: '开始日期' }, required: true },
    ends_on: { type: 'date', label: { en: 'Ends on', zh: '结束日期' }, required: true, notBefore: 'starts_on' },
    status: {
      type: 'enum',
      label: { en: 'Status', zh: '状态' },
      required: true,
      default: 'draft',
      choices: TOPIC_STATUS,
      transitions: { draft: ['review'], review: ['draft', 'published'], published: ['archived'] },
      // An archived topic's products are what the page showed: kept as they were.
      closingStates: ['archived'],
    },
    body: { type: 'richtext', label: { en: 'Body', zh: '专题正文' }, maxLength: 200_000 },
  },
  recordRepresentation: 'title',
  recordRepresentationIn: { en: 'title_en' },
  listColumns: ['title', 'catalog_id', 'holiday', 'starts_on', 'ends_on', 'status'],
  filters: ['status', 'holiday', 'starts_on', 'ends_on'],
  search: ['title', 'title_en'],
  defaultSort: { field: 'starts_on', order: 'DESC' },
  calendar: { start: 'starts_on', end: 'ends_on' },
  children: [{ resource: 'channel_topic_products', foreignKey: 'channel_topic_id' }],
  // The banner: the first image, shown as the topic's picture in the list.
  attachments: {
    kind: 'images',
    accept: ['image/jpeg', 'image/png', 'image/webp'],
    maxBytes: 5 * 1024 * 1024,
    label: { en: 'Banner images', zh: '专题横幅' },
    ordered: true,
    thumbnails: true,
  },
  comments: true,
  queues: [{ name: 'in_review', label: { en: 'Topics in review', zh: '待审核专题' }, where: { status: 'review' }, roles: ['operations'] }],
  access: {
    admin: { actions: ADMIN },
    // Editors write and send for review; publishing (and taking back to draft, archiving) is named here.
    operations: { actions: ALL, steps: { status: { draft: ['review'], review: ['draft', 'published'], published: ['archived'] } } },
    ...TOPIC_READERS,
  },
});
