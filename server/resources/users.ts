import { passwordProblem } from '../auth/password-policy.ts';
import { ADMIN, READ, defineResource, type RowRule } from '../engine/definition.ts';
import { LOCALES, THEMES } from '../engine/schema.ts';
import { ROLE_CHOICES } from './shared/labels-and-choices.ts';

const AGENTS_ONLY: RowRule = { where: { role: 'customer_service' } };
const PRIVATE_TO_ADMIN = ['last_login_at'];

const LOCALE_LABELS = {
  en: { en: 'English', zh: '英文' },
  zh: { en: 'Chinese', zh: '中文' },
} as const;

const THEME_LABELS = {
  light: { en: 'Light', zh: '浅色' },
  dark: { en: 'Dark', zh: '深色' },
} as const;

export default defineResource({
  name: 'users',
  table: 'users',
  label: { en: 'Users', zh: '用户' },
  labelSingular: { en: 'User', zh: '用户' },
  department: 'technology',
  icon: 'People',
  fields: {
    username: {
      type: 'string',
      label: { en: 'Username', zh: '用户名' },
      required: true,
      unique: true,
      minLength: 2,
      maxLength: 40,
      pattern: { regex: '^[a-z0-9_.-]+$', message: { en: 'Lower-case letters, digits, dot, dash and underscore', zh: '小写字母、数字、点、短横线和下划线' } },
    },
    full_name: { type: 'string', label: { en: 'Full name', zh: '姓名' }, required: true, maxLength: 100 },
    role: {
      type: 'enum',
      label: { en: 'Role', zh: '角色' },
      required: true,
      choices: ROLE_CHOICES,
    },
    active: { type: 'boolean', label: { en: 'Active', zh: '启用' }, default: true },
    password: {
      type: 'password',
      label: { en: 'Password', zh: '密码' },
      required: true,
      writeOnly: true,
      column: 'password_hash',
      minLength: 12,
      maxLength: 128,
      check: (value, record) => passwordProblem(String(value), typeof record.username === 'string' ? record.username : undefined),
    },
    last_login_at: { type: 'datetime', label: { en: 'Last sign-in', zh: '最近登录' }, readOnly: true },
    // Each user chooses these for themselves in the app bar (PUT /api/auth/preferences).
    locale: {
      type: 'enum',
      label: { en: 'Language', zh: '界面语言' },
      readOnly: true,
      choices: LOCALES.map((id) => ({ id, label: LOCALE_LABELS[id] })),
    },
    theme: {
      type: 'enum',
      label: { en: 'Theme', zh: '界面主题' },
      readOnly: true,
      choices: THEMES.map((id) => ({ id, label: THEME_LABELS[id] })),
    },
  },
  sessionsEndOnChange: ['role', 'active', 'password'],
  recordRepresentation: 'full_name',
  // Every role sees who created, owns or handled a record by name, and nothing else of the user.
  fixedModel: true,
  lookup: true,
  listColumns: ['username', 'full_name', 'role', 'active', 'last_login_at'],
  filters: ['role', 'active', 'last_login_at'],
  search: ['username', 'full_name'],
  defaultSort: { field: 'username', order: 'ASC' },
  access: {
    admin: { actions: ADMIN },
    // Customer service sees its agents, by name: tickets are assigned to them and scored per agent.
    customer_service: { actions: READ, readRows: AGENTS_ONLY, hidden: PRIVATE_TO_ADMIN },
    service_lead: { actions: READ, readRows: AGENTS_ONLY, hidden: PRIVATE_TO_ADMIN },
  },
});
