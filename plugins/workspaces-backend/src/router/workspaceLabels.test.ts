import { migrateWorkspacesDatabase } from '../database';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import {
  aCreateRequest,
  startWorkspacesTestBackend,
} from '../__testUtils__/startWorkspacesTestBackend';

jest.setTimeout(60_000);

describe('workspace labels', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it('are kept from creation, replaced as a whole by a settings change, and recorded as a change', async () => {
      const knex = await databases.init(databaseId);
      await migrateWorkspacesDatabase(knex);
      const { as } = await startWorkspacesTestBackend({ knex });

      const created = await as('admin')
        .post('/workspaces')
        .send(
          aCreateRequest({
            labels: { team: 'data-platform', environment: 'staging' },
          }),
        );
      expect(created.status).toBe(201);
      expect(created.body.labels).toEqual({
        team: 'data-platform',
        environment: 'staging',
      });
      const id = created.body.id;

      const withoutLabels = await as('admin')
        .post('/workspaces')
        .send(aCreateRequest({ name: 'No labels' }));
      expect(withoutLabels.body.labels).toEqual({});

      const changed = await as('admin')
        .patch(`/workspaces/${id}`)
        .send({ labels: { team: 'analytics', 'cost-centre': '' } });
      expect(changed.status).toBe(200);
      expect(changed.body.labels).toEqual({
        team: 'analytics',
        'cost-centre': '',
      });

      const read = await as('admin').get(`/workspaces/${id}`);
      expect(read.body.labels).toEqual({
        team: 'analytics',
        'cost-centre': '',
      });
      const listed = await as('admin').get('/workspaces?scope=all');
      expect(
        listed.body.items.find((w: { id: string }) => w.id === id).labels,
      ).toEqual({ team: 'analytics', 'cost-centre': '' });

      const events = await as('admin').get(`/workspaces/${id}/events`);
      expect(
        events.body.items.find(
          (e: { type: string }) => e.type === 'settings.changed',
        ),
      ).toMatchObject({ data: { changes: ['labels'] } });

      const cleared = await as('admin')
        .patch(`/workspaces/${id}`)
        .send({ labels: {} });
      expect(cleared.body.labels).toEqual({});
    });
  });
});
