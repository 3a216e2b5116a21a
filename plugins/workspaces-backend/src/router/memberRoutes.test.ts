import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { migrateWorkspacesDatabase } from '../database';
import { exampleOrg } from '../__testUtils__/exampleOrg';
import {
  aCreateRequest,
  startWorkspacesTestBackend,
} from '../__testUtils__/startWorkspacesTestBackend';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

describe('member routes', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function start(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await migrateWorkspacesDatabase(knex);
    const backend = await startWorkspacesTestBackend({ knex });
    const created = await backend
      .as('admin')
      .post('/workspaces')
      .send(aCreateRequest({ owner: exampleOrg.developer.ref }));
    expect(created.status).toBe(201);
    const memberPath = (ref: string) =>
      `/workspaces/${created.body.id}/members/${encodeURIComponent(ref)}`;
    return { ...backend, id: created.body.id as string, memberPath };
  }

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it('refuses a user the catalog does not hold, with a sentence, and lists nothing', async () => {
      const { as, id, memberPath } = await start(databaseId);
      const refused = await as('developer')
        .put(memberPath('user:default/nobody.here'))
        .send({ role: 'viewer' });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatchObject({
        name: 'InputError',
        message:
          'user:default/nobody.here is not in the catalog: pick a user or group that exists',
      });
      const members = await as('developer').get(`/workspaces/${id}/members`);
      expect(members.body.items).toEqual([]);
    });

    it('refuses a group the catalog does not hold', async () => {
      const { as, memberPath } = await start(databaseId);
      const refused = await as('developer')
        .put(memberPath('group:default/no-such-team'))
        .send({ role: 'operator' });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toBe(
        'group:default/no-such-team is not in the catalog: pick a user or group that exists',
      );
    });

    it('adds users and groups the catalog holds, in their canonical form', async () => {
      const { as, id, memberPath } = await start(databaseId);
      await as('developer')
        .put(memberPath('User:default/noah.analyst'))
        .send({ role: 'viewer' })
        .expect(200);
      await as('developer')
        .put(memberPath('group:default/analytics'))
        .send({ role: 'operator' })
        .expect(200);
      const members = await as('developer').get(`/workspaces/${id}/members`);
      expect(
        members.body.items.map((m: { ref: string; role: string }) => [
          m.ref,
          m.role,
        ]),
      ).toEqual(
        expect.arrayContaining([
          ['user:default/noah.analyst', 'viewer'],
          ['group:default/analytics', 'operator'],
        ]),
      );
    });

    it('answers 403, not whether the ref exists, to someone who may not change members', async () => {
      const { as, memberPath } = await start(databaseId);
      const refused = await as('outsider')
        .put(memberPath('user:default/nobody.here'))
        .send({ role: 'viewer' });
      // The outsider cannot see the workspace at all.
      expect(refused.status).toBe(404);
      await as('developer')
        .put(memberPath(exampleOrg.outsider.ref))
        .send({ role: 'viewer' })
        .expect(200);
      const forbidden = await as('outsider')
        .put(memberPath('user:default/nobody.here'))
        .send({ role: 'viewer' });
      expect(forbidden.status).toBe(403);
    });
  });
});
