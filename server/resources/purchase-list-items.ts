import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';
import { OWN_DRAFT_LIST } from './purchase-lists.ts';

export default defineResource({
  name: 'purchase_list_items',
  table: 'purchase_list_items',
  label: { en: 'Purchase list items', zh: '采购明细' },
  labelSingular: { en: 'Purchase list item', zh: '采购明细' },
  department: 'procurement',
  icon: 'ListAlt',
  menu: false,
  fields: {
    purchase_list_id: {
      type: 'reference',
      reference: 'purchase_lists',
      label: { en: 'Purchase list', zh: '采购清单' },
      required: true,
      onDelete: 'cascade',
    },
    product_id: {
      type: 'reference',
      reference: 'products',
      label: { en: 'Product', zh: '商品' },
      required: true,
      // The list's supplier's products are the likely ones; others stay available.
      preferWhere: { field: 'supplier_id', through: 'purchase_list_id', parentField: 'supplier_id' },
    },
    quantity: { type: 'integer', label: { en: 'Quantity', zh: '数量' }, required: true, min: 1, max: 10_000_000 },
    unit_cost: {
      type: 'money',
      label: { en: 'Unit cost', zh: '单价' },
      required: true,
      min: 0,
      max: 100_000_000,
      suggestedFrom: { reference: 'product_id', field: 'cost' },
    },
  },
  recordRepresentation: 'id',
  listColumns: ['purchase_list_id', 'product_id', 'quantity', 'unit_cost'],
  filters: ['quantity'],
  search: [],
  defaultSort: { field: 'id', order: 'ASC' },
  access: {
    admin: { actions: ADMIN },
    operations: {
      actions: [...READ, 'create', 'edit', 'delete'],
      writeRows: { ...OWN_DRAFT_LIST, through: 'purchase_list_id' },
    },
    procurement: { actions: ALL },
  },
});
