import { ALL, ROLES, defineResource, type RoleAccess, type RowRule } from '../engine/definition.ts';

/** My own views, and the views others of my role share with it. */
const MINE_OR_SHARED_WITH_MY_ROLE: RowRule = {
  where: { owner_id: { user: 'id' } },
  or: [{ shared: true, owner_role: { user: 'role' } }],
};

/** Only the owner changes or deletes a view (the server sets the owner on create). */
const MINE: RowRule = { where: { owner_id: { user: 'id' } } };

/** Every signed-in role saves views of the lists it may open, under the same rules. */
const EVERY_ROLE: RoleAccess = { actions: ALL, readRows: MINE_OR_SHARED_WITH_MY_ROLE, writeRows: MINE };

/**
 * A list's filters, sort, columns and page size saved under a name (`listSettings`): judged on
 * every write against that list's definition for the writer's role, as the list judges them.
 */
export default defineResource({
  name: 'saved_views',
  table: 'saved_views',
  label: { en: 'Saved views', zh: '已保存视图' },
  labelSingular: { en: 'Saved view', zh: '已保存视图' },
  department: 'technology',
  // Chosen and saved from each list's "Views" menu.
  menu: false,
  fields: {
    name: { type: 'string', label: { en: 'Name', zh: '视图名称' }, required: true, maxLength: 100 },
    resource: { type: 'string', label: { en: 'List', zh: '列表' }, required: true, maxLength: 64 },
    filter: { type: 'json', label: { en: 'Filters', zh: '筛选条件' }, default: {} },
    sort: { type: 'json', label: { en: 'Sort', zh: '排序' } },
    columns: { type: 'json', label: { en: 'Columns', zh: '显示列' } },
    per_page: { type: 'integer', label: { en: 'Rows per page', zh: '每页行数' }, required: true, default: 25 },
    shared: { type: 'boolean', label: { en: 'Shared with my role', zh: '与同角色共享' }, default: false },
    // A user's views go to the trash with the user.
    owner_id: { type: 'reference', reference: 'users', label: { en: 'Owner', zh: '创建人' }, setOnCreate: 'currentUserId', onDelete: 'cascade' },
    owner_role: {
      type: 'enum',
      label: { en: 'Owner role', zh: '创建人角色' },
      choices: ROLES.map((id) => ({ id, label: { en: id, zh: id } })),
      setOnCreate: 'currentUserRole',
    },
  },
  listSettings: { resource: 'resource', filter: 'filter', sort: 'sort', columns: 'columns', perPage: 'per_page' },
  recordRepresentation: 'name',
  listColumns: ['name', 'resource', 'shared', 'owner_id', 'updated_at'],
  filters: ['resource', 'shared'],
  search: ['name'],
  defaultSort: { field: 'name', order: 'ASC' },
  fixedModel: true,
  access: Object.fromEntries(ROLES.map((role) => [role, EVERY_ROLE])),
});
