/**
 * Brotli and gzip copies of the built client, written once at build time beside each file
 * (`index-aQKoD8zW.js.br`, `.gz`), so the server sends 1.26 MB of JavaScript as ~300 KB
 * without compressing anything per request (server/http/client-files.ts picks the copy).
 * A Vite plugin, so both `npm run build` and the in-process build of `npm start` write them.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

/** The precompressed copies, in the order the server prefers them; the suffix is added to the file's name. */
export const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

export type ContentEncoding = (typeof PRECOMPRESSED)[number]['encoding'];

/** Text formats worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|map|svg|txt|xml|webmanifest|wasm)$/i;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

const COMPRESS: Record<ContentEncoding, (bytes: Buffer) => Promise<Buffer>> = {
  // Highest quality: paid once per build, saved on every download.
  br: (bytes) =>
    brotli(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  gzip: (bytes) => gzip(bytes, { level: zlib.constants.Z_BEST_COMPRESSION }),
};

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Writes the copies of every compressible file under `dir` (removing stale ones); a copy that
 * would not be smaller than the file is not written, so the server sends the file itself.
 * Answers the number of copies written.
 */
export async function precompressDirectory(dir: string): Promise<number> {
  const files = (await filesUnder(dir)).filter((file) => COMPRESSIBLE.test(file));
  const written = await Promise.all(
    files.map(async (file) => {
      const bytes = await fs.readFile(file);
      const copies = await Promise.all(
        PRECOMPRESSED.map(async ({ encoding, suffix }) => {
          const compressed = await COMPRESS[encoding](bytes);
          if (compressed.length >= bytes.length) {
            await fs.rm(file + suffix, { force: true });
            return 0;
          }
          await fs.writeFile(file + suffix, compressed);
          return 1;
        }),
      );
      return copies.reduce<number>((sum, one) => sum + one, 0);
    }),
  );
  return written.reduce<number>((sum, one) => sum + one, 0);
}

/** Compresses the build's output directory once everything is written. */
export function precompressPlugin(): Plugin {
  return {
    name: 'retail-precompress',
    apply: 'build',
    async writeBundle(options) {
      if (options.dir) await precompressDirectory(options.dir);
    },
  };
}
