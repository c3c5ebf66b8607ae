/**
 * Two app processes on one database, as behind a load balancer, for one test file: started
 * before its tests, stopped and removed after them. SQLite (one shared file, both processes
 * reading the attachments folder beside it: one machine by nature) or, with TEST_DATABASE_URL, a
 * PostgreSQL copy of the template, each process with an attachments folder of its own, as two
 * machines have two disks.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { copyPostgresTemplate } from '../../helpers/postgres.ts';
import { startServer, tempDatabase, type ServerProcess } from '../../crash/helpers/server-process.ts';

export interface TwoServers {
  readonly a: ServerProcess;
  readonly b: ServerProcess;
  /** The database both serve (a SQLite file or a PostgreSQL URL). */
  readonly databaseUrl: string;
  /** On PostgreSQL, each process's own attachments folder; empty on SQLite. */
  readonly folders: readonly string[];
}

export function twoServers(): TwoServers {
  const servers: ServerProcess[] = [];
  const folders: string[] = [];
  let databaseUrl = '';
  let dropDatabase: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    if (inject('postgresUrl')) {
      const copy = await copyPostgresTemplate(inject('postgresUrl'));
      databaseUrl = copy.url;
      dropDatabase = copy.drop;
      folders.push(...[0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'two-processes-files-'))));
    } else {
      databaseUrl = tempDatabase().file;
    }
    const filesOf = (i: number) => (folders[i] ? { ATTACHMENTS_DIR: folders[i] } : {});
    servers.push(...(await Promise.all([0, 1].map((i) => startServer({ DATABASE_URL: databaseUrl, ...filesOf(i) })))));
  }, 90_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    for (const server of servers) server.cleanUp();
    await dropDatabase?.();
    for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
  });

  return {
    get a() {
      return servers[0];
    },
    get b() {
      return servers[1];
    },
    get databaseUrl() {
      return databaseUrl;
    },
    folders,
  };
}
