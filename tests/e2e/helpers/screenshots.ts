/** A screenshot of each step, in tests/e2e/screenshots/<file>/<test>/NN-<step>.png (git-ignored). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

export type Shot = (page: Page, step: string) => Promise<void>;

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/** Starts a fresh folder (relative to SCREENSHOT_DIR) and answers a function that saves the next step into it. */
export function screenshotsFor(folder: string): { dir: string; shot: Shot } {
  const dir = path.join(SCREENSHOT_DIR, folder);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let step = 0;
  return {
    dir,
    async shot(page, name) {
      step += 1;
      await page.screenshot({ path: path.join(dir, `${String(step).padStart(2, '0')}-${slug(name)}.png`), fullPage: true });
    },
  };
}
