/**
 * Precompression: a .br and a .gz beside every compressible file in the
 * output, so a server (nginx gzip_static / brotli_static) sends them without
 * compressing on each request. Only node:zlib. A copy is kept only when it is
 * smaller than the file.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const br = promisify(brotliCompress);
const gz = promisify(gzip);

export const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.geojson',
  '.csv',
  '.txt',
  '.svg',
  '.xml',
]);

/** Smaller than this, compression saves less than a packet's worth. */
export const MIN_BYTES = 256;

export interface Compressed {
  readonly file: string;
  readonly bytes: number;
  readonly br: number | null;
  readonly gz: number | null;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export async function precompress(outDir: string): Promise<Compressed[]> {
  const files = walk(outDir).filter((f) => COMPRESSIBLE.has(extname(f)) && statSync(f).size >= MIN_BYTES);
  return Promise.all(
    files.map(async (file) => {
      const body = readFileSync(file);
      const [b, g] = await Promise.all([
        br(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        }),
        gz(body, { level: 9 }),
      ]);
      const keep = (ext: string, data: Buffer) =>
        data.length < body.length ? (writeFileSync(`${file}.${ext}`, data), data.length) : null;
      return { file: relative(outDir, file), bytes: body.length, br: keep('br', b), gz: keep('gz', g) };
    }),
  );
}
