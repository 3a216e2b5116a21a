import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { accountResourceKinds } from '@oqullus/plugin-workspaces-common';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../testing/testDatabases';
import { registerFromBody, replaceFromBody } from './__testUtils__/fromBody';
import { registryDatabase } from './__testUtils__/registryDatabase';
import { requestBodyOf } from './__testUtils__/requestBodies';
import { AccountRegistry } from './AccountRegistry';
import { readAccountConfig } from './readAccountConfig';

jest.setTimeout(60_000);

const CREATED = '2026-11-28T10:00:00.000Z';
const REPLACED = '2026-11-28T11:00:00.000Z';
const JANE = 'user:default/jane';

const configAccount = {
  networks: [
    {
      name: 'corp-net',
      title: 'Corporate network',
      provider: 'aws',
      networkId: 'vpc-corp',
    },
  ],
  stateStorages: [{ name: 'builtin', title: 'Built-in', kind: 'builtin' }],
};

describe('AccountRegistry', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function setUp(databaseId: TestDatabaseId) {
    const { knex, database } = await registryDatabase(databases, databaseId);
    let now = CREATED;
    const registry = new AccountRegistry({
      database,
      configResources: readAccountConfig(
        new ConfigReader({ workspaces: { account: configAccount } }),
      ),
      stackTemplateRoots: [],
      urlReader: mockServices.urlReader.mock(),
      clock: () => new Date(now),
    });
    return { knex, registry, setNow: (time: string) => (now = time) };
  }

  it.each(databases.eachSupportedId())(
    'registers, gets, replaces and deletes a resource of each kind, %p',
    async databaseId => {
      const { registry, setNow } = await setUp(databaseId);
      for (const kind of accountResourceKinds) {
        const body = requestBodyOf(kind, 'team-a');
        const created = await registerFromBody(registry, kind, body, JANE);
        expect(created).toMatchObject({
          ...body,
          origin: 'database',
          validation: { status: 'unknown', messages: [] },
          createdAt: CREATED,
          updatedAt: CREATED,
        });
        await expect(registry.get(kind, 'team-a')).resolves.toEqual(created);

        setNow(REPLACED);
        const { name: _name, ...withoutName } = body;
        const replaced = await replaceFromBody(
          registry,
          kind,
          'team-a',
          { ...withoutName, title: 'Renamed', description: 'Now described' },
          JANE,
        );
        expect(replaced).toMatchObject({
          name: 'team-a',
          title: 'Renamed',
          description: 'Now described',
          createdAt: CREATED,
          updatedAt: REPLACED,
        });
        await expect(registry.get(kind, 'team-a')).resolves.toEqual(replaced);

        await registry.delete(kind, 'team-a');
        await expect(registry.get(kind, 'team-a')).rejects.toThrow(
          /^No .+ named 'team-a' is registered; list them with GET \/account\//,
        );
        setNow(CREATED);
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'lists config and database resources together, sorted by name, each with its check result, %p',
    async databaseId => {
      const { registry } = await setUp(databaseId);
      await registerFromBody(
        registry,
        'networks',
        requestBodyOf('networks', 'z-net'),
        JANE,
      );
      await registerFromBody(
        registry,
        'networks',
        requestBodyOf('networks', 'a-net'),
        JANE,
      );
      const checked = await registry.check('networks', 'corp-net');

      const listed = await registry.list('networks');
      expect(listed.map(n => [n.name, n.origin, n.validation.status])).toEqual([
        ['a-net', 'database', 'unknown'],
        ['corp-net', 'config', 'warning'],
        ['z-net', 'database', 'unknown'],
      ]);
      expect(listed[1]).toEqual({
        name: 'corp-net',
        title: 'Corporate network',
        provider: 'aws',
        networkId: 'vpc-corp',
        origin: 'config',
        validation: checked,
      });
      expect(checked).toEqual({
        status: 'warning',
        messages: [
          'No region is given: set the aws region the network lives in, so templates can place resources beside it',
        ],
        checkedAt: CREATED,
      });
      await expect(registry.get('networks', 'corp-net')).resolves.toEqual(
        listed[1],
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'stores each check result, and forgets it when the resource is replaced, %p',
    async databaseId => {
      const { registry } = await setUp(databaseId);
      const body = { ...requestBodyOf('networks', 'lab'), region: undefined };
      await registerFromBody(registry, 'networks', body, JANE);
      await expect(registry.check('networks', 'lab')).resolves.toMatchObject({
        status: 'warning',
      });
      expect((await registry.get('networks', 'lab')).validation.status).toBe(
        'warning',
      );

      await replaceFromBody(
        registry,
        'networks',
        'lab',
        { ...body, region: 'eu-west-1' },
        JANE,
      );
      expect((await registry.get('networks', 'lab')).validation).toEqual({
        status: 'unknown',
        messages: [],
      });
      await expect(registry.check('networks', 'lab')).resolves.toEqual({
        status: 'valid',
        messages: [],
        checkedAt: CREATED,
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses invalid bodies with an InputError naming each field, %p',
    async databaseId => {
      const { registry } = await setUp(databaseId);
      const body = {
        ...requestBodyOf('networks', 'lab'),
        cidr: '10.0.0.0/99',
        vpc: 'x',
      };
      const error = await registerFromBody(
        registry,
        'networks',
        body,
        JANE,
      ).catch(e => e);
      expect(error.name).toBe('InputError');
      expect(error.message).toBe(
        'cidr: Must be an IPv4 CIDR block such as 10.0.0.0/16; Unknown field "vpc"; the allowed fields are name, title, description, owner, provider, networkId, cidr, region, subnets',
      );
      await expect(
        registerFromBody(registry, 'networks', 'not an object', JANE),
      ).rejects.toThrow('Must be an object');
      await expect(registry.list('networks')).resolves.toHaveLength(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses a duplicate name and a name declared in app-config, %p',
    async databaseId => {
      const { registry } = await setUp(databaseId);
      await registerFromBody(
        registry,
        'networks',
        requestBodyOf('networks', 'lab'),
        JANE,
      );
      await expect(
        registerFromBody(
          registry,
          'networks',
          requestBodyOf('networks', 'lab'),
          JANE,
        ),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message:
          "A network named 'lab' already exists; choose another name, or update the existing one",
      });
      await expect(
        registerFromBody(
          registry,
          'state-storages',
          requestBodyOf('state-storages', 'builtin'),
          JANE,
        ),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message:
          "A state storage named 'builtin' is declared in app-config (workspaces.account.stateStorages); choose another name",
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps resources declared in app-config read-only, %p',
    async databaseId => {
      const { registry } = await setUp(databaseId);
      const readOnly = {
        name: 'ConflictError',
        message:
          "'corp-net' is declared in app-config (workspaces.account.networks) and is read-only here; change it there",
      };
      await expect(
        replaceFromBody(
          registry,
          'networks',
          'corp-net',
          requestBodyOf('networks', 'corp-net'),
          JANE,
        ),
      ).rejects.toMatchObject(readOnly);
      await expect(
        registry.delete('networks', 'corp-net'),
      ).rejects.toMatchObject(readOnly);
      await expect(registry.get('networks', 'corp-net')).resolves.toMatchObject(
        {
          origin: 'config',
        },
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'takes the name of a replacement from the path and refuses a rename, %p',
    async databaseId => {
      const { registry } = await setUp(databaseId);
      await registerFromBody(
        registry,
        'networks',
        requestBodyOf('networks', 'lab'),
        JANE,
      );
      await expect(
        replaceFromBody(
          registry,
          'networks',
          'lab',
          requestBodyOf('networks', 'lab2'),
          JANE,
        ),
      ).rejects.toMatchObject({
        name: 'InputError',
        message:
          "name: The body names 'lab2' but the path names 'lab'; a resource cannot be renamed: register it under the new name and delete the old one",
      });
      await expect(
        replaceFromBody(
          registry,
          'networks',
          'missing',
          requestBodyOf('networks', 'missing'),
          JANE,
        ),
      ).rejects.toMatchObject({
        name: 'NotFoundError',
        message:
          "No network named 'missing' is registered; register it with POST first",
      });
      await expect(
        registry.delete('networks', 'missing'),
      ).rejects.toMatchObject({
        name: 'NotFoundError',
        message:
          "No network named 'missing' is registered; list them with GET /account/networks",
      });
      await expect(
        registry.check('stack-templates', 'missing'),
      ).rejects.toMatchObject({
        name: 'NotFoundError',
        message:
          "No stack template named 'missing' is registered; list them with GET /account/stack-templates",
      });
    },
  );
});
