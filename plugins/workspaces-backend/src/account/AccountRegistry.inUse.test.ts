import { mockServices } from '@backstage/backend-test-utils';
import type { AccountResourceKind } from '@oqullus/plugin-workspaces-common';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../testing/testDatabases';
import {
  aWorkspaceUsing,
  registryDatabase,
} from './__testUtils__/registryDatabase';
import { registerFromBody } from './__testUtils__/fromBody';
import { requestBodyOf } from './__testUtils__/requestBodies';
import { AccountRegistry } from './AccountRegistry';

jest.setTimeout(60_000);

const JANE = 'user:default/jane';

describe('AccountRegistry.delete of a resource in use', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  it.each(databases.eachSupportedId())(
    'is refused while live workspaces use it, naming them, and allowed once they are deleted, %p',
    async databaseId => {
      const { database } = await registryDatabase(databases, databaseId);
      const registry = new AccountRegistry({
        database,
        configResources: {
          'stack-templates': [],
          'cloud-credentials': [],
          'state-storages': [],
          networks: [],
        },
        stackTemplateRoots: [],
        urlReader: mockServices.urlReader.mock(),
      });
      const names: Record<AccountResourceKind, string> = {
        'stack-templates': 'team-template',
        'cloud-credentials': 'team-aws',
        'state-storages': 'team-state',
        networks: 'team-net',
      };
      for (const [kind, name] of Object.entries(names)) {
        await registerFromBody(
          registry,
          kind as AccountResourceKind,
          requestBodyOf(kind as AccountResourceKind, name),
          JANE,
        );
      }
      const workspaces = database.stores.workspaces;
      const analytics = await workspaces.insert(
        aWorkspaceUsing('Analytics', {
          stackTemplate: 'team-template',
          cloudCredential: 'team-aws',
          stateStorage: 'team-state',
          network: 'team-net',
        }),
      );
      const ml = await workspaces.insert(
        aWorkspaceUsing('ML', { cloudCredential: 'team-aws' }),
      );
      await workspaces.update(ml.id, { status: 'failed' });
      const gone = await workspaces.insert(
        aWorkspaceUsing('Old', { cloudCredential: 'team-aws' }),
      );
      await workspaces.update(gone.id, { status: 'deleted' });

      await expect(
        registry.delete('cloud-credentials', 'team-aws'),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message: `The cloud credential 'team-aws' is used by 2 live workspaces: 'Analytics' (${analytics.externalId}), 'ML' (${ml.externalId}); delete those workspaces first`,
      });
      for (const kind of [
        'stack-templates',
        'state-storages',
        'networks',
      ] as const) {
        await expect(registry.delete(kind, names[kind])).rejects.toThrow(
          `is used by 1 live workspace: 'Analytics' (${analytics.externalId}); delete those workspaces first`,
        );
      }
      for (const kind of Object.keys(names) as AccountResourceKind[]) {
        await expect(registry.get(kind, names[kind])).resolves.toMatchObject({
          name: names[kind],
        });
      }

      await workspaces.update(analytics.id, { status: 'deleted' });
      await workspaces.update(ml.id, { status: 'deleted' });
      for (const kind of Object.keys(names) as AccountResourceKind[]) {
        await registry.delete(kind, names[kind]);
        await expect(registry.list(kind)).resolves.toEqual([]);
      }
    },
  );
});
