/**
 * The primary process of `--workers N`: forks the workers, announces the port once all listen,
 * replaces a worker that dies unexpectedly, and on SIGTERM/SIGINT passes the signal on and exits
 * once every worker has finished its requests (0 if all stopped cleanly).
 */
import cluster, { type Worker } from 'node:cluster';

export function superviseWorkers(count: number, onReady: (port: number) => void): void {
  let stopping = false;
  let listening = 0;
  let failed = false;

  cluster.on('listening', (_worker, address) => {
    listening += 1;
    if (listening === count) onReady(address.port);
  });
  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping) {
      failed ||= code !== 0;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(failed ? 1 : 0);
      return;
    }
    console.error(`Worker ${worker.process.pid} ended (${signal ?? code}); starting another.`);
    cluster.fork();
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  for (let i = 0; i < count; i++) cluster.fork();
}
