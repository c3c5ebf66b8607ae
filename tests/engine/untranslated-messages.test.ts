/**
 * No untranslated message slips in: every refusal the server raises names a catalogue key
 * (`badRequest(msg('…'))`), never a finished sentence. The types refuse a bare string already;
 * this scan also catches a cast, a `// @ts-ignore` or a file outside the typecheck, and names
 * the place to fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function serverFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return rel === 'server/engine/messages' ? [] : serverFiles(rel);
    return entry.name.endsWith('.ts') ? [rel] : [];
  });
}

const QUOTE = `['"\`]`;
/** A refusal helper or ApiError given a literal text, or a field error assigned one. */
const LITERAL_MESSAGES = [
  new RegExp(`\\b(badRequest|forbidden|notFound|conflict|unauthorized)\\(\\s*${QUOTE}`, 'g'),
  new RegExp(`\\bnew ApiError\\(\\s*[^,()]+,\\s*${QUOTE}`, 'g'),
  new RegExp(`\\berrors(\\.\\w+|\\[[^\\]]+\\])\\s*=\\s*${QUOTE}`, 'g'),
  new RegExp(`\\{\\s*error:\\s*${QUOTE}`, 'g'),
];

const FILES = serverFiles('server');

describe('server messages', () => {
  it('reads the server tree', () => {
    // A guard against scanning nothing, which would pass the test below.
    expect(FILES.length).toBeGreaterThan(150);
    const calls = FILES.map((file) => fs.readFileSync(path.join(ROOT, file), 'utf8').match(/\bmsg\(/g)?.length ?? 0);
    expect(calls.reduce((a, b) => a + b, 0)).toBeGreaterThan(150);
  });

  it('are catalogue keys, never literal sentences', () => {
    const found: string[] = [];
    for (const file of FILES) {
      const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
      lines.forEach((line, index) => {
        if (LITERAL_MESSAGES.some((pattern) => new RegExp(pattern.source).test(line))) found.push(`${file}:${index + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('would catch one', () => {
    const samples = ["throw badRequest('The file is empty');", 'throw conflict(`Row ${row} clashes`)', "new ApiError(409, 'That step is not allowed', errors)", "errors[name] = 'Required';", "errors.ids = 'Too many';", "return { error: 'Must be text' };"];
    for (const sample of samples) expect(LITERAL_MESSAGES.some((pattern) => new RegExp(pattern.source).test(sample)), sample).toBe(true);
    expect(LITERAL_MESSAGES.some((pattern) => new RegExp(pattern.source).test("throw badRequest(msg('attachments.empty'));"))).toBe(false);
  });
});
