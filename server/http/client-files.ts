/**
 * The built client (dist/client) on the API's origin: its files, sent as the brotli or gzip copy
 * written at build time (server/precompress.ts) when the browser accepts it, and index.html for
 * every other page path, so deep links work (the single-page app routes them itself).
 *
 * Hashed files under /assets never change under their name: browsers keep them a year without
 * asking again. index.html names the current hashes, so it is revalidated on every load.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { PRECOMPRESSED, type ContentEncoding } from '../precompress.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** Vite's output names: `assets/<name>-<8-character hash>.<ext>`. */
const HASHED_ASSET = /^\/assets\/(?:[^/]+\/)*[^/]+-[A-Za-z0-9_-]{8}\.[A-Za-z0-9]+$/;

/**
 * The encodings `Accept-Encoding` allows (q > 0), by name or through `*`. The server's own order
 * of preference decides among them (PRECOMPRESSED: br, then gzip), not the header's order:
 * browsers list gzip first but all take brotli, which is smaller.
 */
export function acceptedEncodings(header: string | undefined): Set<ContentEncoding> {
  const quality = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)).find(Boolean);
    quality.set(name, q ? Number(q[1]) : 1);
  }
  const accepted = new Set<ContentEncoding>();
  for (const { encoding } of PRECOMPRESSED) {
    if ((quality.get(encoding) ?? quality.get('*') ?? 0) > 0) accepted.add(encoding);
  }
  return accepted;
}

/** The file under `root` that `urlPath` names, or undefined when there is none or it lies outside `root`. */
function fileIn(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  // Inside root only, and no dotfiles on the way.
  if (!file.startsWith(root + path.sep) || path.relative(root, file).split(path.sep).some((part) => part.startsWith('.'))) {
    return undefined;
  }
  return isFile(file) ? file : undefined;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Sends `file` (its best accepted precompressed copy, if one was written) with its caching rule. */
function sendFile(req: Request, res: Response, next: NextFunction, file: string, cacheControl: string): void {
  const accepted = acceptedEncodings(req.get('Accept-Encoding'));
  const copy = PRECOMPRESSED.find(({ encoding, suffix }) => accepted.has(encoding) && isFile(file + suffix));
  // The type of the file itself, not of its .br or .gz copy; `send` keeps a type already set.
  res.type(path.extname(file));
  res.set({ 'Cache-Control': cacheControl, Vary: 'Accept-Encoding' });
  if (copy) res.set('Content-Encoding', copy.encoding);
  res.sendFile(copy ? file + copy.suffix : file, { cacheControl: false, dotfiles: 'allow' }, (error) => {
    if (!error || res.headersSent) return;
    // The error handler answers JSON: none of the file's headers may describe it.
    for (const header of ['Content-Encoding', 'Cache-Control', 'Vary']) res.removeHeader(header);
    next(error);
  });
}

/** Serves the client built into `root` (an absolute directory holding index.html). */
export function clientFiles(root: string) {
  const dir = path.resolve(root);
  const indexHtml = path.join(dir, 'index.html');
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = fileIn(dir, req.path);
    if (file && file !== indexHtml) return sendFile(req, res, next, file, HASHED_ASSET.test(req.path) ? IMMUTABLE : REVALIDATE);
    // A missing script or style is a 404, not the page: after a deploy an old hash must fail
    // loudly rather than run HTML as JavaScript.
    if (req.path.startsWith('/assets/')) return next();
    sendFile(req, res, next, indexHtml, REVALIDATE);
  };
}
