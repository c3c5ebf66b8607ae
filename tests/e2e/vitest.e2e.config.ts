/**
 * `npm run test:e2e`: the browser tests, apart from `npm test`. One file at a time: each file
 * starts its own server process and Chromium, and two-core CI machines time pages more fairly
 * when nothing else runs.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default defineConfig({
  root: ROOT,
  test: {
    name: 'e2e',
    root: ROOT,
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A flaky step should be fixed, not retried away.
    retry: 0,
  },
});
