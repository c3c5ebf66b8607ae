/**
 * Staff accounts: the six demo sign-ins (one per role, password DEMO_PASSWORD) and a few more
 * colleagues per department so lists and owner pickers look like a real office.
 */
import type { Knex } from 'knex';
import { decoyHash, hashPassword } from '../server/data/password-hash.ts';
import { newRow } from '../server/data/codec.ts';
import type { Role } from '../server/engine/definition.ts';
import users from '../server/resources/users.ts';
import { HISTORY_START, addDays, daysFromReference } from './lib/clock.ts';
import { DEMO_PASSWORD, DEMO_USERNAMES, DEMO_USERS } from './lib/demo-users.ts';
import { insertRows } from './lib/insert.ts';
import { Random } from './lib/random.ts';

/**
 * Accounts this seed creates with a published password. The seed runner hands them to the
 * server's start-up check, which refuses production while one exists; the server never imports seeds.
 */
export const publishedUsernames: readonly string[] = DEMO_USERNAMES;

interface Colleague {
  username: string;
  fullName: string;
  role: Role;
  active: boolean;
}

const COLLEAGUES: readonly Colleague[] = [
  { username: 'tang.bo', fullName: '唐博', role: 'admin', active: true },
  { username: 'wang.fang', fullName: '王芳', role: 'operations', active: true },
  { username: 'zhou.jie', fullName: '周杰', role: 'operations', active: true },
  { username: 'sun.li', fullName: '孙丽', role: 'operations', active: true },
  { username: 'huang.lei', fullName: '黄磊', role: 'marketing', active: true },
  { username: 'lin.xiaoyu', fullName: '林晓雨', role: 'marketing', active: true },
  { username: 'xu.jing', fullName: '徐静', role: 'pr', active: true },
  { username: 'guo.haoran', fullName: '郭浩然', role: 'pr', active: true },
  { username: 'ma.jun', fullName: '马军', role: 'procurement', active: true },
  { username: 'zheng.hua', fullName: '郑华', role: 'procurement', active: true },
  { username: 'he.qiang', fullName: '何强', role: 'procurement', active: false },
  { username: 'yang.min', fullName: '杨敏', role: 'customer_service', active: true },
  { username: 'wu.tingting', fullName: '吴婷婷', role: 'customer_service', active: true },
  { username: 'luo.dan', fullName: '罗丹', role: 'customer_service', active: true },
  { username: 'gao.yan', fullName: '高艳', role: 'customer_service', active: false },
];

export async function seed(db: Knex): Promise<void> {
  const rng = new Random(101);
  // scrypt costs ~0.4 s per hash, so the demo hashes run in parallel. The colleagues share one
  // hash of a random, never-revealed password (the server's decoy): they exist for display
  // and ownership only and cannot sign in, and hashing fifteen more would slow every seed run.
  const [decoy, ...demoHashes] = await Promise.all([decoyHash(), ...DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD))]);

  const rows = [
    ...DEMO_USERS.map((user, index) =>
      withHash(
        newRow(users, { username: user.username, full_name: user.fullName, role: user.role, active: true }, addDays(HISTORY_START, index)),
        demoHashes[index],
      ),
    ),
    ...COLLEAGUES.map((colleague) => {
      const joined = rng.officeTime(rng.dateBetween(HISTORY_START, daysFromReference(-60)));
      const lastLogin = colleague.active
        ? rng.officeTime(daysFromReference(-rng.int(1, 20)))
        : rng.officeTime(daysFromReference(-rng.int(90, 200)));
      const values = {
        username: colleague.username,
        full_name: colleague.fullName,
        role: colleague.role,
        active: colleague.active,
        last_login_at: lastLogin.toISOString(),
      };
      return withHash(newRow(users, values, joined), decoy);
    }),
  ];
  await insertRows(db, users.table, rows);
}

/** The password field is write-only, so newRow leaves its column out; the seed sets the hash. */
function withHash(row: Record<string, unknown>, hash: string): Record<string, unknown> {
  return { ...row, password_hash: hash };
}
