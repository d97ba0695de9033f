#!/usr/bin/env node
// Serves a built site folder on 127.0.0.1 for the browser tests and audits, like a static host would:
// `/path/` serves `path/index.html`, unknown paths get `404.html` with status 404, and an optional base path.
// Text is sent gzipped to clients that accept it, as hosts do, so audits see real transfer sizes.
// Usage: node scripts/serve-static.mjs <dir> <port> [base]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dirArg = 'dist', portArg = '4322', baseArg = '/'] = process.argv.slice(2);
const root = resolve(dirArg);
const base = baseArg.endsWith('/') ? baseArg : `${baseArg}/`;
const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json', '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8', '.woff2': 'font/woff2', '.ics': 'text/calendar',
};

/** Gzipped bodies by path, kept while the file is unchanged. */
const gzipped = new Map();

async function gzipOf(path) {
  const { mtimeMs } = await stat(path);
  const cached = gzipped.get(path);
  if (cached?.mtimeMs === mtimeMs) return cached.body;
  const compressed = gzipSync(await readFile(path));
  // Cached only if the file did not change while it was read.
  if ((await stat(path)).mtimeMs === mtimeMs) gzipped.set(path, { mtimeMs, body: compressed });
  return compressed;
}

async function file(path) {
  try {
    const info = await stat(path);
    return info.isDirectory() ? file(join(path, 'index.html')) : path;
  } catch {
    return null;
  }
}

createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let pathname = decodeURIComponent(url.pathname);
  let found = null;
  if (pathname.startsWith(base)) {
    pathname = pathname.slice(base.length - 1);
    const target = normalize(join(root, pathname));
    if (target.startsWith(root)) found = await file(target);
  }
  if (!found) {
    const notFound = await file(join(root, '404.html'));
    response.writeHead(404, { 'content-type': types['.html'] });
    response.end(notFound ? await readFile(notFound) : 'Not found');
    return;
  }
  const type = types[extname(found)] ?? 'application/octet-stream';
  const headers = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
  let body;
  if (/text|javascript|json|svg|xml/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    body = await gzipOf(found);
    headers['content-encoding'] = 'gzip';
  } else {
    body = await readFile(found);
  }
  response.writeHead(200, headers);
  response.end(body);
}).listen(Number(portArg), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${portArg}${base}`);
});
