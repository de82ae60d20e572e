// Compression as a host's server or CDN does it ahead of time: brotli at its best quality and
// gzip -9. The release ships a .br and a .gz beside every file a host serves
// (scripts/release.mjs); scripts/build.sh puts the same beside dist/'s files, so the demo and
// the benchmark serve what a host's server would (scripts/serve.mjs --precompressed).
//
//   node scripts/compress.mjs <folder>   writes <file>.br and <file>.gz beside every file in it
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Brotli at best quality, as `brotli -q 11` writes it. */
export const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });

/** gzip at level 9, as `gzip -9` writes it. */
export const gzip = (bytes) => gzipSync(bytes, { level: 9 });

/** Whether a file is itself a compressed copy of another. */
export const isCompressedCopy = (name) => name.endsWith('.br') || name.endsWith('.gz');

/** Writes a .br and a .gz beside every file under `folder` (not beside those copies). */
export function compressBeside(folder) {
  let count = 0;
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      count += compressBeside(path);
    } else if (!isCompressedCopy(name)) {
      const bytes = readFileSync(path);
      writeFileSync(`${path}.br`, brotli(bytes));
      writeFileSync(`${path}.gz`, gzip(bytes));
      count += 1;
    }
  }
  return count;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[2];
  if (!folder) {
    console.error('usage: node scripts/compress.mjs <folder>');
    process.exit(2);
  }
  const count = compressBeside(folder);
  console.log(`Compressed ${count} files in ${folder} (a .br and a .gz beside each)`);
}
