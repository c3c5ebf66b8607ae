/** The products of a channel topic, in the order the topic page shows them. */
import { ADMIN, ALL, defineResource } from '../engine/definition.ts';
import { TOPIC_READERS } from './channel-topics.ts';

export default defineResource({
  name: 'channel_topic_products',
  table: 'channel_topic_products',
  label: { en: 'Topic products', zh: '专题商品' },
  labelSingular: { en: 'Topic product', zh: '专题商品' },
  department: 'operations',
  icon: 'Newspaper',
  menu: false,
  fields: {
    channel_topic_id: { type: 'reference', reference: 'channel_topics', label: { en: 'Channel topic', zh: '频道专题' }, required: true, onDelete: 'cascade' },
    product_id: { type: 'reference', reference: 'products', label: { en: 'Product', zh: '商品' }, required: true },
    position: { type: 'integer', label: { en: 'Order', zh: '排序' }, min: 1, max: 10_000, sequenceWithin: 'channel_topic_id' },
    note: { type: 'string', label: { en: 'Selling point', zh: '推荐语' }, maxLength: 200 },
  },
  recordRepresentation: 'product_id',
  listColumns: ['position', 'product_id', 'note'],
  filters: [],
  search: [],
  defaultSort: { field: 'position', order: 'ASC' },
  uniqueTogether: [['channel_topic_id', 'product_id']],
  access: {
    admin: { actions: ADMIN },
    operations: { actions: ALL },
    ...TOPIC_READERS,
  },
});
