/**
 * Starts the server on what is already built: migrate (and on first run seed) the database,
 * serve the API and, when dist/client holds a build, the UI on one origin. `npm start`
 * (server/main.ts) builds the client first and then runs this; tests and deployments that
 * build in CI start this file directly. PORT=0 picks a free port, announced in the log line.
 *
 * With `--workers N` (or WORKERS=N) this process prepares the database once and forks N
 * stateless workers that share the port, so every core serves requests. Nothing lives in a
 * worker's memory that another needs: sessions, the sign-in throttle and record versions are
 * all in the database.
 */
import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { CLIENT_DIST } from './client-build.ts';
import { readConfig } from './config.ts';
import { openDatabase } from './db/connection.ts';
import { prepareDatabase } from './db/prepare.ts';
import { startWalCheckpoints } from './db/wal-checkpoints.ts';
import { refuseMismatchedTables } from './data/tables-match.ts';
import { keepTimeStates } from './data/follows-dates.ts';
import { sessionTouchesWritten } from './data/sessions.ts';
import { createRegistry } from './engine/registry.ts';
import { createApp } from './http/app.ts';
import { resources } from './resources/index.ts';
import { stopOnSignals } from './http/graceful-shutdown.ts';
import { superviseWorkers } from './workers.ts';

const config = readConfig();
const announce = (port: number, workers: number) =>
  console.log(
    `Back office ready at http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${port}` +
      (workers > 1 ? ` (${workers} worker processes)` : ''),
  );

async function prepare() {
  const db = openDatabase(config.databaseUrl);
  try {
    const { seeded } = await prepareDatabase(db, { production: config.production });
    await refuseMismatchedTables(db, resources);
    if (seeded) console.log('New database: demo data loaded (sign in as admin / demo-pass-2026).');
  } finally {
    await db.destroy();
  }
}

async function serve(onListening: (port: number) => void) {
  const db = openDatabase(config.databaseUrl);
  const registry = createRegistry(resources);
  const app = createApp(db, { clientDir: CLIENT_DIST, trustProxy: config.trustProxy, registry, timeZone: config.timeZone });
  const stopTicking = keepTimeStates(db, registry, config.timeZone, (error) => console.error('Could not move states along the clock:', error));
  const checkpoints = await startWalCheckpoints(db); // never inside a request's COMMIT
  const server = app.listen(config.port, config.host, (error) => {
    if (error) {
      console.error(`Cannot listen on ${config.host}:${config.port}: ${error.message}`);
      process.exit(1);
    }
    onListening((server.address() as AddressInfo).port);
  });
  // SHUTDOWN_TIMEOUT_MS: how long requests in flight may take to finish after SIGTERM.
  stopOnSignals(server, { release: async () => (stopTicking(), await sessionTouchesWritten(), await checkpoints.stop(), await db.destroy()), timeoutMs: Number(process.env.SHUTDOWN_TIMEOUT_MS) || undefined });
}

async function main() {
  if (config.workers === 1) {
    await prepare();
    await serve((port) => announce(port, 1));
  } else if (cluster.isPrimary) {
    await prepare();
    superviseWorkers(config.workers, (port) => announce(port, config.workers));
  } else {
    await serve(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
