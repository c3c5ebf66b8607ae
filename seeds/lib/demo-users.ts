/**
 * The demo accounts. The server refuses to start in production while any of these exists with
 * this password, and the tests sign in with them, so both read the list from here.
 */
import type { Role } from '../../server/engine/definition.ts';

export const DEMO_PASSWORD = 'demo-pass-2026';

export interface DemoUser {
  username: string;
  fullName: string;
  role: Role;
}

/** In insertion order: admin gets id 1, ops id 2, and so on. */
export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'admin', fullName: '陈建国', role: 'admin' },
  { username: 'ops', fullName: '王晓燕', role: 'operations' },
  { username: 'marketing', fullName: '李思远', role: 'marketing' },
  { username: 'pr', fullName: '张雨婷', role: 'pr' },
  { username: 'procurement', fullName: '刘志强', role: 'procurement' },
  { username: 'service', fullName: '赵丽娟', role: 'customer_service' },
  { username: 'servicelead', fullName: '孙慧敏', role: 'service_lead' },
];

export const DEMO_USERNAMES: readonly string[] = DEMO_USERS.map((user) => user.username);
