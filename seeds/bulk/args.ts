/** Command-line options of the bulk seeder: --products N, --file path.sqlite, --portable. */

export interface BulkOptions {
  products: number;
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
    if (name !== 'products' && name !== 'file') throw new Error(`unknown option --${name}`);
  }
  const products = Number((values.get('products') ?? '100000').replaceAll('_', ''));
  if (!Number.isInteger(products) || products < 0) throw new Error('--products must be a whole number');
  return { products, file: values.get('file'), portable: flags.has('portable') };
}
