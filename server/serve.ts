/**
 * Starts the server on what is already built: migrate (and on first run seed) the database,
 * serve the API and, when dist/client holds a build, the UI on one origin. `npm start`
 * (server/main.ts) builds the client first and then runs this; tests and deployments that
 * build in CI start this file directly. PORT=0 picks a free port, announced in the log line.
 */
import type { AddressInfo } from 'node:net';
import { CLIENT_DIST } from './client-build.ts';
import { readConfig } from './config.ts';
import { openDatabase } from './db/connection.ts';
import { prepareDatabase } from './db/prepare.ts';
import { createApp } from './http/app.ts';
import { stopOnSignals } from './http/graceful-shutdown.ts';

async function serve() {
  const config = readConfig();
  const db = openDatabase(config.databaseUrl);
  const { seeded } = await prepareDatabase(db, { production: config.production });
  if (seeded) console.log('New database: demo data loaded (sign in as admin / demo-pass-2026).');
  const app = createApp(db, { clientDir: CLIENT_DIST, trustProxy: config.trustProxy });
  const server = app.listen(config.port, config.host, (error) => {
    if (error) {
      console.error(`Cannot listen on ${config.host}:${config.port}: ${error.message}`);
      process.exit(1);
    }
    const { port } = server.address() as AddressInfo;
    console.log(`Back office ready at http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${port}`);
  });
  // SHUTDOWN_TIMEOUT_MS: how long requests in flight may take to finish after SIGTERM.
  stopOnSignals(server, { release: () => db.destroy(), timeoutMs: Number(process.env.SHUTDOWN_TIMEOUT_MS) || undefined });
}

serve().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
