import { migrateWorkspacesDatabase } from '../database';
import { spec } from '../schema/openapi/generated/spec';
import { startWorkspacesTestBackend } from '../testing/startWorkspacesTestBackend';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../testing/testDatabases';

jest.setTimeout(60_000);

// The router mounted on the spec serves it, as Backstage's own plugins do, for API
// explorers and for clients generated from it; like every route, to signed-in callers.
describe('the contract served by the API', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  it.each(databases.eachSupportedId())(
    'is at /openapi.json with the paths under the plugin, on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateWorkspacesDatabase(knex);
      const { as, http } = await startWorkspacesTestBackend({ knex });

      const served = await as('developer').get('/openapi.json');
      expect(served.status).toBe(200);
      expect(served.body.info).toEqual(spec.info);
      expect(Object.keys(served.body.paths).sort()).toEqual(
        Object.keys(spec.paths)
          .map(path => `/api/workspaces${path}`)
          .sort(),
      );

      const anonymous = await http.get('/api/workspaces/openapi.json');
      expect(anonymous.status).toBe(401);
    },
  );
});
