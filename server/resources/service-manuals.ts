import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';

/** The desk's written manuals, kept per language; every edit is a version in the record's history. */
export default defineResource({
  name: 'service_manuals',
  table: 'service_manuals',
  label: { en: 'Service manuals', zh: '客服手册' },
  labelSingular: { en: 'Service manual', zh: '客服手册' },
  department: 'customer_service',
  icon: 'MenuBook',
  fields: {
    title: { type: 'string', label: { en: 'Title', zh: '标题' }, required: true, maxLength: 200 },
    category: {
      type: 'enum',
      label: { en: 'Manual', zh: '手册类别' },
      required: true,
      choices: [
        { id: 'consultation', label: { en: 'Consultation manual', zh: '咨询手册' } },
        { id: 'product', label: { en: 'Product manual', zh: '产品咨询手册' } },
        { id: 'callback', label: { en: 'Callback manual', zh: '回访手册' } },
        { id: 'online_chat', label: { en: 'Online chat manual', zh: '在线咨询手册' } },
      ],
    },
    language: {
      type: 'enum',
      label: { en: 'Language', zh: '语言' },
      required: true,
      default: 'zh',
      choices: [
        { id: 'zh', label: { en: 'Chinese', zh: '中文' } },
        { id: 'en', label: { en: 'English', zh: '英文' } },
      ],
    },
    body: { type: 'richtext', label: { en: 'Text', zh: '正文' }, required: true, maxLength: 200_000 },
  },
  recordRepresentation: 'title',
  listColumns: ['title', 'category', 'language', 'updated_at'],
  filters: ['category', 'language'],
  search: ['title', 'body'],
  sortable: ['updated_at'],
  defaultSort: { field: 'title', order: 'ASC' },
  access: {
    admin: { actions: ADMIN },
    service_lead: { actions: ALL },
    customer_service: { actions: READ },
  },
});
