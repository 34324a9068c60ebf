// A small static file server for the benchmark, behaving like a typical static host: directory
// addresses serve their index.html, unknown paths get 404.html with status 404, and text files are sent
// gzip-compressed (level 6) so transfer sizes match what a reader downloads. Pagefind's index files are
// compressed already and go out as they are. Listens on localhost only. Every response is logged with
// the bytes written to the socket for it (status line, headers and body), so a caller can count what
// crossed the wire, including requests a browser's own log sizes poorly (a Web Worker's script).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const compressible = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * Serves `root` on localhost. Returns its origin ("http://localhost:PORT"), the response log
 * ({ path, status, bytes, at } with `at` from performance.now()) and a close function.
 */
export async function serveStatic(root, { port = 0 } = {}) {
  const gzipped = new Map();
  const sent = [];
  const server = createServer((request, response) => {
    const socket = request.socket;
    const before = socket.bytesWritten;
    response.on('finish', () => {
      sent.push({ path: request.url ?? '/', status: response.statusCode, bytes: socket.bytesWritten - before, at: performance.now() });
    });
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file) || !statSync(file).isFile()) {
      status = 404;
      file = join(root, '404.html');
      if (!existsSync(file)) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    let body = readFileSync(file);
    if (compressible.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      const key = `${file}:${statSync(file).mtimeMs}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 6 }));
      body = gzipped.get(key);
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = body.length;
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((ready) => server.listen(port, 'localhost', ready));
  const address = server.address();
  return {
    origin: `http://localhost:${address.port}`,
    sent,
    close: () => new Promise((done) => server.close(done)),
  };
}

// `node scripts/bench/static-server.mjs [folder] [port]`: serve a built site by hand (default dist, 4351).
if (process.argv[1] === import.meta.filename) {
  const { origin } = await serveStatic(process.argv[2] ?? 'dist', { port: Number(process.argv[3] ?? 4351) });
  console.log(`Serving ${process.argv[2] ?? 'dist'} at ${origin}/`);
}
