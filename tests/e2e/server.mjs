// A minimal static server for the built site (dist/), used by the end-to-end tests so they
// run against exactly the files a static host would serve, under the configured base path.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Text a static host sends gzipped to a browser that accepts it (Pagefind's own files are already compressed). */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest', '.txt']);

/**
 * Serve `root` at `base` ("/" or "/sub/") on a free localhost port; resolves to { url, close }.
 * With `folderIndex: false` a folder is not answered with its index.html (as learning platforms
 * serve packages); `onRequest` sees every request first and may answer it (returns true).
 * Text goes gzipped when the browser accepts it, as every static host sends it, so Lighthouse
 * times the transfer a visitor waits for.
 */
export function serveStatic(root, base = '/', { folderIndex = true, onRequest } = {}) {
  /** Gzipped bodies by file and version, made once. */
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    if (onRequest && (await onRequest(req, res))) return;
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) return send404();
    path = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        if (!folderIndex) return send404();
        file = join(file, 'index.html');
        info = await stat(file);
      }
      // As a static host does: the browser revalidates every file (no-cache) and a file it holds
      // already comes back as 304, so it reuses its cached copy (and the compiled scripts).
      const etag = `W/"${info.size.toString(36)}-${Math.round(info.mtimeMs).toString(36)}"`;
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        etag,
      };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers);
        return res.end();
      }
      let body = await readFile(file);
      if (COMPRESSED.has(extname(file))) {
        headers['vary'] = 'accept-encoding';
        if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
          const key = `${file} ${etag}`;
          if (!gzipped.has(key)) gzipped.set(key, gzipSync(body));
          body = gzipped.get(key);
          headers['content-encoding'] = 'gzip';
        }
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      send404();
    }
    async function send404() {
      const body = await readFile(join(root, '404.html')).catch(() => 'Not found');
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(body);
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
