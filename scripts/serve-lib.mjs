// A small dependency-free static server for the built app (dist/), shared by `npm start`, the e2e
// harness and the benchmarks. It sends the security headers of scripts/security-headers.mjs, the same
// that public/_headers and the nginx configuration of docs/hosting.md ask a host for, so that what we
// test is what users get.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './security-headers.mjs';

// The headers come from their one source; re-exported for the tests and benchmarks that import them here.
export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS };

export const MIME_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
});

const NO_CACHE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Normalises a base path to the form "/" or "/sub/". */
export function normaliseBase(base = '/') {
  let b = base.trim();
  if (!b.startsWith('/')) b = `/${b}`;
  if (!b.endsWith('/')) b = `${b}/`;
  return b.replace(/\/{2,}/g, '/');
}

/** Cache-Control for a path relative to the build root ("sw.js", "assets/x-abc123.js", ...). */
export function cacheControlFor(relPath) {
  const name = path.posix.basename(relPath);
  // The service worker, the page and the manifest must be revalidated, or an update is never seen.
  if (name === 'sw.js' || name.startsWith('workbox-') || name === 'registerSW.js' || name.endsWith('.html') || name.endsWith('.webmanifest')) {
    return NO_CACHE;
  }
  // Vite puts content-hashed files under assets/: their URL changes whenever their content does.
  if (relPath.startsWith('assets/')) return IMMUTABLE;
  return NO_CACHE;
}

export function mimeTypeFor(filePath) {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

// Text that a real host sends gzipped (fonts and PNGs are compressed already).
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.map']);

function acceptsGzip(req) {
  return /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
}

function acceptsHtml(req) {
  const accept = req.headers.accept ?? '';
  return accept.includes('text/html') || accept.includes('*/*') || accept === '';
}

async function fileInfo(filePath) {
  try {
    const s = await stat(filePath);
    return s.isFile() ? s : null;
  } catch {
    return null;
  }
}

/**
 * Starts the server. Resolves once it listens.
 * `compress: true` sends text gzipped to clients that accept it, as a production host does (the
 * benchmarks use it, so that Lighthouse sees real transfer sizes).
 * @param {{ dir?: string, port?: number, host?: string, base?: string, quiet?: boolean, compress?: boolean }} [options]
 * @returns {Promise<{ url: string, origin: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
  const root = path.resolve(options.dir ?? 'dist');
  const host = options.host ?? '127.0.0.1';
  const base = normaliseBase(options.base ?? '/');
  const rootInfo = await stat(root).catch(() => null);
  if (!rootInfo?.isDirectory()) {
    throw new Error(`serve: ${root} is not a directory (run "npm run build" first)`);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      // Never echo request details back: URLs may one day carry something private.
      if (!options.quiet) console.error('serve: internal error', error?.message ?? error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal Server Error');
      else res.destroy();
    });
  });

  function send(res, status, type, body, extra = {}) {
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      'Content-Type': type,
      'Cache-Control': NO_CACHE,
      ...extra,
    });
    res.end(body);
  }

  /** Gzipped bodies by path, made once per file version. */
  const gzipped = new Map();

  async function sendFile(req, res, filePath, info, status = 200) {
    const rel = path.relative(root, filePath).split(path.sep).join('/');
    if (options.compress && COMPRESSIBLE.has(path.extname(filePath).toLowerCase())) {
      res.setHeader('Vary', 'Accept-Encoding');
      if (acceptsGzip(req)) {
        const key = `${filePath}:${info.mtimeMs}:${info.size}`;
        let body = gzipped.get(key);
        if (!body) {
          body = gzipSync(await readFile(filePath));
          gzipped.set(key, body);
        }
        res.writeHead(status, {
          ...SECURITY_HEADERS,
          'Content-Type': mimeTypeFor(filePath),
          'Content-Encoding': 'gzip',
          'Content-Length': body.length,
          'Cache-Control': cacheControlFor(rel),
          'Last-Modified': info.mtime.toUTCString(),
        });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
    }
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      'Content-Type': mimeTypeFor(filePath),
      'Content-Length': info.size,
      'Cache-Control': cacheControlFor(rel),
      'Last-Modified': info.mtime.toUTCString(),
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(filePath).pipe(res);
  }

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed', { Allow: 'GET, HEAD' });
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      send(res, 400, 'text/plain; charset=utf-8', 'Bad Request');
      return;
    }
    if (pathname.includes('\0')) {
      send(res, 400, 'text/plain; charset=utf-8', 'Bad Request');
      return;
    }
    // "/sub" without the slash: send the browser to the base so relative asset URLs resolve.
    if (base !== '/' && `${pathname}/` === base) {
      send(res, 301, 'text/plain; charset=utf-8', '', { Location: base + url.search });
      return;
    }
    if (!pathname.startsWith(base)) {
      send(res, 404, 'text/plain; charset=utf-8', 'Not Found');
      return;
    }
    const rel = pathname.slice(base.length);
    const filePath = path.resolve(root, `.${path.posix.sep}${rel}`);
    // Refuse anything that resolves outside the build folder (../ tricks).
    if (filePath !== root && !filePath.startsWith(root + path.sep)) {
      send(res, 404, 'text/plain; charset=utf-8', 'Not Found');
      return;
    }

    let target = filePath;
    let info = await fileInfo(target);
    if (!info && (rel === '' || rel.endsWith('/'))) {
      target = path.join(filePath, 'index.html');
      info = await fileInfo(target);
    }
    if (info) {
      await sendFile(req, res, target, info);
      return;
    }
    // SPA fallback: a page request for an unknown path gets the app; missing assets stay 404s.
    const looksLikeAsset = path.posix.extname(rel) !== '' || rel.startsWith('assets/');
    if (!looksLikeAsset && acceptsHtml(req)) {
      const index = path.join(root, 'index.html');
      const indexInfo = await fileInfo(index);
      if (indexInfo) {
        await sendFile(req, res, index, indexInfo);
        return;
      }
    }
    send(res, 404, 'text/plain; charset=utf-8', 'Not Found');
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4173, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 4173);
  const origin = `http://${host}:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    port,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections from a browser would otherwise hold close() open.
        server.closeAllConnections?.();
      }),
  };
}
