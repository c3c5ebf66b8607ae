/**
 * How long a 50,000-row product import takes through the real HTTP route on a fresh seeded
 * SQLite file: `npx tsx tests/bench/import-bench.ts [rows]`. Prints the figures; asserts nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { openSqlite } from '../../server/db/connection.ts';
import { migrateLatest, runSeeds } from '../../server/db/migrate.ts';
import { createApp } from '../../server/http/app.ts';
import { DEMO_PASSWORD } from '../../seeds/lib/demo-users.ts';
import { productCsv } from '../helpers/product-csv.ts';

const rows = Number(process.argv[2] ?? 50_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bench-'));
const db = openSqlite(path.join(dir, 'bench.sqlite'));
try {
  await migrateLatest(db);
  await runSeeds(db);
  const agent = request.agent(createApp(db));
  await agent.post('/api/auth/login').send({ username: 'ops', password: DEMO_PASSWORD });
  const csv = productCsv(rows);
  for (const dryRun of ['true', 'false']) {
    const started = performance.now();
    const response = await agent.post('/api/products/import').query({ dryRun }).set('Content-Type', 'text/csv').send(csv);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${dryRun === 'true' ? 'dry run' : 'apply  '}: ${rows} rows, ${(csv.length / 1e6).toFixed(1)} MB, ` +
        `status ${response.status}, ${seconds.toFixed(2)} s, ${Math.round(rows / seconds)} rows/s`,
    );
  }
} finally {
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}
