/**
 * Stops the server cleanly on SIGTERM (what systemd, Docker and Kubernetes send) and SIGINT
 * (Ctrl-C): stop accepting connections, let requests in flight finish, release the database,
 * exit 0. A request that never finishes must not hold a deploy hostage, so a hard timeout
 * exits 1 instead.
 */
import type { Server } from 'node:http';

export const SHUTDOWN_TIMEOUT_MS = 10_000;

export interface ShutdownOptions {
  /** Releases what the server holds (the database pool), after the last request finished. */
  release: () => Promise<void>;
  timeoutMs?: number;
  log?: (message: string) => void;
}

export function stopOnSignals(server: Server, options: ShutdownOptions): void {
  const { release, timeoutMs = SHUTDOWN_TIMEOUT_MS, log = console.log } = options;
  let stopping = false;

  // A keep-alive connection would otherwise stay open, idle, after its last answer until the
  // client or the keep-alive timeout ends it; answers during shutdown tell the client to go.
  server.on('request', (_req, res) => {
    res.on('finish', () => {
      if (stopping) server.closeIdleConnections();
    });
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: no new connections; finishing requests in flight...`);
    const timer = setTimeout(() => {
      console.error(`Requests still running after ${timeoutMs / 1000} s; exiting anyway.`);
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    server.close((error) => {
      release()
        .then(() => {
          log('Stopped.');
          process.exit(error ? 1 : 0);
        })
        .catch((releaseError: unknown) => {
          console.error(releaseError);
          process.exit(1);
        });
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
