/**
 * Command-line options of `npm run bench`:
 *   --million            also run at 1,000,000 products (seeding takes about a minute more)
 *   --products N[,M]     product counts to run instead of 100,000 (e.g. 20000 for a quick look)
 *   --seconds S          timed window per operation and contender (default 5)
 *   --warmup S           untimed load before each timed window (default 1; 0: none)
 *   --connections C      requests in flight (autocannon connections, raw-floor workers; default 10)
 *   --only a,b           contenders among api, floor, raw, json-server (default all four; the floor runs on SQLite only)
 *   --data DIR           keep seeded SQLite files in DIR and reuse them on the next run
 *   --out FILE           JSON output (default bench-results/latest.json)
 *   --orders N           the order-list workload at N orders (default 100,000; 0 skips it; see orders-list.ts)
 *   --orders-only        only the order-list workload (e.g. --orders 1000000 --orders-only --data DIR)
 *   --no-forecasts       skip "recompute all forecasts" (run by default at each size, on SQLite; see forecasts.ts)
 *   --forecasts-only     only that workload (e.g. --products 100000 --forecasts-only --data DIR)
 * DATABASE_URL=postgres://… adds PostgreSQL: a scratch database is created on that server,
 * seeded, measured and dropped.
 */

export const CONTENDERS = ['api', 'floor', 'raw', 'json-server'] as const;
export type ContenderName = (typeof CONTENDERS)[number];

/** json-server keeps the whole file in memory and rewrites it on every write: only the 100k run uses it. */
export const JSON_SERVER_MAX_PRODUCTS = 100_000;

export interface BenchOptions {
  sizes: number[];
  seconds: number;
  warmupSeconds: number;
  connections: number;
  contenders: ContenderName[];
  dataDir?: string;
  out: string;
  postgresUrl?: string;
  /** Orders for the order-list workload (0: none), and whether to run only that. */
  orders: number;
  ordersOnly: boolean;
  /** Whether to time "recompute all forecasts" at each size, and whether to run only that. */
  forecasts: boolean;
  forecastsOnly: boolean;
}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  let sizes = [100_000];
  let million = false;
  let seconds = 5;
  let warmupSeconds = 1;
  let connections = 10;
  let contenders: ContenderName[] = [...CONTENDERS];
  let dataDir: string | undefined;
  let out = 'bench-results/latest.json';
  let orders = 100_000;
  let ordersOnly = false;
  let forecasts = true;
  let forecastsOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i] ?? '';
    switch (name) {
      case '--million':
        million = true;
        break;
      case '--products':
        sizes = value().split(',').map((n) => wholeNumber(n.replaceAll('_', ''), '--products'));
        break;
      case '--seconds':
        seconds = positive(value(), '--seconds');
        break;
      case '--warmup': {
        const text = value();
        warmupSeconds = text === '0' ? 0 : positive(text, '--warmup');
        break;
      }
      case '--connections':
        connections = wholeNumber(value(), '--connections');
        break;
      case '--only':
        contenders = value().split(',').map((c) => contenderName(c.trim()));
        break;
      case '--data':
        dataDir = value();
        break;
      case '--out':
        out = value();
        break;
      case '--orders': {
        const text = value().replaceAll('_', '');
        orders = text === '0' ? 0 : wholeNumber(text, '--orders');
        break;
      }
      case '--orders-only':
        ordersOnly = true;
        break;
      case '--no-forecasts':
        forecasts = false;
        break;
      case '--forecasts-only':
        forecastsOnly = true;
        break;
      default:
        throw new Error(`unknown option ${argv[i]} (see tests/bench/options.ts)`);
    }
  }
  if (million && !sizes.includes(1_000_000)) sizes.push(1_000_000);
  const url = env.DATABASE_URL;
  const postgresUrl = url && /^postgres(ql)?:\/\//.test(url) ? url : undefined;
  return { sizes, seconds, warmupSeconds, connections, contenders, dataDir, out, postgresUrl, orders, ordersOnly, forecasts: forecasts || forecastsOnly, forecastsOnly };
}

function wholeNumber(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} needs a positive whole number, not "${text}"`);
  return n;
}

function positive(text: string, flag: string): number {
  const n = Number(text);
  if (!(n > 0)) throw new Error(`${flag} needs a positive number, not "${text}"`);
  return n;
}

function contenderName(text: string): ContenderName {
  if (!(CONTENDERS as readonly string[]).includes(text)) throw new Error(`--only: unknown contender "${text}"`);
  return text as ContenderName;
}
