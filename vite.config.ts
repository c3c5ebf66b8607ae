import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { precompressPlugin } from './server/precompress.ts';
import { RunOrder } from './tests/run-order.ts';

const apiPort = Number(process.env.API_PORT ?? 3000);
// With TEST_DATABASE_URL the API suite runs on PostgreSQL; tests of SQLite files and processes stay out.
const SQLITE_ONLY = ['tests/crash/**', 'tests/processes/workers.test.ts', 'tests/api/prepare.test.ts', 'tests/api/seed.test.ts'];
// Tests that start real server processes, kill them or build the client, and those that need their own
// module graph: their own project ('slow', isolated per file), so `--project server` stays the quick
// API and engine suite; `npm test` runs every project.
const SLOW = ['tests/crash/**/*.test.ts', 'tests/processes/**/*.test.ts', 'tests/engine/client-build.test.ts'];
// Tests that replace a module (vi.mock) need a module graph of their own; the server project shares one.
const OWN_MODULES = ['tests/api/sign-in-decoy.test.ts'];
// Tests hash passwords at scrypt N=2^10 instead of OWASP's 2^17 (the template's seed, sign-ins and the
// servers tests start inherit it). Only under Vitest (it sets VITEST before reading this file): `npm start`
// and `npm run dev` read this config too, to build or serve the client. Production refuses a lowered
// cost (server/config.ts).
if (process.env.VITEST) process.env.PASSWORD_HASH_COST ??= '10';

export default defineConfig({
  root: 'client',
  plugins: [react(), precompressPlugin()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    host: '127.0.0.1',
    // The API keeps its same-origin check: the proxy forwards the browser's Host and Origin.
    proxy: { '/api': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false } },
  },
  test: {
    root: '.',
    sequence: { sequencer: RunOrder },
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          root: '.',
          environment: 'node',
          globalSetup: ['tests/global-setup.ts'],
          include: ['tests/api/**/*.test.ts', 'tests/engine/**/*.test.ts', 'tests/protocol/**/*.test.ts'],
          exclude: [...SLOW, ...OWN_MODULES, ...(process.env.TEST_DATABASE_URL ? SQLITE_ONLY : [])],
          // Two files at a time even on two cores (Vitest's default is cores - 1): a file spends much of
          // its time waiting on SQLite and HTTP, so one file per core left the second core idle.
          maxWorkers: 2,
          // One module graph per worker, not per file: loading the server's modules again for each of
          // ~100 files cost more than half the project's time. Safe because each file starts its own
          // app on its own database file; files that need their own modules run in 'slow'.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'slow',
          root: '.',
          environment: 'node',
          globalSetup: ['tests/global-setup.ts'],
          include: [...SLOW, ...OWN_MODULES],
          exclude: process.env.TEST_DATABASE_URL ? SQLITE_ONLY : [],
          // Two at a time, as the other projects: all three then share one pool (Vitest runs a project
          // of one worker after all the others), and tests/run-order.ts starts these first.
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'client',
          root: '.',
          environment: 'jsdom',
          include: ['tests/client/**/*.test.tsx'],
          setupFiles: ['tests/client/setup.ts'],
          maxWorkers: 2,
          // One jsdom and one module graph per worker, not per file: react-admin and MUI load once.
          // Safe because setup.ts resets what a test leaves (DOM, styles, msw handlers, storage).
          isolate: false,
          testTimeout: 30_000,
        },
      },
    ],
  },
});
