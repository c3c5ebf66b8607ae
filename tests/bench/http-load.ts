/**
 * Drives one HTTP operation with autocannon (loopback, fixed connections and duration) after a
 * short sequential warm-up, and turns the result into Figures.
 */
import autocannon from 'autocannon';
import type { Figures } from './figures.ts';
import { cpuMs } from './process-cpu.ts';

export interface PlannedRequest {
  method: 'GET' | 'PUT' | 'PATCH';
  path: string;
  body?: unknown;
}

export interface LoadSettings {
  seconds: number;
  connections: number;
  /**
   * Seconds of the same load before the timed window, not counted: a server's first thousands of
   * requests run its code unoptimised and read pages not yet cached (the API's first 3 s of getOne
   * cost 430 µs of CPU a request, the next 3 s 160 µs; the floor's 112 µs, then 77 µs).
   */
  warmupSeconds?: number;
}

/**
 * `settlePath` is fetched after the timed window: a server keeps working through the requests it
 * had accepted when autocannon stopped (on SQLite's one connection they queue), and the next
 * operation must not start behind them.
 */
export async function loadHttp(
  baseUrl: string,
  headers: Record<string, string>,
  plan: (i: number) => PlannedRequest,
  settings: LoadSettings,
  settlePath: string,
  serverPid?: number,
): Promise<Figures> {
  let counter = 0;
  const build = (): { method: string; path: string; body?: string; headers: Record<string, string> } => {
    const next = plan(counter++);
    const body = next.body === undefined ? undefined : JSON.stringify(next.body);
    return {
      method: next.method,
      path: next.path,
      body,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    };
  };
  for (let i = 0; i < 2; i++) {
    const request = build();
    const response = await fetch(baseUrl + request.path, request);
    if (!response.ok) throw new Error(`${request.method} ${request.path}: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  }
  const load = (seconds: number) =>
    autocannon({
      url: baseUrl,
      connections: settings.connections,
      duration: seconds,
      timeout: 30,
      headers,
      requests: [{ setupRequest: (request) => ({ ...request, ...build() }) }],
    });
  const settle = async () => {
    for (let i = 0; i < 2; i++) await (await fetch(baseUrl + settlePath, { headers })).arrayBuffer();
  };
  if (settings.warmupSeconds) {
    await load(settings.warmupSeconds);
    await settle();
  }
  const cpuBefore = cpuMs(serverPid);
  const result = await load(settings.seconds);
  await settle();
  const cpuAfter = cpuMs(serverPid);
  const served = result.requests.total + 2;
  return {
    cpuUs: cpuBefore === null || cpuAfter === null || served === 0 ? undefined : ((cpuAfter - cpuBefore) * 1000) / served,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
