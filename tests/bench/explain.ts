/**
 * Where list time goes: the plan (EXPLAIN QUERY PLAN on SQLite, EXPLAIN ANALYZE on PostgreSQL)
 * and the median time of each SQL statement behind the benchmark's list operations.
 *
 *   npx tsx tests/bench/explain.ts <file.sqlite | postgres://…> [--try "create index …; …"] [--analyze]
 *
 * --try runs the given DDL on a throwaway copy of a SQLite file (never on the original) and
 * measures again, so an index proposal comes with its effect. --analyze runs ANALYZE first.
 * Prints only; asserts nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { readableFields } from '../../server/engine/access.ts';
import { columnsFor } from '../../server/data/codec.ts';
import { isPostgres, openDatabase } from '../../server/db/connection.ts';
import products from '../../server/resources/products.ts';
import { percentile } from './figures.ts';
import { deepStart, PER_PAGE } from './workload.ts';

const [target, ...rest] = process.argv.slice(2);
if (!target) throw new Error('usage: explain.ts <file.sqlite | postgres://…> [--try "DDL; DDL"] [--analyze]');
const tryIndex = rest.indexOf('--try');
const ddl = tryIndex >= 0 ? (rest[tryIndex + 1] ?? '').split(';').map((s) => s.trim()).filter(Boolean) : [];
const analyze = rest.includes('--analyze');

function statements(db: Knex): Record<string, Knex.QueryBuilder> {
  const columns = columnsFor(products, readableFields(products, 'admin'));
  const live = () => db('products').whereNull('products.deleted_at');
  const active = () => live().where('products.status', 'active');
  const search = () =>
    live().where((inner) => {
      for (const c of ['sku', 'name', 'name_en', 'brand']) inner.orWhere((one) => one.whereRaw(`LOWER(??) LIKE ? ESCAPE '\\'`, [`products.${c}`, '%荣耀%']));
    });
  const byPrice = (offset: number) =>
    active().select(columns).orderBy('products.price', 'desc').orderBy('products.id', 'desc').offset(offset).limit(PER_PAGE);
  return {
    'list rows p1': byPrice(0),
    'list rows p2000': byPrice(deepStart()),
    'list count': active().count({ total: '*' }),
    'unfiltered count': live().count({ total: '*' }),
    'default list p1': live().select(columns).orderBy('products.id', 'desc').limit(PER_PAGE),
    'search rows p1': search().select(columns).orderBy('products.id', 'desc').limit(PER_PAGE),
    'search count': search().count({ total: '*' }),
    'getOne': live().where('products.id', 4242).first(columns),
  };
}

async function plan(db: Knex, query: Knex.QueryBuilder): Promise<string> {
  const { sql, bindings } = query.toSQL().toNative();
  if (isPostgres(db)) {
    const result = (await db.raw(`explain (analyze, buffers) ${sql}`, bindings as Knex.RawBinding[])) as { rows: Record<string, string>[] };
    return result.rows.map((r) => r['QUERY PLAN']).join('\n      ');
  }
  const rows = (await db.raw(`explain query plan ${sql}`, bindings as Knex.RawBinding[])) as { detail: string }[];
  return rows.map((r) => r.detail).join(' | ');
}

async function median(query: Knex.QueryBuilder, runs = 7): Promise<number> {
  await query.clone();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await query.clone();
    times.push(performance.now() - t0);
  }
  return percentile(times.sort((a, b) => a - b), 50);
}

async function report(url: string, title: string): Promise<void> {
  const db = openDatabase(url);
  try {
    if (analyze) await db.raw('analyze');
    console.log(`\n== ${title}`);
    for (const [name, query] of Object.entries(statements(db))) {
      const ms = await median(query);
      console.log(`${name.padEnd(18)} ${ms.toFixed(2).padStart(9)} ms  ${await plan(db, query)}`);
    }
  } finally {
    await db.destroy();
  }
}

await report(target, `${target} as migrated${analyze ? ' (analyzed)' : ''}`);
if (ddl.length) {
  if (/^postgres(ql)?:\/\//.test(target)) throw new Error('--try works on a copy of a SQLite file only');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explain-'));
  const copy = path.join(dir, 'copy.sqlite');
  try {
    fs.copyFileSync(target, copy);
    const db = openDatabase(copy);
    for (const statement of ddl) {
      const t0 = performance.now();
      await db.raw(statement);
      console.log(`\n${statement}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    await db.destroy();
    await report(copy, `with ${ddl.length} statement(s) tried${analyze ? ' (analyzed)' : ''}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
