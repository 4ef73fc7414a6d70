#!/usr/bin/env node
// `npm start`: serves the built app (dist/) on 127.0.0.1 with the production security headers.
// Usage: node scripts/serve.mjs [--port 4173] [--dir dist] [--base /sub/]   (PORT env also works)
import { parseArgs } from 'node:util';
import { startServer } from './serve-lib.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p' },
    dir: { type: 'string', short: 'd' },
    base: { type: 'string', short: 'b' },
    host: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log('Usage: node scripts/serve.mjs [--port 4173] [--dir dist] [--base /sub/] [--host 127.0.0.1]');
  process.exit(0);
}

const port = Number(values.port ?? process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: invalid port "${values.port ?? process.env.PORT}"`);
  process.exit(2);
}

try {
  const server = await startServer({
    dir: values.dir ?? 'dist',
    port,
    base: values.base ?? process.env.BASE ?? '/',
    host: values.host ?? '127.0.0.1',
  });
  console.log(`Hjulet is served at ${server.url}`);
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
