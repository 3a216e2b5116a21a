import { mockServices } from '@backstage/backend-test-utils';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../testing/testDatabases';
import { registerFromBody } from './__testUtils__/fromBody';
import { registryDatabase } from './__testUtils__/registryDatabase';
import { requestBodyOf } from './__testUtils__/requestBodies';
import { AccountRegistry } from './AccountRegistry';
import type { AccountConfigResources } from './readAccountConfig';
import { aNetwork } from './__testUtils__/resources';

jest.setTimeout(60_000);

const noConfig: AccountConfigResources = {
  'stack-templates': [],
  'cloud-credentials': [],
  'state-storages': [],
  networks: [],
};

describe('AccountRegistry when app-config gains the name of a registered resource', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  it.each(databases.eachSupportedId())(
    'shows the app-config one only, and keeps it read-only, %p',
    async databaseId => {
      const { database } = await registryDatabase(databases, databaseId);
      const urlReader = mockServices.urlReader.mock();
      const before = new AccountRegistry({
        database,
        configResources: noConfig,
        stackTemplateRoots: [],
        urlReader,
      });
      await registerFromBody(
        before,
        'networks',
        requestBodyOf('networks', 'lab'),
        'user:default/jane',
      );

      const declared = aNetwork({
        name: 'lab',
        title: 'Lab from config',
        origin: 'config',
      });
      const after = new AccountRegistry({
        database,
        configResources: { ...noConfig, networks: [declared] },
        stackTemplateRoots: [],
        urlReader,
      });
      await expect(after.list('networks')).resolves.toEqual([declared]);
      await expect(after.get('networks', 'lab')).resolves.toEqual(declared);
      await expect(after.delete('networks', 'lab')).rejects.toMatchObject({
        name: 'ConflictError',
      });
    },
  );
});
