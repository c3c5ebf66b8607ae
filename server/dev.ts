/**
 * `npm run dev`: the API on API_PORT (3000) and Vite with hot reload on 5173, proxying /api.
 */
import { createServer } from 'vite';
import { readConfig } from './config.ts';
import { openDatabase } from './db/connection.ts';
import { prepareDatabase } from './db/prepare.ts';
import { createApp } from './http/app.ts';

const config = readConfig();
const db = openDatabase(config.databaseUrl);
await prepareDatabase(db, { production: false });
// Vite's proxy sends /api to API_PORT (vite.config.ts); the API listens there.
createApp(db, { timeZone: config.timeZone }).listen(Number(process.env.API_PORT ?? 3000), config.host);
const vite = await createServer({ configFile: 'vite.config.ts' });
await vite.listen();
vite.printUrls();
