// Prints the size of every file a host serves (dist/widgets/), raw and gzipped at level 9.
//   node scripts/size.mjs [--dir dist/widgets]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const i = process.argv.indexOf('--dir');
const dir = i > 0 ? process.argv[i + 1] : 'dist/widgets';

export function bundleSizes(folder = dir) {
  return readdirSync(folder)
    .filter((name) => statSync(join(folder, name)).isFile())
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(folder, name));
      return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = bundleSizes();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
  console.log(`\nBundle a host serves (${dir}):`);
  console.log(`${'file'.padEnd(30)}${'raw'.padStart(10)}${'gzip -9'.padStart(10)}`);
  for (const f of files) console.log(`${f.name.padEnd(30)}${kb(f.raw)}${kb(f.gzip)}`);
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  console.log(`${'total'.padEnd(30)}${kb(total.raw)}${kb(total.gzip)}`);
}
