/** Administrators: who uses the panel, and what the audit log says happened lately. */
import { defineDashboard } from '../engine/dashboard.ts';
import { breakdown, count, measure, metric, records } from '../engine/dashboard-widgets.ts';

const lastWeek = { created_at_gte: { today: -7 } };

export default defineDashboard({
  name: 'admin',
  label: { en: 'Administration', zh: '系统管理概览' },
  roles: ['admin'],
  widgets: [
    metric('active_users', ['Active users', '启用的用户'], 'users', count, { where: { active: true } }),
    metric('changes_week', ['Changes in 7 days', '7天内的修改'], 'audit_log', count, {
      where: { ...lastWeek, action: ['create', 'update', 'delete', 'restore', 'purge'] },
    }),
    metric('failed_sign_ins_week', ['Failed sign-ins in 7 days', '7天内登录失败'], 'audit_log', count, { where: { ...lastWeek, action: 'sign_in_failed' } }),
    metric('refusals_week', ['Refused requests in 7 days', '7天内被拒绝的请求'], 'audit_log', count, { where: { ...lastWeek, action: 'forbidden' } }),
    breakdown('users_by_role', ['Users by role', '各角色用户数'], 'users', {
      groupBy: 'role',
      measures: [measure('users', ['Users', '用户数'], count)],
      chart: 'pie',
    }),
    breakdown('users_by_last_sign_in', ['Users by last sign-in', '用户最近登录时间'], 'users', {
      groupBy: 'last_login_at',
      bucket: { ageDays: [1, 7, 30, 90] },
      where: { active: true },
      measures: [measure('users', ['Users', '用户数'], count)],
      chart: 'bar',
    }),
    breakdown('activity_by_resource', ['Most changed resources, 30 days', '30天内修改最多的资源'], 'audit_log', {
      groupBy: 'resource',
      where: { created_at_gte: { today: -30 }, action: ['create', 'update', 'delete', 'restore', 'purge'] },
      measures: [measure('entries', ['Changes', '修改次数'], count)],
      sort: { measure: 'entries', order: 'DESC' },
      limit: 10,
      chart: 'bar',
    }),
    records('recent_audit', ['Latest audit entries', '最新操作日志'], 'audit_log', {
      sort: { field: 'id', order: 'DESC' },
      columns: ['created_at', 'username', 'action', 'resource', 'record_id'],
      limit: 10,
    }),
  ],
});
