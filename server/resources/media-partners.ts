import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';
import { PARTNER_STATUS, contactName, contractEnd, contractStart, email, phone, status } from './shared/labels-and-choices.ts';

export default defineResource({
  name: 'media_partners',
  table: 'media_partners',
  label: { en: 'Media partners', zh: '媒介合作' },
  labelSingular: { en: 'Media partner', zh: '媒介伙伴' },
  department: 'marketing',
  icon: 'Campaign',
  fields: {
    name: { type: 'string', label: { en: 'Name', zh: '媒体名称' }, required: true, maxLength: 200 },
    kind: {
      type: 'enum',
      label: { en: 'Type', zh: '媒体类型' },
      required: true,
      choices: [
        { id: 'search_engine', label: { en: 'Search engine', zh: '搜索引擎' } },
        { id: 'edm', label: { en: 'EDM', zh: '邮件营销' } },
        { id: 'portal', label: { en: 'Portal', zh: '门户网站' } },
        { id: 'vertical_site', label: { en: 'Vertical site', zh: '垂直网站' } },
        { id: 'cps_network', label: { en: 'Affiliate network (CPS)', zh: 'CPS联盟' } },
        { id: 'news', label: { en: 'News site', zh: '新闻媒体' } },
        { id: 'tv', label: { en: 'TV', zh: '电视' } },
        { id: 'newspaper', label: { en: 'Newspaper', zh: '报纸' } },
      ],
    },
    contact_name: { type: 'string', label: contactName, maxLength: 100 },
    phone: { type: 'string', label: phone, format: 'phone', maxLength: 30 },
    email: { type: 'string', label: email, format: 'email', maxLength: 200 },
    pricing_model: {
      type: 'enum',
      label: { en: 'Pricing model', zh: '计费方式' },
      required: true,
      choices: [
        { id: 'cpc', label: { en: 'CPC', zh: '按点击' } },
        { id: 'cps', label: { en: 'CPS', zh: '按销售' } },
        { id: 'cpm', label: { en: 'CPM', zh: '按千次展示' } },
        { id: 'flat', label: { en: 'Flat fee', zh: '包断' } },
      ],
    },
    contract_start: { type: 'date', label: contractStart },
    contract_end: { type: 'date', label: contractEnd, after: 'contract_start' },
    status: { type: 'enum', label: status, required: true, default: 'negotiating', choices: PARTNER_STATUS },
  },
  recordRepresentation: 'name',
  listColumns: ['name', 'kind', 'pricing_model', 'contact_name', 'contract_end', 'status'],
  filters: ['kind', 'pricing_model', 'status', 'contract_end'],
  search: ['name', 'contact_name'],
  defaultSort: { field: 'name', order: 'ASC' },
  children: [{ resource: 'media_partner_stats', foreignKey: 'media_partner_id' }],
  access: {
    admin: { actions: ADMIN },
    marketing: { actions: ALL },
    pr: { actions: [...READ, 'create', 'edit'] },
  },
});
