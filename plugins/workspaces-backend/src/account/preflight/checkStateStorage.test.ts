import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { aStateStorage } from '../__testUtils__/resources';
import { checkStateStorage } from './checkStateStorage';
import type { PreflightContext } from './PreflightContext';

describe('checkStateStorage', () => {
  const mockDir = createMockDirectory();
  let context: PreflightContext;

  beforeEach(() => {
    mockDir.setContent({ state: {}, 'a-file': '' });
    context = {
      env: {},
      workingDirectory: mockDir.path,
      stackTemplateRoots: [],
      urlReader: mockServices.urlReader.mock(),
      connectTimeoutMs: 2000,
    };
  });

  const check = async (overrides: Parameters<typeof aStateStorage>[0]) =>
    (await checkStateStorage(aStateStorage(overrides), context)).toValidation(
      't',
    );

  it('passes the built-in storage as it is', async () => {
    await expect(check({ kind: 'builtin' })).resolves.toEqual({
      status: 'valid',
      messages: [],
      checkedAt: 't',
    });
  });

  it.each([
    ['s3', { bucket: 'tf-state', region: 'eu-west-1' }, ['region']],
    ['gcs', { bucket: 'tf-state' }, ['bucket']],
    [
      'azurerm',
      { storage_account_name: 'acme', container_name: 'tfstate' },
      ['container_name'],
    ],
    ['http', { address: 'https://state.example.com' }, ['address']],
  ] as const)(
    'checks the settings %s needs',
    async (kind, settings, dropped) => {
      await expect(check({ kind, settings })).resolves.toMatchObject({
        status: 'valid',
      });
      const partial = Object.fromEntries(
        Object.entries(settings).filter(
          ([key]) => !(dropped as readonly string[]).includes(key),
        ),
      );
      await expect(check({ kind, settings: partial })).resolves.toMatchObject({
        status: 'broken',
        messages: dropped.map(
          setting =>
            `The ${kind} backend needs settings.${setting}: add it to the state storage`,
        ),
      });
    },
  );

  it("checks a storage's secret references like a credential's", async () => {
    const secrets = [
      { name: 'TF_HTTP_PASSWORD', from: { env: 'STATE_PASSWORD' } },
    ];
    const settings = { address: 'https://state.example.com' };
    await expect(
      check({ kind: 'http', settings, secrets }),
    ).resolves.toMatchObject({
      status: 'broken',
      messages: [
        "Environment variable STATE_PASSWORD referenced by secret 'TF_HTTP_PASSWORD' is not set on the backend: set it in the backend's environment and restart it",
      ],
    });
  });

  describe('local', () => {
    it('passes an existing writable directory, and one that can be created', async () => {
      await expect(
        check({ kind: 'local', settings: { path: 'state' } }),
      ).resolves.toMatchObject({ status: 'valid' });
      await expect(
        check({
          kind: 'local',
          settings: { path: mockDir.resolve('state/new/deeper') },
        }),
      ).resolves.toMatchObject({
        status: 'valid',
      });
    });

    it('asks for the path setting', async () => {
      await expect(check({ kind: 'local' })).resolves.toMatchObject({
        status: 'broken',
        messages: [
          'The local backend needs settings.path: the directory the state files are written to',
        ],
      });
    });

    it('refuses a path that is, or lies below, a file', async () => {
      await expect(
        check({ kind: 'local', settings: { path: 'a-file' } }),
      ).resolves.toMatchObject({
        messages: [
          `settings.path ${mockDir.resolve(
            'a-file',
          )} is a file, not a directory: point it at a directory`,
        ],
      });
      await expect(
        check({ kind: 'local', settings: { path: 'a-file/state' } }),
      ).resolves.toMatchObject({
        messages: [
          `settings.path ${mockDir.resolve(
            'a-file/state',
          )} cannot be created because ${mockDir.resolve(
            'a-file',
          )} is a file: point it elsewhere`,
        ],
      });
    });
  });

  describe('pg', () => {
    let server: Server;
    let port: number;

    beforeEach(async () => {
      server = createServer(socket => socket.destroy());
      await new Promise<void>(resolve =>
        server.listen(0, '127.0.0.1', resolve),
      );
      port = (server.address() as AddressInfo).port;
    });

    afterEach(async () => {
      await new Promise(resolve => server.close(resolve));
    });

    const pg = (env: string) => ({
      kind: 'pg' as const,
      secrets: [{ name: 'PG_CONN_STR', from: { env } }],
    });

    it('passes when the server in the connection string accepts a connection', async () => {
      context.env.STATE_PG = `postgres://tf:canary-pw@127.0.0.1:${port}/state`;
      await expect(check(pg('STATE_PG'))).resolves.toEqual({
        status: 'valid',
        messages: [],
        checkedAt: 't',
      });
    });

    it('warns, naming only host and port, when the server cannot be reached', async () => {
      await new Promise(resolve => server.close(resolve));
      server = createServer();
      context.env.STATE_PG = `host=127.0.0.1 port=${port} password=canary-pw`;
      const validation = await check(pg('STATE_PG'));
      expect(validation).toEqual({
        status: 'warning',
        messages: [
          `The PostgreSQL server at 127.0.0.1:${port} could not be reached from the backend (ECONNREFUSED): check that it runs and that the network lets the backend through`,
        ],
        checkedAt: 't',
      });
      expect(JSON.stringify(validation)).not.toContain('canary-pw');
    });

    it('warns when no PG_CONN_STR secret is referenced', async () => {
      await expect(check({ kind: 'pg' })).resolves.toMatchObject({
        status: 'warning',
        messages: [
          "No secret named PG_CONN_STR is referenced: the pg backend reads its connection string from it; add { name: 'PG_CONN_STR', from: { env: 'NAME' } }",
        ],
      });
    });

    it('skips the reachability check when the server cannot be derived', async () => {
      context.env.STATE_PG = 'host=/var/run/postgresql';
      await expect(check(pg('STATE_PG'))).resolves.toMatchObject({
        status: 'valid',
      });
    });
  });
});
