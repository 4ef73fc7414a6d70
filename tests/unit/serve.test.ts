// The static server behind `npm start` and the e2e tests: headers, MIME types, caching, SPA fallback,
// sub-path and no way out of the build folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, startServer, type RunningServer } from '../../scripts/serve-lib.mjs';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw GET (no URL normalisation, unlike fetch) so that ../ reaches the server as sent. */
function get(port: number, rawPath: string, accept = 'text/html'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, headers: { accept } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let dir: string;
let root: RunningServer;
let sub: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'hjulet-serve-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(dir, 'sw.js'), 'self.x = 1;');
  writeFileSync(path.join(dir, 'manifest.webmanifest'), '{}');
  writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'export {};');
  writeFileSync(path.join(dir, 'assets', 'noto-abc123.woff2'), 'font');
  writeFileSync(path.join(tmpdir(), 'hjulet-serve-secret.txt'), 'secret');
  root = await startServer({ dir, port: 0, quiet: true });
  sub = await startServer({ dir, port: 0, base: '/hjulet', quiet: true });
});

afterAll(async () => {
  await root?.close();
  await sub?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(path.join(tmpdir(), 'hjulet-serve-secret.txt'), { force: true });
});

describe('startServer', () => {
  it('listens on 127.0.0.1 and reports its URL', () => {
    expect(root.url).toBe(`http://127.0.0.1:${root.port}/`);
    expect(sub.url).toBe(`http://127.0.0.1:${sub.port}/hjulet/`);
  });

  it('sends the security headers on every response, errors included', async () => {
    for (const p of ['/', '/assets/index-abc123.js', '/nope.png']) {
      const { headers } = await get(root.port, p);
      expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['permissions-policy']).toContain('camera=()');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });

  it('sends MIME types and cache rules that a PWA needs', async () => {
    const manifest = await get(root.port, '/manifest.webmanifest');
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
    expect(manifest.headers['cache-control']).toBe('no-cache');
    const sw = await get(root.port, '/sw.js');
    expect(sw.headers['content-type']).toMatch(/^text\/javascript/);
    expect(sw.headers['cache-control']).toBe('no-cache');
    const page = await get(root.port, '/');
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = await get(root.port, '/assets/index-abc123.js');
    expect(asset.headers['cache-control']).toContain('immutable');
    const font = await get(root.port, '/assets/noto-abc123.woff2');
    expect(font.headers['content-type']).toBe('font/woff2');
  });

  it('answers unknown page paths with the app, but missing files with 404', async () => {
    const page = await get(root.port, '/some/route');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>app</title>');
    expect((await get(root.port, '/assets/missing.js', '*/*')).status).toBe(404);
    expect((await get(root.port, '/missing.png', 'image/png')).status).toBe(404);
  });

  it('serves under a sub-path only', async () => {
    expect((await get(sub.port, '/hjulet/')).body).toContain('<title>app</title>');
    expect((await get(sub.port, '/hjulet/assets/index-abc123.js')).status).toBe(200);
    const bare = await get(sub.port, '/hjulet');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/hjulet/');
    expect((await get(sub.port, '/index.html')).status).toBe(404);
  });

  it('never serves a file outside the build folder', async () => {
    for (const p of ['/../hjulet-serve-secret.txt', '/%2e%2e/hjulet-serve-secret.txt', '/..%2fhjulet-serve-secret.txt']) {
      const reply = await get(root.port, p, '*/*');
      expect(reply.body).not.toContain('secret');
    }
  });
});
