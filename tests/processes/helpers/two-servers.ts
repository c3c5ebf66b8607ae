/**
 * Two app processes on one database, as behind a load balancer, for one test file: started
 * before its tests, stopped and removed after them. SQLite (one shared file) or, with
 * TEST_DATABASE_URL, a PostgreSQL copy of the template.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { copyPostgresTemplate } from '../../helpers/postgres.ts';
import { startServer, tempDatabase, type ServerProcess } from '../../crash/helpers/server-process.ts';

export function twoServers(): { readonly a: ServerProcess; readonly b: ServerProcess } {
  const servers: ServerProcess[] = [];
  let dropDatabase: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    let databaseUrl: string;
    if (inject('postgresUrl')) {
      const copy = await copyPostgresTemplate(inject('postgresUrl'));
      databaseUrl = copy.url;
      dropDatabase = copy.drop;
    } else {
      databaseUrl = tempDatabase().file;
    }
    servers.push(...(await Promise.all([startServer({ DATABASE_URL: databaseUrl }), startServer({ DATABASE_URL: databaseUrl })])));
  }, 90_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    for (const server of servers) server.cleanUp();
    await dropDatabase?.();
  });

  return {
    get a() {
      return servers[0];
    },
    get b() {
      return servers[1];
    },
  };
}
