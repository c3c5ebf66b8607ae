/**
 * What the runtime model costs a request: every API request reads the model's version (one row,
 * one column) and a registry is rebuilt only when it moved. `npx tsx tests/bench/model-version-bench.ts`
 * on a fresh seeded SQLite file prints the time of that read, and of one rebuild with 20 runtime
 * fields; asserts nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqlite } from '../../server/db/connection.ts';
import { migrateLatest, runSeeds } from '../../server/db/migrate.ts';
import { liveRegistry } from '../../server/data/runtime-model/live-registry.ts';
import { readModelVersion, bumpModelVersion } from '../../server/data/runtime-model/model-store.ts';
import { resources } from '../../server/resources/index.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-version-bench-'));
const db = openSqlite(path.join(dir, 'bench.sqlite'));
const per = async (label: string, times: number, work: () => Promise<unknown>) => {
  for (let i = 0; i < Math.min(times, 200); i++) await work(); // warm-up
  const started = performance.now();
  for (let i = 0; i < times; i++) await work();
  console.log(`${label}: ${(((performance.now() - started) / times) * 1000).toFixed(1)} µs each (${times} runs)`);
};
try {
  await migrateLatest(db);
  await runSeeds(db);
  const now = new Date().toISOString();
  for (let i = 0; i < 20; i++) {
    await db('schema_fields').insert({ resource: 'products', name: `bench_${i}`, type: 'string', label_zh: `字段${i}`, label_en: `Field ${i}`, created_at: now, updated_at: now, hidden_for: '[]', writable_for: '[]' });
    await db.schema.alterTable('products', (t) => t.string(`bench_${i}`).nullable());
  }
  const live = liveRegistry(db, resources);
  await per('read of the model version (every request)', 20_000, () => readModelVersion(db));
  await per('pinned() while the version stands (every request)', 20_000, () => live.pinned(() => live.registry.find('products')));
  await per('rebuild after a change (20 runtime fields)', 200, async () => {
    await bumpModelVersion(db);
    await live.pinned(() => live.registry.find('products'));
  });
} finally {
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}
