/** `--workers N` (WORKERS=N): one primary, N worker processes sharing the port, a clean stop. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { startServer } from '../crash/helpers/server-process.ts';

const childrenOf = (pid: number) =>
  execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);

describe('worker processes', () => {
  it('serves from N processes and stops them all on SIGTERM', { timeout: 90_000 }, async () => {
    const server = await startServer({ WORKERS: '3' });
    try {
      expect(server.output()).toMatch(/ready at .* \(3 worker processes\)/);
      expect(childrenOf(server.child.pid!)).toHaveLength(3);
      const answers = await Promise.all(Array.from({ length: 30 }, () => fetch(`${server.origin}/api/health`)));
      expect(answers.every((answer) => answer.status === 200)).toBe(true);
      expect(await server.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    } finally {
      server.cleanUp();
    }
  });
});
