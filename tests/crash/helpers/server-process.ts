/**
 * The real server as a child process (`node --import tsx server/serve.ts`) on a copy of the
 * seeded template database and a free port: real HTTP, real signals, a real process exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { DEMO_PASSWORD } from '../../../seeds/lib/demo-users.ts';

export interface ServerProcess {
  child: ChildProcess;
  origin: string;
  dbFile: string;
  /** Everything the server printed so far. */
  output(): string;
  /** Signs in and answers the Cookie header value to send. */
  signIn(username: string): Promise<string>;
  /** Sends a signal and waits for the process to end; answers its exit code and signal. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Removes the temporary directory (after stop). */
  cleanUp(): void;
}

/** Runs a TypeScript file in one plain node process, so signals reach it directly (no npx/tsx wrapper). */
export function spawnTs(file: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', file, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

export function tempDatabase(): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retail-admin-crash-'));
  const file = path.join(dir, 'live.sqlite');
  fs.copyFileSync(inject('templateDb'), file);
  return { dir, file };
}

/** Starts `server/serve.ts` on a fresh copy of the seeded SQLite template, or on `env.DATABASE_URL` when given. */
export async function startServer(env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  const { dir, file } = env.DATABASE_URL
    ? { dir: fs.mkdtempSync(path.join(os.tmpdir(), 'retail-admin-server-')), file: env.DATABASE_URL }
    : tempDatabase();
  const child = spawnTs('server/serve.ts', [], { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: file, NODE_ENV: 'test', ...env });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start:\n${output}`)), 30_000);
    const onData = () => {
      const match = /ready at http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', () => reject(new Error(`Server exited before listening:\n${output}`)));
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    child,
    origin,
    dbFile: file,
    output: () => output,
    async signIn(username) {
      const response = await fetch(`${origin}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password: DEMO_PASSWORD }),
      });
      if (response.status !== 200) throw new Error(`Sign-in as ${username}: ${response.status}`);
      return String(response.headers.get('set-cookie')).split(';')[0];
    },
    async stop(signal = 'SIGTERM') {
      const exited = exitOf(child);
      child.kill(signal);
      return exited;
    },
    cleanUp() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
