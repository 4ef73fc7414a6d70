// Runs Debian's nginx with the configuration of docs/hosting.md, as it is written there: only the lines a
// test cannot keep (listen, server_name, root, certificates, the include's path) are changed. nginx runs
// in the foreground with its own prefix, pid, logs and temporary folders in a temp dir, on a free port of
// 127.0.0.1 (as root on CI, where its workers run as nobody: the served files are made world-readable).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './build';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** The nginx blocks of docs/hosting.md by the file each names in its first line ("# file: …"). */
export function hostingBlocks(): Map<string, string> {
  const doc = readFileSync(path.join(ROOT, 'docs', 'hosting.md'), 'utf8');
  const blocks = new Map<string, string>();
  for (const [, body] of doc.matchAll(/```nginx\n([\s\S]*?)```/g)) {
    const name = /^# file: (\S+)/.exec(body ?? '')?.[1];
    if (name && body) blocks.set(path.posix.basename(name), body);
  }
  return blocks;
}

export const HEADERS_FILE = 'hjulet-headers.conf';
export const SITES = { root: 'hjulet.conf', subPath: 'www-with-hjulet.conf' } as const;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The site's block for a test: its own port and root, the headers file next to it, no TLS. */
export function siteForTest(block: string, { port, root, headers }: { port: number; root: string; headers: string }): string {
  return block
    .replace(/^(\s*)listen [^;]+;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)server_name [^;]+;/m, '$1server_name localhost;')
    .replace(/^\s*ssl_[a-z_]+ [^;]+;\n/gm, '')
    .replace(/^(\s*)root [^;]+;/m, `$1root ${root};`)
    .replaceAll('/etc/nginx/snippets/hjulet-headers.conf', headers);
}

export interface RunningNginx {
  origin: string;
  /** The folder nginx serves as the site's root (for the root site, the app's own folder). */
  www: string;
  close(): Promise<void>;
}

function waitForPort(port: number, child: ChildProcess, log: string, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) {
        reject(new Error(`nginx exited (${child.exitCode}): ${existsSync(log) ? readFileSync(log, 'utf8') : ''}`));
        return;
      }
      fetch(`http://127.0.0.1:${port}/`, { method: 'HEAD' }).then(
        () => resolve(),
        () => (Date.now() - started > timeoutMs ? reject(new Error('nginx did not start')) : setTimeout(attempt, 100)),
      );
    };
    attempt();
  });
}

/** Starts nginx with one site of docs/hosting.md; `www` is created empty and world-readable. */
export async function startNginx(site: keyof typeof SITES): Promise<RunningNginx> {
  const blocks = hostingBlocks();
  const headersBlock = blocks.get(HEADERS_FILE);
  const siteBlock = blocks.get(SITES[site]);
  if (!headersBlock || !siteBlock) throw new Error('docs/hosting.md lacks an nginx block the test needs');
  const dir = mkdtempSync(path.join(tmpdir(), 'hjulet-nginx-'));
  const www = path.join(dir, 'www');
  for (const sub of ['www', 'temp', 'logs']) mkdirSync(path.join(dir, sub));
  chmodSync(dir, 0o755);
  chmodSync(www, 0o755);
  const port = await freePort();
  const headers = path.join(dir, HEADERS_FILE);
  writeFileSync(headers, headersBlock);
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, 'temp', name)};`;
  const log = path.join(dir, 'logs', 'error.log');
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${log} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '    include /etc/nginx/mime.types;',
      '    default_type application/octet-stream;',
      '    access_log off;',
      `    ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      siteForTest(siteBlock, { port, root: www, headers }),
      '}',
      '',
    ].join('\n'),
  );
  const check = spawnSync(NGINX, ['-t', '-p', dir, '-e', log, '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t failed: ${check.stderr}`);
  const child = spawn(NGINX, ['-p', dir, '-e', log, '-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore' });
  await waitForPort(port, child, log);
  return {
    origin: `http://127.0.0.1:${port}`,
    www,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // SIGQUIT: a graceful stop of the master and its worker.
        child.kill('SIGQUIT');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
