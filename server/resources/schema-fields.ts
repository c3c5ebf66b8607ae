import { ADMIN, defineResource } from '../engine/definition.ts';
import { RUNTIME_FIELD_TYPE_CHOICES } from '../engine/runtime-model/vocabulary.ts';
import { ROLE_CHOICES } from './shared/labels-and-choices.ts';

/**
 * Fields the technology department adds to resources in the running panel (`modelEntries`):
 * creating one adds its column, deleting one hides the field and keeps its data, purging it
 * from the trash drops the column. What code defines is never changed.
 */
export default defineResource({
  name: 'schema_fields',
  table: 'schema_fields',
  label: { en: 'Runtime fields', zh: '自定义字段' },
  labelSingular: { en: 'Runtime field', zh: '自定义字段' },
  department: 'technology',
  icon: 'ListAlt',
  fields: {
    resource: { type: 'string', label: { en: 'Resource', zh: '所属资源' }, required: true, maxLength: 64, namesResource: true },
    name: {
      type: 'string',
      label: { en: 'Name (in the API)', zh: '字段名(接口)' },
      required: true,
      maxLength: 40,
      pattern: { regex: '^[a-z][a-z0-9_]*$', message: { en: 'Lower-case letters, digits and _ (snake_case), starting with a letter', zh: '只能用小写字母、数字和 _（snake_case），并以字母开头' } },
    },
    type: { type: 'enum', label: { en: 'Type', zh: '类型' }, required: true, choices: RUNTIME_FIELD_TYPE_CHOICES },
    label_zh: { type: 'string', label: { en: 'Chinese label', zh: '中文名称' }, required: true, maxLength: 100 },
    label_en: { type: 'string', label: { en: 'English label', zh: '英文名称' }, required: true, maxLength: 100 },
    required: { type: 'boolean', label: { en: 'Required', zh: '必填' }, default: false },
    default: { type: 'json', label: { en: 'Default value', zh: '默认值' } },
    unique: { type: 'boolean', label: { en: 'Unique', zh: '唯一' }, default: false },
    min: { type: 'integer', label: { en: 'Smallest value', zh: '最小值' } },
    max: { type: 'integer', label: { en: 'Largest value', zh: '最大值' } },
    max_length: { type: 'integer', label: { en: 'Most characters', zh: '最多字符数' }, min: 1, max: 10000 },
    choices: { type: 'json', label: { en: 'Choices', zh: '选项' } },
    reference: { type: 'string', label: { en: 'Links to', zh: '关联资源' }, maxLength: 64, namesResource: true },
    hidden_for: { type: 'enum_list', label: { en: 'Hidden from', zh: '对以下角色隐藏' }, choices: ROLE_CHOICES, default: [] },
    writable_for: { type: 'enum_list', label: { en: 'Only these may change it', zh: '仅以下角色可修改' }, choices: ROLE_CHOICES, default: [] },
  },
  modelEntries: 'fields',
  fixedModel: true,
  recordRepresentation: 'label_zh',
  recordRepresentationIn: { en: 'label_en' },
  listColumns: ['label_zh', 'resource', 'name', 'type'],
  filters: ['resource', 'type'],
  search: ['name', 'label_zh', 'label_en'],
  defaultSort: { field: 'resource', order: 'ASC' },
  // A trashed field keeps its column, so its name stays taken until it is purged.
  uniqueTogether: [['resource', 'name']],
  access: { admin: { actions: ADMIN } },
});
