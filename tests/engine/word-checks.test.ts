import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORD_CHECKS } from '../../server/engine/word-checks/index.ts';

const DIR = path.resolve(import.meta.dirname, '../../server/engine/word-checks');

describe('the table of word checks', () => {
  it('runs every checker that lives in word-checks/', async () => {
    // A checker file whose function is not in the table would check nothing, silently.
    const rows = new Set(Object.values(WORD_CHECKS));
    const files = fs.readdirSync(DIR).filter((file) => !['index.ts', 'types.ts'].includes(file));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const module = (await import(path.join(DIR, file))) as Record<string, unknown>;
      const checkers = Object.entries(module).filter(([name, value]) => typeof value === 'function' && name.endsWith('Problems'));
      expect(checkers.length, file).toBeGreaterThan(0);
      for (const [name, checker] of checkers) expect(rows.has(checker as never), `${file}: ${name}`).toBe(true);
    }
  });
});
