import { READ, defineResource } from '../engine/definition.ts';

/** Actions on records and their files, as opposed to sign-ins and refusals. */
const RECORD_ACTIONS = ['create', 'update', 'delete', 'restore', 'purge', 'attach', 'detach', 'reorder'];

/** Written by the server in the same transaction as each change; nobody edits it. */
export default defineResource({
  name: 'audit_log',
  table: 'audit_log',
  label: { en: 'Audit log', zh: '操作日志' },
  labelSingular: { en: 'Audit entry', zh: '日志' },
  department: 'technology',
  icon: 'History',
  fields: {
    user_id: { type: 'integer', label: { en: 'User id', zh: '用户编号' }, readOnly: true },
    username: { type: 'string', label: { en: 'User', zh: '用户' }, readOnly: true, maxLength: 40 },
    action: {
      type: 'enum',
      label: { en: 'Action', zh: '操作' },
      readOnly: true,
      choices: [
        { id: 'create', label: { en: 'Created', zh: '新建' } },
        { id: 'update', label: { en: 'Updated', zh: '修改' } },
        { id: 'delete', label: { en: 'Moved to trash', zh: '删除' } },
        { id: 'restore', label: { en: 'Restored', zh: '恢复' } },
        { id: 'purge', label: { en: 'Purged', zh: '彻底删除' } },
        { id: 'sign_in', label: { en: 'Signed in', zh: '登录' } },
        { id: 'sign_in_failed', label: { en: 'Failed sign-in', zh: '登录失败' } },
        { id: 'forbidden', label: { en: 'Refused (403)', zh: '拒绝访问' } },
        { id: 'attach', label: { en: 'File attached', zh: '添加附件' } },
        { id: 'detach', label: { en: 'File removed', zh: '删除附件' } },
        { id: 'reorder', label: { en: 'Files reordered', zh: '调整附件顺序' } },
        { id: 'comment', label: { en: 'Commented', zh: '发表评论' } },
        { id: 'uncomment', label: { en: 'Comment deleted', zh: '删除评论' } },
      ],
    },
    resource: { type: 'string', label: { en: 'Resource', zh: '资源' }, readOnly: true, maxLength: 64, namesResource: true },
    record_id: { type: 'integer', label: { en: 'Record', zh: '记录' }, readOnly: true, recordOf: 'resource' },
    record_version: { type: 'integer', label: { en: 'Record version', zh: '记录版本' }, readOnly: true },
    changes: { type: 'json', label: { en: 'Changes', zh: '变更内容' }, readOnly: true },
    client_address: { type: 'string', label: { en: 'Client address', zh: '客户端地址' }, readOnly: true, maxLength: 64 },
  },
  recordRepresentation: 'action',
  listColumns: ['created_at', 'username', 'action', 'resource', 'record_id', 'record_version'],
  filters: ['action', 'resource', 'record_id', 'username', 'created_at'],
  search: ['username', 'resource'],
  defaultSort: { field: 'id', order: 'DESC' },
  // Sign-ins outnumber changes many times over: the log opens on the changes of records.
  listTabs: [
    { id: 'changes', label: { en: 'Record changes', zh: '记录变更' }, filter: { action: RECORD_ACTIONS } },
    { id: 'sign_ins', label: { en: 'Sign-ins', zh: '登录' }, filter: { action: ['sign_in', 'sign_in_failed'] } },
    { id: 'refusals', label: { en: 'Refused requests', zh: '拒绝访问' }, filter: { action: 'forbidden' } },
    { id: 'all', label: { en: 'All', zh: '全部' }, filter: {} },
  ],
  fixedModel: true,
  access: {
    admin: { actions: READ },
  },
});
