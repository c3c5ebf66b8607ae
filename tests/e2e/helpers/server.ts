/**
 * The real server (server/serve.ts) as a child process on 127.0.0.1, a free port and a fresh
 * copy of the seeded template database, serving the built client on the API's origin.
 */
import { startServer as startServerProcess, type ServerProcess } from '../../crash/helpers/server-process.ts';

export interface E2eServer {
  origin: string;
  /** Ends the process (SIGTERM, then SIGKILL) and removes its database copy. Safe to call twice. */
  stop(): Promise<void>;
}

export async function startServer(): Promise<E2eServer> {
  const server: ServerProcess = await startServerProcess({ SHUTDOWN_TIMEOUT_MS: '2000' });
  // Should the test runner itself die, do not leave the server behind.
  const killOnExit = () => server.cleanUp();
  process.once('exit', killOnExit);
  let stopped = false;
  return {
    origin: server.origin,
    async stop() {
      if (stopped) return;
      stopped = true;
      process.off('exit', killOnExit);
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, 5_000).unref());
      await Promise.race([server.stop('SIGTERM').then(() => undefined), timeout]);
      server.cleanUp();
    },
  };
}
