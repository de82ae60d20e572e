// Serves dist/ on loopback with the right content types and nothing else: no caching in the
// browser, no compression unless asked. Used by the demo command, the end-to-end tests and the
// benchmark.
//
//   node scripts/serve.mjs [--port 8080] [--root dist] [--gzip] [--precompressed]
//
// With --precompressed, a file with a `.br` (or `.gz`) beside it is sent as that file, with
// `Content-Encoding`, to a browser that accepts it, as a host's server does with the release's
// precompressed files (nginx's brotli_static and gzip_static).
//
// Prints "Serving <root> at http://127.0.0.1:<port>/" once listening. The privacy tests start
// it in their own process with `onRequest`, to see every request that reaches it, WebSocket
// handshakes included (tests/e2e/leak-watch.js).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

// `pages` (path → text or bytes, typed by the path's extension) are served beside the files, as
// if they were in `root`, never compressed: the benchmark's one-widget page and its floor pages.
export function startServer({ root = 'dist', port = 8080, gzip = false, precompressed = false, quiet = false, pages = {}, onRequest = () => {} } = {}) {
  const base = resolve(root);
  // Each file is compressed once, as a host's server or CDN does (nginx's gzip_static, a cache):
  // level 9 on every request would put the server's own work, on the same two cores, into the
  // page's timings. A file changed on disk is compressed again.
  const compressed = new Map(); // file → { mtimeMs, size, body }
  const gzipOnce = (file, { mtimeMs, size }, body) => {
    const kept = compressed.get(file);
    if (kept && kept.mtimeMs === mtimeMs && kept.size === size) return kept.body;
    const fresh = gzipSync(body, { level: 9 });
    compressed.set(file, { mtimeMs, size, body: fresh });
    return fresh;
  };
  const server = createServer(async (req, res) => {
    onRequest({ method: req.method, url: req.url });
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      if (Object.hasOwn(pages, path)) {
        const page = Buffer.from(pages[path]);
        const type = TYPES[extname(path)] ?? 'application/octet-stream';
        res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Length': page.length }).end(page);
        return;
      }
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end('Forbidden');
        return;
      }
      // Taken before reading, so a file changed after it is compressed again. A missing file
      // throws: 404 below.
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      let body = await readFile(file);
      const headers = {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      };
      const accepts = (coding) => new RegExp(`\\b${coding}\\b`).test(req.headers['accept-encoding'] ?? '');
      let sent = false;
      for (const [coding, suffix] of precompressed ? [['br', '.br'], ['gzip', '.gz']] : []) {
        const beside = accepts(coding) && (await readFile(file + suffix).catch(() => null));
        if (!beside) continue;
        body = beside;
        headers['Content-Encoding'] = coding;
        headers.Vary = 'Accept-Encoding';
        sent = true;
        break;
      }
      if (!sent && gzip && accepts('gzip')) {
        body = gzipOnce(file, info, body);
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  // Nothing here speaks WebSocket: a handshake is noted and refused.
  server.on('upgrade', (req, socket) => {
    onRequest({ method: 'UPGRADE', url: req.url });
    socket.destroy();
  });
  return new Promise((ready, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const address = `http://127.0.0.1:${server.address().port}/`;
      if (!quiet) console.log(`Serving ${root} at ${address}`);
      ready({ server, address });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await startServer({
    root: option('root', 'dist'),
    port: Number(option('port', '8080')),
    gzip: process.argv.includes('--gzip'),
    precompressed: process.argv.includes('--precompressed'),
  });
}
