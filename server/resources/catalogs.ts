import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';

export default defineResource({
  name: 'catalogs',
  table: 'catalogs',
  label: { en: 'Catalogs', zh: '商品类目' },
  labelSingular: { en: 'Catalog', zh: '类目' },
  department: 'operations',
  icon: 'AccountTree',
  fields: {
    name: { type: 'string', label: { en: 'Name (Chinese)', zh: '类目名称' }, required: true, maxLength: 100 },
    name_en: { type: 'string', label: { en: 'Name (English)', zh: '英文名称' }, maxLength: 100 },
    parent_id: { type: 'reference', reference: 'catalogs', label: { en: 'Parent catalog', zh: '上级类目' } },
    sort_order: { type: 'integer', label: { en: 'Sort order', zh: '排序' }, min: 0, max: 100000, default: 0 },
    visible: { type: 'boolean', label: { en: 'Visible on site', zh: '前台显示' }, default: true },
    // Products' margins may not fall below it (products.margin's floorFrom); 1000 bp = 10%.
    min_margin: { type: 'basis_points', label: { en: 'Minimum gross margin', zh: '最低毛利率' }, required: true, default: 1000, min: 0, max: 9999 },
  },
  recordRepresentation: 'name',
  recordRepresentationIn: { en: 'name_en' },
  listColumns: ['name', 'name_en', 'parent_id', 'sort_order', 'visible', 'min_margin'],
  filters: ['visible'],
  search: ['name', 'name_en'],
  defaultSort: { field: 'sort_order', order: 'ASC' },
  access: {
    admin: { actions: ADMIN },
    operations: { actions: ALL },
    marketing: { actions: READ },
    pr: { actions: READ },
    procurement: { actions: READ },
    customer_service: { actions: READ },
    service_lead: { actions: READ },
  },
});
