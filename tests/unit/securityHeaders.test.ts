// The CSP and the other security headers have one source (scripts/security-headers.mjs). Everything that
// states them must say the same: the <meta> of the built index.html and static wheel pages, serve-lib
// (npm start, the e2e tests), public/_headers and the nginx configuration of docs/hosting.md.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../scripts/security-headers.mjs';
import { SECURITY_HEADERS as SERVED_HEADERS } from '../../scripts/serve-lib.mjs';
import { LANGUAGES } from '../../src/i18n/languages';
import { ROOT, ensureBuild } from '../e2e/helpers/build';
import { HEADERS_FILE, SITES, hostingBlocks } from '../e2e/helpers/nginx';

const metaCsp = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replace(/&#39;/g, "'");

describe('the security headers', () => {
  let dist: string;
  beforeAll(() => {
    dist = ensureBuild({ outDir: 'dist', base: '/' });
  });

  it('keep everything on the origin, and the meta policy is the header without frame-ancestors', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(META_CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
    expect(SERVED_HEADERS).toEqual(SECURITY_HEADERS);
  });

  it('are in the built index.html and in every static wheel page', () => {
    expect(metaCsp(readFileSync(path.join(dist, 'index.html'), 'utf8'))).toBe(META_CONTENT_SECURITY_POLICY);
    for (const lng of LANGUAGES) expect(metaCsp(readFileSync(path.join(dist, 'wheel', lng, 'index.html'), 'utf8')), lng).toBe(META_CONTENT_SECURITY_POLICY);
  });

  it('are what public/_headers asks a host for', () => {
    const lines = readFileSync(path.join(ROOT, 'public', '_headers'), 'utf8').split('\n');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(lines.map((l) => l.trim())).toContain(`${name}: ${value}`);
  });

  it('are what the nginx configuration of docs/hosting.md sends, in every location', () => {
    const blocks = hostingBlocks();
    const headers = blocks.get(HEADERS_FILE) ?? '';
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers).toContain(`add_header ${name} "${value}" always;`);
    expect(headers.match(/add_header/g)).toHaveLength(Object.keys(SECURITY_HEADERS).length);
    for (const site of Object.values(SITES)) {
      const block = blocks.get(site) ?? '';
      const locations = block
        .split(/\n\s*location /)
        .slice(1)
        .filter((l) => !l.includes('return 301'));
      expect(locations.length, site).toBeGreaterThanOrEqual(3);
      for (const location of locations) expect(location, site).toContain('/etc/nginx/snippets/hjulet-headers.conf;');
    }
    // The table in the same document states the same policy.
    expect(readFileSync(path.join(ROOT, 'docs', 'hosting.md'), 'utf8')).toContain(`| Content-Security-Policy | \`${CONTENT_SECURITY_POLICY}\` |`);
  });
});
