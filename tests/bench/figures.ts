/** What every contender reports for one operation, and the arithmetic shared by all of them. */

export interface Figures {
  /** Completed requests (or query rounds) per second over the timed window. */
  rps: number;
  /** Latency percentiles in milliseconds, measured with the same number of requests in flight. */
  p50: number;
  p99: number;
  requests: number;
  /** Failed requests (connection errors, timeouts, non-2xx): a figure with errors is not comparable. */
  errors: number;
  /** The server process's CPU per completed request in µs (HTTP contenders on Linux): the cost without the machine's noise. */
  cpuUs?: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export function ratio(a: Figures | undefined, b: Figures | undefined): number | undefined {
  if (!a || !b || b.rps <= 0) return undefined;
  return a.rps / b.rps;
}
