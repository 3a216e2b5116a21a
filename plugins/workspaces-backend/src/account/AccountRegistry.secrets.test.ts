import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { randomUUID } from 'node:crypto';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../testing/testDatabases';
import { registerFromBody, replaceFromBody } from './__testUtils__/fromBody';
import { registryDatabase } from './__testUtils__/registryDatabase';
import { AccountRegistry } from './AccountRegistry';
import { readAccountConfig } from './readAccountConfig';
import { resolveSecretValues } from './resolveSecretValues';

jest.setTimeout(60_000);

const JANE = 'user:default/jane';
// A value nobody could type by chance: if it shows up anywhere, it leaked.
const CANARY = `canary-${randomUUID()}`;
const CANARY_VAR = `OQ_TEST_CANARY_${randomUUID().replace(/-/g, '_')}`;
const CONN_VAR = `${CANARY_VAR}_PG`;

const secretRef = (name: string, env: string) => ({ name, from: { env } });

describe('AccountRegistry and secret values', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  beforeAll(() => {
    process.env[CANARY_VAR] = CANARY;
    // Port 1 on loopback refuses at once, so the check reports the server unreachable.
    process.env[CONN_VAR] = `postgres://tf:${CANARY}@127.0.0.1:1/state`;
  });

  afterAll(() => {
    delete process.env[CANARY_VAR];
    delete process.env[CONN_VAR];
  });

  it.each(databases.eachSupportedId())(
    'never lets a referenced secret value into results, errors or rows, %p',
    async databaseId => {
      const { knex, database } = await registryDatabase(databases, databaseId);
      const registry = new AccountRegistry({
        database,
        configResources: readAccountConfig(
          new ConfigReader({
            workspaces: {
              account: {
                cloudCredentials: [
                  {
                    name: 'config-aws',
                    title: 'AWS from config',
                    provider: 'aws',
                    secrets: [secretRef('AWS_SECRET_ACCESS_KEY', CANARY_VAR)],
                  },
                ],
              },
            },
          }),
        ),
        stackTemplateRoots: [],
        urlReader: mockServices.urlReader.mock(),
      });
      const seen: unknown[] = [];
      const record = <T>(value: T) => {
        seen.push(value);
        return value;
      };
      const refusal = (promise: Promise<unknown>) =>
        promise.then(
          () => {
            throw new Error('expected a refusal');
          },
          error => record({ name: error.name, message: error.message }),
        );

      record(
        await registerFromBody(
          registry,
          'cloud-credentials',
          {
            name: 'api-aws',
            title: 'AWS from the API',
            provider: 'aws',
            identity: { accountId: '123456789012' },
            secrets: [secretRef('AWS_SECRET_ACCESS_KEY', CANARY_VAR)],
          },
          JANE,
        ),
      );
      record(
        await registerFromBody(
          registry,
          'state-storages',
          {
            name: 'team-pg',
            title: 'Team PostgreSQL',
            kind: 'pg',
            secrets: [secretRef('PG_CONN_STR', CONN_VAR)],
          },
          JANE,
        ),
      );
      // Attempts to put the value inline are refused without echoing it.
      for (const body of [
        { secrets: [{ name: 'AWS_SECRET_ACCESS_KEY', value: CANARY }] },
        { secrets: [{ name: 'AWS_SECRET_ACCESS_KEY', from: CANARY }] },
        { secrets: [{ name: CANARY, from: { env: CANARY_VAR } }] },
        { identity: { secretAccessKey: CANARY } },
        { password: CANARY },
      ]) {
        const attempt = {
          name: 'inline',
          title: 'Inline',
          provider: 'aws',
          ...body,
        };
        const error = await refusal(
          registerFromBody(registry, 'cloud-credentials', attempt, JANE),
        );
        expect(error).toMatchObject({ name: 'InputError' });
      }
      await refusal(
        registerFromBody(
          registry,
          'state-storages',
          {
            name: 'inline',
            title: 'Inline',
            kind: 'pg',
            settings: { conn_str: CANARY },
          },
          JANE,
        ),
      );

      record(await registry.check('cloud-credentials', 'config-aws'));
      record(await registry.check('cloud-credentials', 'api-aws'));
      const storageCheck = record(
        await registry.check('state-storages', 'team-pg'),
      );
      expect(storageCheck.status).toBe('warning');
      expect(storageCheck.messages[0]).toMatch(
        /^The PostgreSQL server at 127\.0\.0\.1:1 could not be reached/,
      );
      record(await registry.list('cloud-credentials'));
      record(await registry.list('state-storages'));
      record(await registry.get('cloud-credentials', 'config-aws'));
      await refusal(registry.delete('cloud-credentials', 'config-aws'));
      await refusal(
        replaceFromBody(
          registry,
          'cloud-credentials',
          'api-aws',
          { title: CANARY },
          JANE,
        ),
      );

      for (const table of ['account_resources', 'account_resource_checks']) {
        const rows = await knex(table).select();
        expect(rows.length).toBeGreaterThan(0);
        record(rows);
      }

      const everything = JSON.stringify(seen);
      expect(everything).toContain(CANARY_VAR);
      expect(everything).not.toContain(CANARY);
      // The reference works: the value is there for a job, and only for a job.
      const credential = await registry.get('cloud-credentials', 'api-aws');
      await expect(resolveSecretValues(credential)).resolves.toEqual({
        env: { AWS_SECRET_ACCESS_KEY: CANARY },
        values: [CANARY],
      });
    },
  );
});
