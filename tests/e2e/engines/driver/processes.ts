// The helper programs the WebKit adapter starts (Xvfb, WebKitWebDriver): a free port and a free display
// each time, because other people run tests on the same machine at once; stopped by their own pid.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A TCP port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Started {
  readonly child: ChildProcess;
  /** The last output of the program, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

function killAll(): void {
  for (const child of running) child.kill('SIGKILL');
}

// A failed, crashed or interrupted test run must not leave displays and drivers behind: Vitest ends its
// worker with a signal, which skips 'exit' unless someone listens. Kill ours, then let the signal do its work.
process.once('exit', killAll);
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
  process.once(signal, () => {
    killAll();
    process.kill(process.pid, signal);
  });
}

/** Starts a program whose stdout/stderr is kept (the last 8 KB); extra pipes go to `stdio`'s tail. */
export function startProgram(command: string, args: string[], env: NodeJS.ProcessEnv, extraPipes = 0): Started {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe', ...Array<'pipe'>(extraPipes).fill('pipe')] });
  running.add(child);
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8192);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.once('exit', () => running.delete(child));
  return {
    child,
    output: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Xvfb on the first free display: it writes the display number to fd 3 once clients can connect. */
export async function startXvfb(): Promise<{ display: string; stop(): Promise<void> }> {
  const xvfb = startProgram('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp', '-noreset'], process.env, 1);
  const display = await new Promise<string>((resolve, reject) => {
    let text = '';
    const fd3 = xvfb.child.stdio[3] as NodeJS.ReadableStream;
    fd3.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /^(\d+)\n/.exec(text);
      if (match) resolve(`:${match[1]}`);
    });
    xvfb.child.once('error', reject);
    xvfb.child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${xvfb.output()}`)));
  });
  return { display, stop: xvfb.stop };
}
