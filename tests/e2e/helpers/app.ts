/**
 * One server and one Chromium per test file; a fresh browser context (no cookies, no stored
 * list settings) per test, so each test stands alone. Everything is ended in afterAll hooks
 * that run whether the tests passed or not; a failing test leaves a screenshot of every page it
 * had open.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, type TestContext } from 'vitest';
import { launchBrowser } from './browser.ts';
import { screenshotsFor, slug, type Shot } from './screenshots.ts';
import { startServer, type E2eServer } from './server.ts';
import { signIn } from './session.ts';

export interface E2eTest {
  page: Page;
  /** Saves a screenshot of the page as the test's next step. */
  shot: Shot;
}

export interface E2eApp {
  origin(): string;
  /** A new signed-out page in a context of its own; screenshots go to the test's folder. */
  open(task: Task): Promise<E2eTest>;
  /** As open(), then signs in as `username` (a demo user unless `password` is given). */
  signedIn(task: Task, username: string, password?: string): Promise<E2eTest>;
}

type Task = TestContext['task'];

/** screenshots/<test file>/<test name>/… */
function screenshotFolder(task: Task): string {
  return path.join(path.basename(task.file.name, '.e2e.ts'), slug(task.name));
}

const VIEWPORT = { width: 1440, height: 900 };

export function useApp(): E2eApp {
  let server: E2eServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const shots = new Map<BrowserContext, Shot>();
  const shotsByTest = new Map<string, Shot>();

  beforeAll(async () => {
    server = await startServer();
    try {
      browser = await launchBrowser();
    } catch (error) {
      await server.stop();
      throw error;
    }
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      for (const context of contexts) {
        for (const page of context.pages()) await shots.get(context)?.(page, 'FAILED').catch(() => undefined);
      }
    }
    await Promise.all(contexts.splice(0).map((context) => context.close().catch(() => undefined)));
    shots.clear();
    shotsByTest.clear();
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  const app: E2eApp = {
    origin() {
      if (!server) throw new Error('The server has not started');
      return server.origin;
    },
    async open(task) {
      const folder = screenshotFolder(task);
      if (!browser) throw new Error('The browser has not started');
      const context = await browser.newContext({ baseURL: app.origin(), viewport: VIEWPORT, locale: 'en-US' });
      context.setDefaultTimeout(15_000);
      contexts.push(context);
      // A second page in the same test carries on numbering in the same folder.
      const shot = shotsByTest.get(folder) ?? screenshotsFor(folder).shot;
      shotsByTest.set(folder, shot);
      shots.set(context, shot);
      return { page: await context.newPage(), shot };
    },
    async signedIn(task, username, password) {
      const test = await app.open(task);
      await signIn(test.page, username, password);
      return test;
    },
  };
  return app;
}
