/**
 * Arrows point down: this test reads every import of the source tree (as text, like a reader
 * would) and fails on a direction the layering forbids. A failure names the importing file and
 * the file it reaches, so the fix is to move the shared piece down, not to silence the test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE_DIRS = ['server', 'client/src', 'seeds', 'migrations'];

interface Arrow {
  from: string;
  to: string;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

/** Static imports, re-exports, side-effect imports and import() with a literal path. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1];
    if (!spec.startsWith('.')) continue;
    found.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)));
  }
  return found;
}

const ARROWS: Arrow[] = SOURCE_DIRS.flatMap((dir) => sourceFiles(dir)).flatMap((from) => importsOf(from).map((to) => ({ from, to })));

const under = (file: string, dir: string) => file.startsWith(`${dir}/`);
const show = (arrows: Arrow[]) => arrows.map((arrow) => `${arrow.from} -> ${arrow.to}`);

/** The folder of client/src a file lives in (its first segment), or undefined for the files at its top. */
function clientFolder(file: string): string | undefined {
  if (!under(file, 'client/src')) return undefined;
  const parts = file.slice('client/src/'.length).split('/');
  return parts.length > 1 ? parts[0] : undefined;
}

/** Folder pairs (a, b) where a reaches b and b reaches a, through any number of folders. */
function folderCycles(edges: Map<string, Set<string>>): string[][] {
  const reach = (start: string) => {
    const seen = new Set<string>();
    const stack = [...(edges.get(start) ?? [])];
    while (stack.length) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(edges.get(next) ?? []));
    }
    return seen;
  };
  const cycles: string[][] = [];
  for (const folder of edges.keys()) {
    for (const other of reach(folder)) {
      if (folder < other && reach(other).has(folder)) cycles.push([folder, other]);
    }
  }
  return cycles;
}

describe('layers', () => {
  it('reads the imports of the tree', () => {
    // A guard against the parser silently finding nothing, which would pass every rule below.
    expect(ARROWS.length).toBeGreaterThan(500);
    expect(ARROWS.some((arrow) => arrow.from === 'server/http/app.ts' && arrow.to.startsWith('server/data/'))).toBe(true);
  });

  it('the server does not import the seeds', () => {
    expect(show(ARROWS.filter((a) => under(a.from, 'server') && under(a.to, 'seeds')))).toEqual([]);
  });

  it('the client takes from the server only the pure engine', () => {
    const arrows = ARROWS.filter((a) => under(a.from, 'client') && under(a.to, 'server') && !under(a.to, 'server/engine'));
    expect(show(arrows)).toEqual([]);
  });

  it('the engine imports nothing from the layers above it', () => {
    const arrows = ARROWS.filter((a) => under(a.from, 'server/engine') && !under(a.to, 'server/engine'));
    expect(show(arrows)).toEqual([]);
  });

  it('the data layer does not import auth or http', () => {
    const arrows = ARROWS.filter((a) => under(a.from, 'server/data') && (under(a.to, 'server/auth') || under(a.to, 'server/http')));
    expect(show(arrows)).toEqual([]);
  });

  it('db and data do not import each other both ways', () => {
    const dbToData = ARROWS.filter((a) => under(a.from, 'server/db') && under(a.to, 'server/data'));
    const dataToDb = ARROWS.filter((a) => under(a.from, 'server/data') && under(a.to, 'server/db'));
    expect(dbToData.length === 0 || dataToDb.length === 0, [...show(dbToData), ...show(dataToDb)].join('\n')).toBe(true);
  });

  it('the folders of the client do not import each other in circles', () => {
    const edges = new Map<string, Set<string>>();
    for (const arrow of ARROWS) {
      const from = clientFolder(arrow.from);
      const to = clientFolder(arrow.to);
      if (!from || !to || from === to) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
    }
    expect(folderCycles(edges)).toEqual([]);
  });
});
