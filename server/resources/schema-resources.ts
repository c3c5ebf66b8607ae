import { ADMIN, defineResource } from '../engine/definition.ts';
import { DEPARTMENTS } from '../engine/schema.ts';
import { RUNTIME_ICONS } from '../engine/runtime-model/vocabulary.ts';

/**
 * Resources the technology department adds in the running panel (`modelEntries`): creating one
 * creates its table (system columns and its creator) and its menu entry; its fields are runtime
 * fields naming it. Deleting one hides it and keeps its table; purging it drops the table.
 */
export default defineResource({
  name: 'schema_resources',
  table: 'schema_resources',
  label: { en: 'Runtime resources', zh: '自定义资源' },
  labelSingular: { en: 'Runtime resource', zh: '自定义资源' },
  department: 'technology',
  icon: 'AccountTree',
  fields: {
    name: {
      type: 'string',
      label: { en: 'Name (in the API)', zh: '资源名(接口)' },
      required: true,
      unique: true,
      maxLength: 40,
      pattern: { regex: '^[a-z][a-z0-9_]*$', message: { en: 'Lower-case letters, digits and _ (snake_case), starting with a letter', zh: '只能用小写字母、数字和 _（snake_case），并以字母开头' } },
    },
    label_zh: { type: 'string', label: { en: 'Chinese label', zh: '中文名称' }, required: true, maxLength: 100 },
    label_en: { type: 'string', label: { en: 'English label', zh: '英文名称' }, required: true, maxLength: 100 },
    department: { type: 'enum', label: { en: 'Department (menu group)', zh: '所属部门(菜单分组)' }, required: true, choices: DEPARTMENTS },
    icon: {
      type: 'enum',
      label: { en: 'Icon', zh: '图标' },
      default: 'Folder',
      choices: RUNTIME_ICONS.map((id) => ({ id, label: { en: id, zh: id } })),
    },
    // Per role: none, read, all or own (server/engine/runtime-model/vocabulary.ts); administrators always have all.
    access: { type: 'json', label: { en: 'Access per role', zh: '各角色权限' }, default: {} },
  },
  modelEntries: 'resources',
  fixedModel: true,
  recordRepresentation: 'label_zh',
  recordRepresentationIn: { en: 'label_en' },
  listColumns: ['label_zh', 'name', 'department'],
  filters: ['department'],
  search: ['name', 'label_zh', 'label_en'],
  defaultSort: { field: 'name', order: 'ASC' },
  access: { admin: { actions: ADMIN } },
});
