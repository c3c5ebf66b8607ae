import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { precompressPlugin } from './server/precompress.ts';

const apiPort = Number(process.env.API_PORT ?? 3000);
// With TEST_DATABASE_URL the API suite runs on PostgreSQL; tests of SQLite files and processes stay out.
const SQLITE_ONLY = ['tests/crash/**', 'tests/processes/workers.test.ts', 'tests/api/prepare.test.ts', 'tests/api/seed.test.ts'];

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
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          root: '.',
          environment: 'node',
          globalSetup: ['tests/global-setup.ts'],
          include: ['tests/api/**/*.test.ts', 'tests/engine/**/*.test.ts', 'tests/protocol/**/*.test.ts', 'tests/crash/**/*.test.ts', 'tests/processes/**/*.test.ts'],
          exclude: process.env.TEST_DATABASE_URL ? SQLITE_ONLY : [],
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
          testTimeout: 30_000,
        },
      },
    ],
  },
});
