/* eslint-disable jest/no-export -- a helper for test files, not a test file itself */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

const backendDir = path.resolve(__dirname, '../..');
const repoRoot = path.resolve(backendDir, '../..');
const nodeTransform = path.join(
  repoRoot,
  'node_modules/@backstage/cli/config/nodeTransform.cjs',
);

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
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

/** How a backend process ended, and how long after it was signalled. */
export type PortalBackendExit = {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** From the signal to the exit; undefined when it ended on its own. */
  afterSignalMs?: number;
};

export type PortalBackend = {
  /** e.g. http://localhost:7123 */
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything it printed, for assertions and for failure messages. */
  output: string[];
  /** Resolves once the process has exited. */
  exited: Promise<PortalBackendExit>;
  /** Sends the signal and waits for the exit. */
  signal(signal: NodeJS.Signals): Promise<PortalBackendExit>;
};

/**
 * The example portal's backend (`packages/backend/src/index.ts`, every plugin of it) in
 * a process of its own, as an operator runs it (NODE_ENV=production), on the README's
 * app-config.yaml plus `config`: tests kill it, restart it and run two of it.
 */
export async function startPortalBackend(options: {
  /** Written after app-config.yaml: ports, database, runner settings. */
  config: Record<string, unknown>;
  configFile: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<PortalBackend> {
  const port = (options.config.backend as { listen: { port: number } }).listen
    .port;
  // JSON is YAML: Backstage reads it as a config file like any other.
  await writeFile(options.configFile, JSON.stringify(options.config, null, 2));
  const child = spawn(
    process.execPath,
    [
      '-r',
      nodeTransform,
      'src/index.ts',
      '--config',
      path.join(repoRoot, 'app-config.yaml'),
      '--config',
      options.configFile,
    ],
    {
      cwd: backendDir,
      env: { ...process.env, NODE_ENV: 'production', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  child.stdout!.on('data', chunk => output.push(String(chunk)));
  child.stderr!.on('data', chunk => output.push(String(chunk)));
  let signalledAt: number | undefined;
  const exited = new Promise<PortalBackendExit>(resolve =>
    child.once('exit', (code, signal) =>
      resolve({
        code,
        signal,
        afterSignalMs:
          signalledAt === undefined ? undefined : Date.now() - signalledAt,
      }),
    ),
  );
  const url = `http://localhost:${port}`;
  const backend: PortalBackend = {
    url,
    port,
    child,
    output,
    exited,
    signal: async signal => {
      signalledAt = Date.now();
      child.kill(signal);
      return exited;
    },
  };
  await waitUntilReady(backend, options.timeoutMs ?? 120_000);
  return backend;
}

async function waitUntilReady(backend: PortalBackend, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let exitedEarly = false;
  void backend.exited.then(() => {
    exitedEarly = true;
  });
  for (;;) {
    if (exitedEarly) {
      throw new Error(
        `The backend exited before it was ready:\n${backend.output.join('')}`,
      );
    }
    const ready = await fetch(`${backend.url}/.backstage/health/v1/readiness`)
      .then(response => response.ok)
      .catch(() => false);
    if (ready) return;
    if (Date.now() > deadline) {
      backend.child.kill('SIGKILL');
      throw new Error(
        `The backend was not ready within ${timeoutMs} ms:\n${backend.output
          .join('')
          .slice(-5000)}`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}
