import { shopTimeZone } from './engine/shop-time.ts';

/** Settings read from the environment, with the defaults the README documents. */
export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl?: string;
  production: boolean;
  trustProxy: boolean;
  /** Server processes on this machine: `--workers N` or WORKERS; 1 serves from this process. */
  workers: number;
  /** ATTACHMENTS_DIR: where attached files' bytes live; by default `attachments/` beside the SQLite file (data/). */
  attachmentsDir?: string;
  /** SHOP_TIME_ZONE: the zone of business dates and typed date-times (Asia/Shanghai by default). */
  timeZone: string;
  /** PASSWORD_HASH_COST: log2 of scrypt's N for new password hashes (see passwordHashCost). */
  passwordHashCost: number;
}

/** OWASP's scrypt cost for passwords, N = 2^17: the default, and the least production accepts. */
export const PRODUCTION_PASSWORD_HASH_COST = 17;
const PASSWORD_HASH_COST_RANGE = { min: 10, max: 20 } as const;

/**
 * PASSWORD_HASH_COST, log2 of scrypt's N for new hashes. Tests lower it (every seeded user and every
 * sign-in paid ~0.4 s at 2^17); production refuses a lowered one. Stored hashes carry their own N,
 * so hashes of either cost verify whatever the setting is now.
 */
export function passwordHashCost(env: NodeJS.ProcessEnv = process.env): number {
  if (!env.PASSWORD_HASH_COST) return PRODUCTION_PASSWORD_HASH_COST;
  const cost = Number(env.PASSWORD_HASH_COST);
  const { min, max } = PASSWORD_HASH_COST_RANGE;
  if (!Number.isInteger(cost) || cost < min || cost > max) throw new Error(`PASSWORD_HASH_COST takes a whole number from ${min} to ${max}`);
  if (env.NODE_ENV === 'production' && cost < PRODUCTION_PASSWORD_HASH_COST) {
    throw new Error(`PASSWORD_HASH_COST ${cost} is below ${PRODUCTION_PASSWORD_HASH_COST} (OWASP's scrypt cost): production refuses it`);
  }
  return cost;
}

/** ATTACHMENTS_DIR, read on its own for the app and the seed, which take no other settings. */
export function configuredAttachmentsDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.ATTACHMENTS_DIR || undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv): ServerConfig {
  const flag = argv.indexOf('--workers');
  const workers = Number(flag >= 0 ? argv[flag + 1] : (env.WORKERS ?? 1));
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new Error('--workers takes a whole number from 1 to 64');
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    production: env.NODE_ENV === 'production',
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    workers,
    attachmentsDir: configuredAttachmentsDir(env),
    timeZone: shopTimeZone(env),
    passwordHashCost: passwordHashCost(env),
  };
}
