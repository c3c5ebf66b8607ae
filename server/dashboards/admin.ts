/** Administrators: who uses the panel, and what the audit log says happened lately. */
import { defineDashboard } from '../engine/dashboard.ts';
import { count } from './common.ts';

const lastWeek = { created_at_gte: { today: -7 } };

export default defineDashboard({
  name: 'admin',
  label: { en: 'Administration', zh: '系统管理概览' },
  roles: ['admin'],
  widgets: [
    { kind: 'metric', id: 'active_users', label: { en: 'Active users', zh: '启用的用户' }, resource: 'users', measure: count, where: { active: true } },
    { kind: 'metric', id: 'changes_week', label: { en: 'Changes in 7 days', zh: '7天内的修改' }, resource: 'audit_log', measure: count, where: { ...lastWeek, action: ['create', 'update', 'delete', 'restore', 'purge'] } },
    { kind: 'metric', id: 'failed_sign_ins_week', label: { en: 'Failed sign-ins in 7 days', zh: '7天内登录失败' }, resource: 'audit_log', measure: count, where: { ...lastWeek, action: 'sign_in_failed' } },
    { kind: 'metric', id: 'refusals_week', label: { en: 'Refused requests in 7 days', zh: '7天内被拒绝的请求' }, resource: 'audit_log', measure: count, where: { ...lastWeek, action: 'forbidden' } },
    {
      kind: 'breakdown',
      id: 'users_by_role',
      label: { en: 'Users by role', zh: '各角色用户数' },
      resource: 'users',
      groupBy: 'role',
      measures: [{ id: 'users', label: { en: 'Users', zh: '用户数' }, ...count }],
      chart: 'pie',
    },
    {
      kind: 'breakdown',
      id: 'users_by_last_sign_in',
      label: { en: 'Users by last sign-in', zh: '用户最近登录时间' },
      resource: 'users',
      groupBy: 'last_login_at',
      bucket: { ageDays: [1, 7, 30, 90] },
      where: { active: true },
      measures: [{ id: 'users', label: { en: 'Users', zh: '用户数' }, ...count }],
      chart: 'bar',
    },
    {
      kind: 'breakdown',
      id: 'activity_by_resource',
      label: { en: 'Most changed resources, 30 days', zh: '30天内修改最多的资源' },
      resource: 'audit_log',
      groupBy: 'resource',
      where: { created_at_gte: { today: -30 }, action: ['create', 'update', 'delete', 'restore', 'purge'] },
      measures: [{ id: 'entries', label: { en: 'Changes', zh: '修改次数' }, ...count }],
      sort: { measure: 'entries', order: 'DESC' },
      limit: 10,
      chart: 'bar',
    },
    {
      kind: 'records',
      id: 'recent_audit',
      label: { en: 'Latest audit entries', zh: '最新操作日志' },
      resource: 'audit_log',
      sort: { field: 'id', order: 'DESC' },
      columns: ['created_at', 'username', 'action', 'resource', 'record_id'],
      limit: 10,
    },
  ],
});
