/**
 * `npm start` builds the client in the server's own process before starting it. Vite's build sets
 * NODE_ENV=production as it goes; the server must still start as the environment says (a fresh
 * clone without NODE_ENV gets the demo data), so the build leaves NODE_ENV as it found it.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('vite', () => ({
  build: vi.fn(async () => {
    process.env.NODE_ENV = 'production';
  }),
}));

const original = process.env.NODE_ENV;
afterEach(() => {
  if (original === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = original;
  vi.restoreAllMocks();
});

async function buildWithStaleClient() {
  vi.spyOn(fs, 'existsSync').mockReturnValue(false); // no dist/client/index.html: a fresh clone
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const { buildClientIfNeeded } = await import('../../server/client-build.ts');
  await buildClientIfNeeded();
  const { build } = await import('vite');
  expect(build).toHaveBeenCalled();
}

describe('building the client before the server starts', () => {
  it('leaves an unset NODE_ENV unset', async () => {
    delete process.env.NODE_ENV;
    await buildWithStaleClient();
    expect(process.env.NODE_ENV).toBeUndefined();
  });

  it('leaves NODE_ENV as it was', async () => {
    process.env.NODE_ENV = 'development';
    await buildWithStaleClient();
    expect(process.env.NODE_ENV).toBe('development');
  });
});
