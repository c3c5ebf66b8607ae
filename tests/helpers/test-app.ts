/**
 * A real app on a real SQLite file for one test file: `const t = await startTestApp()`, then
 * `await t.signIn('ops')` for a supertest agent carrying that user's session cookie. Another app
 * (other options, another registry) signs in through `signInAgent` / `signedInAgents` (./sign-in.ts).
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import type { Knex } from 'knex';
import request from 'supertest';
import { inject } from 'vitest';
import { openDatabase, openSqlite } from '../../server/db/connection.ts';
import { copyPostgresTemplate } from './postgres.ts';
import { createApp, type AppOptions } from '../../server/http/app.ts';
import { DEFAULT_SHOP_TIME_ZONE } from '../../server/engine/shop-time.ts';
import { signedInAgents } from './sign-in.ts';

export interface TestApp {
  app: Express;
  db: Knex;
  /** The SQLite file, or the PostgreSQL database's URL. */
  file: string;
  /** A signed-in agent, one per user for the whole file; demo users need no password. */
  signIn(username: string, password?: string): Promise<request.Agent>;
  close(): Promise<void>;
}

export const DEMO_LOGIN_BY_ROLE = {
  admin: 'admin',
  operations: 'ops',
  marketing: 'marketing',
  pr: 'pr',
  procurement: 'procurement',
  customer_service: 'service',
  service_lead: 'servicelead',
} as const;

/** A fresh seeded database for one test file: a copy of the run's template, on SQLite or PostgreSQL. */
async function freshDatabase(): Promise<{ db: Knex; file: string; dispose(): Promise<void> }> {
  const postgresUrl = inject('postgresUrl');
  if (postgresUrl) {
    const copy = await copyPostgresTemplate(postgresUrl);
    const db = openDatabase(copy.url);
    return { db, file: copy.url, dispose: async () => (await db.destroy(), await copy.drop()) };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retail-admin-test-'));
  const file = path.join(dir, 'test.sqlite');
  fs.copyFileSync(inject('templateDb'), file);
  const db = openSqlite(file);
  return { db, file, dispose: async () => (await db.destroy(), fs.rmSync(dir, { recursive: true, force: true })) };
}

/** The shop's zone is Asia/Shanghai whatever SHOP_TIME_ZONE says; `options.timeZone` plays another. */
export async function startTestApp(options: Pick<AppOptions, 'timeZone'> = {}): Promise<TestApp> {
  const { db, file, dispose } = await freshDatabase();
  const app = createApp(db, { timeZone: DEFAULT_SHOP_TIME_ZONE, ...options });
  const server = await listening(app);
  const close = async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    await dispose();
  };
  return { app, db, file, signIn: signedInAgents(server), close };
}

/**
 * The app on a loopback port of its own for the file's signed-in agents. Given the app itself,
 * supertest opens and closes a server for every request (a listen and a close each time); the
 * permission table alone sends thousands.
 */
async function listening(app: Express): Promise<http.Server> {
  const server = http.createServer(app);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return server;
}
