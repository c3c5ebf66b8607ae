import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';
import { contactName, email, phone } from './shared/labels-and-choices.ts';

export default defineResource({
  name: 'suppliers',
  table: 'suppliers',
  label: { en: 'Suppliers', zh: '供应商' },
  labelSingular: { en: 'Supplier', zh: '供应商' },
  department: 'procurement',
  icon: 'Factory',
  fields: {
    name: { type: 'string', label: { en: 'Name', zh: '供应商名称' }, required: true, maxLength: 200 },
    contact_name: { type: 'string', label: contactName, maxLength: 100 },
    phone: { type: 'string', label: phone, format: 'phone', maxLength: 30 },
    email: { type: 'string', label: email, format: 'email', maxLength: 200 },
    address: { type: 'text', label: { en: 'Address', zh: '地址' }, maxLength: 500 },
    payment_terms: { type: 'string', label: { en: 'Payment terms', zh: '付款条件' }, maxLength: 200 },
    rating: { type: 'integer', label: { en: 'Rating (1-5)', zh: '评级(1-5)' }, min: 1, max: 5 },
  },
  recordRepresentation: 'name',
  listColumns: ['name', 'contact_name', 'phone', 'payment_terms', 'rating'],
  filters: ['rating'],
  search: ['name', 'contact_name'],
  defaultSort: { field: 'name', order: 'ASC' },
  access: {
    admin: { actions: ADMIN },
    operations: { actions: READ },
    procurement: { actions: ALL },
  },
});
