/**
 * `npm start`: migrate (and on first run seed) the database, build the client if needed, serve
 * UI and API on one origin.
 */
import { buildClientIfNeeded, CLIENT_DIST } from './client-build.ts';
import { readConfig } from './config.ts';
import { openDatabase } from './db/connection.ts';
import { prepareDatabase } from './db/prepare.ts';
import { createApp } from './http/app.ts';

async function main() {
  const config = readConfig();
  const db = openDatabase(config.databaseUrl);
  const { seeded } = await prepareDatabase(db, { production: config.production });
  if (seeded) console.log('New database: demo data loaded (sign in as admin / demo-pass-2026).');
  await buildClientIfNeeded();
  const app = createApp(db, { clientDir: CLIENT_DIST, trustProxy: config.trustProxy });
  const server = app.listen(config.port, config.host, () => {
    console.log(`Back office ready at http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`);
  });
  const stop = () => server.close(() => void db.destroy().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
