/** Command-line options of the bulk seeder: --products N, --orders N, --file path.sqlite, --portable. */

export interface BulkOptions {
  products: number;
  /** Orders to add (with their items and new members); 0 unless asked for. */
  orders: number;
  /** A SQLite file to target instead of DATABASE_URL / the default file. */
  file?: string;
  /** Skip the SQLite fast path (to exercise the code PostgreSQL uses). */
  portable: boolean;
}

export function parseArgs(argv: readonly string[]): BulkOptions {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`);
    const [name, inline] = arg.slice(2).split('=', 2);
    if (name === 'portable') flags.add(name);
    else if (inline !== undefined) values.set(name, inline);
    else values.set(name, argv[++i] ?? '');
  }
  for (const name of values.keys()) {
    if (name !== 'products' && name !== 'orders' && name !== 'file') throw new Error(`unknown option --${name}`);
  }
  // Products default to 100,000 when orders are not asked for (the product benchmark's load).
  const products = Number((values.get('products') ?? (values.has('orders') ? '0' : '100000')).replaceAll('_', ''));
  if (!Number.isInteger(products) || products < 0) throw new Error('--products must be a whole number');
  const orders = Number((values.get('orders') ?? '0').replaceAll('_', ''));
  if (!Number.isInteger(orders) || orders < 0) throw new Error('--orders must be a whole number');
  return { products, orders, file: values.get('file'), portable: flags.has('portable') };
}
