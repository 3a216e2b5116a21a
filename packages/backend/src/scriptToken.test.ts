import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, startPortalBackend } from './__testUtils__/portalBackend';
import { portalTestConfig } from './__testUtils__/portalTestConfig';

jest.setTimeout(150_000);

/**
 * app-config.yaml ships no script token; a backend started without
 * OQULLUS_SCRIPT_TOKEN must not come up with a static token anybody could guess.
 */
describe('the static script token', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'oq-no-token-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true, maxRetries: 10 }));

  it('keeps the backend from starting when OQULLUS_SCRIPT_TOKEN is not set', async () => {
    const saved = process.env.OQULLUS_SCRIPT_TOKEN;
    delete process.env.OQULLUS_SCRIPT_TOKEN;
    try {
      const port = await freePort();
      const started = startPortalBackend({
        config: portalTestConfig({
          port,
          database: { kind: 'sqlite', directory: path.join(root, 'sqlite') },
          workDirectory: path.join(root, 'jobs'),
        }),
        configFile: path.join(root, 'app-config.test.yaml'),
        env: { OQULLUS_SANDBOX_API_KEY: 'sandbox-secret-for-portal-tests' },
      });
      await expect(started).rejects.toThrow(
        /The backend exited before it was ready:[\s\S]*The backend did not start:[\s\S]*backend\.auth\.externalAccess\[0\]\.options\.token/,
      );
    } finally {
      if (saved !== undefined) process.env.OQULLUS_SCRIPT_TOKEN = saved;
    }
  });
});
