/**
 * The floor: a bare node:http + better-sqlite3 server answering the benchmark's reads of the API
 * (`/api/health`, getOne, getMany by ids, the product list with an equality filter, a sort, a
 * range and its count) from the same SQLite file, with the same JSON bodies as the API gives
 * the admin role. No framework, no session, no checks beyond what keeps it from crashing: what
 * answering these requests costs at the least on this machine, so `npm run bench` can print the
 * API's throughput as a fraction of it.
 *
 *   node --import tsx tests/bench/floor-server.ts <sqlite file>   (prints "floor listening on <port>")
 *
 * The columns and their decoders are worked out once from the products definition at start-up,
 * as a hand-written server would hard-code them.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { allFields, readableFields } from '../../server/engine/access.ts';
import { columnOf, type FieldType } from '../../server/engine/definition.ts';
import products from '../../server/resources/products.ts';

type Row = Record<string, unknown>;

const file = process.argv[2];
if (!file) throw new Error('usage: floor-server.ts <sqlite file>');
const db = new Database(file, { readonly: true });
db.pragma('journal_mode = WAL');

const fields = allFields(products);
const names = readableFields(products, 'admin');
const selectList = names.map((name) => `"${columnOf(name, fields[name])}" AS "${name}"`).join(', ');
const table = products.table;

const DECODE: Partial<Record<FieldType, (value: unknown) => unknown>> = {
  boolean: (value) => value === 1,
  datetime: (value) => new Date(value as string).toISOString(),
  enum_list: (value) => JSON.parse(value as string),
  json: (value) => JSON.parse(value as string),
};
const decoders = names.flatMap((name) => {
  const decode = DECODE[fields[name].type];
  return decode ? [[name, decode] as const] : [];
});
function decode(row: Row): Row {
  for (const [name, fn] of decoders) if (row[name] !== null) row[name] = fn(row[name]);
  return row;
}

const byId = db.prepare(`SELECT ${selectList} FROM ${table} WHERE deleted_at IS NULL AND id = ?`);
const statements = new Map<string, Database.Statement>();
const prepared = (sql: string) => {
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
};
const columnNamed = (name: unknown) => {
  if (typeof name !== 'string' || !Object.hasOwn(fields, name) || !names.includes(name)) throw new Error(`unknown field ${String(name)}`);
  return `"${columnOf(name, fields[name])}"`;
};

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function list(res: http.ServerResponse, params: URLSearchParams): void {
  const filter = JSON.parse(params.get('filter') ?? '{}') as Record<string, unknown>;
  const where = ['deleted_at IS NULL'];
  const values: unknown[] = [];
  for (const [name, value] of Object.entries(filter)) {
    if (Array.isArray(value)) {
      where.push(`${columnNamed(name)} IN (${value.map(() => '?').join(', ')})`);
      values.push(...value);
    } else {
      where.push(`${columnNamed(name)} = ?`);
      values.push(value);
    }
  }
  const [sortField, order] = JSON.parse(params.get('sort') ?? '["id","DESC"]') as [string, string];
  const direction = order === 'ASC' ? 'ASC' : 'DESC';
  const range = params.get('range');
  const [start, end] = range ? (JSON.parse(range) as [number, number]) : [0, 999];
  const whereSql = where.join(' AND ');
  const rows = prepared(
    `SELECT ${selectList} FROM ${table} WHERE ${whereSql} ORDER BY ${columnNamed(sortField)} ${direction}, id ${direction} LIMIT ? OFFSET ?`,
  )
    .all(...values, end - start + 1, start)
    .map((row) => decode(row as Row));
  // getMany (ids, no range) needs no count, as in the API.
  const total = range ? (prepared(`SELECT COUNT(*) AS total FROM ${table} WHERE ${whereSql}`).get(...values) as { total: number }).total : rows.length;
  const shown = rows.length ? `${start}-${start + rows.length - 1}` : '*';
  send(res, 200, rows, { 'Content-Range': `${table} ${shown}/${total}` });
}

const ONE = new RegExp(`^/api/${table}/(\\d+)$`);

const server = http.createServer((req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://floor');
    if (url.pathname === '/api/health') return send(res, 200, { status: 'ok' });
    if (url.pathname === `/api/${table}`) return list(res, url.searchParams);
    const id = ONE.exec(url.pathname)?.[1];
    if (id) {
      const row = byId.get(Number(id)) as Row | undefined;
      return row ? send(res, 200, decode(row)) : send(res, 404, { message: 'Not found' });
    }
    send(res, 404, { message: 'Not found' });
  } catch (error) {
    send(res, 400, { message: (error as Error).message });
  }
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(`floor listening on ${(server.address() as AddressInfo).port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
