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

describe('workspace routes', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function start(databaseId: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(databaseId);
    await migrateWorkspacesDatabase(knex);
    return startWorkspacesTestBackend({ knex });
  }

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it('takes a developer request through approval to a queued provisioning', async () => {
      const { as, recorded } = await start(databaseId);

      const created = await as('developer')
        .post('/workspaces')
        .send(aCreateRequest({ description: 'For the Q4 pipelines' }));
      expect(created.status).toBe(201);
      const workspace = created.body;
      expect(workspace).toMatchObject({
        name: 'Analytics sandbox',
        description: 'For the Q4 pipelines',
        owner: 'user:default/dana.dev',
        status: 'created',
        approval: { state: 'pending', requestedBy: 'user:default/dana.dev' },
        parameters: { region: 'eu-west-1', compute_size: 1 },
        provisioning: { network: null },
      });
      expect(workspace.externalId).toMatch(/^ws-[a-z0-9]{10}$/);
      expect(recorded.notifications).toEqual([
        expect.objectContaining({
          recipients: {
            type: 'entity',
            entityRef: [
              'group:default/platform-owners',
              'group:default/platform-admins',
            ],
          },
        }),
      ]);
      // People are named as the catalog names them, not by entity ref.
      expect(recorded.notifications[0].payload.description).toMatch(
        /^Dana Developer asked for workspace/,
      );

      const seen = await as('developer').get(`/workspaces/${workspace.id}`);
      expect(seen.status).toBe(200);
      expect(seen.body.allowedOperations.provision).toEqual({
        allowed: false,
        code: 'awaiting-approval',
        reason: expect.stringContaining('needs approval first'),
      });

      const approved = await as('admin')
        .post(`/workspaces/${workspace.id}/approval`)
        .send({ decision: 'approve', comment: 'Go ahead' });
      expect(approved.status).toBe(200);
      expect(approved.body.approval).toMatchObject({
        state: 'approved',
        decidedBy: 'user:default/adrian.admin',
        comment: 'Go ahead',
      });
      expect(recorded.notifications[1].payload.description).toBe(
        'Adrian Admin approved it; provisioning is queued.',
      );

      const jobs = await as('developer').get(
        `/workspaces/${workspace.id}/jobs`,
      );
      expect(jobs.body.items).toEqual([
        expect.objectContaining({
          operation: 'provision',
          status: 'queued',
          requestedBy: 'user:default/adrian.admin',
          steps: [
            expect.objectContaining({
              name: 'infrastructure',
              status: 'pending',
            }),
            expect.objectContaining({ name: 'orchestrator', kind: 'app' }),
            expect.objectContaining({ name: 'notebooks', kind: 'app' }),
          ],
        }),
      ]);

      const events = await as('developer').get(
        `/workspaces/${workspace.id}/events`,
      );
      expect(events.body.items.map((e: { type: string }) => e.type)).toEqual([
        'workspace.created',
        'approval.requested',
        'approval.granted',
        'job.queued',
      ]);
      const after = events.body.items[1].id;
      const tail = await as('developer').get(
        `/workspaces/${workspace.id}/events?after=${after}`,
      );
      expect(tail.body.items).toHaveLength(2);
      expect(recorded.signals.length).toBeGreaterThan(0);
    });

    it('lists by the sort asked for, and refuses a sort it does not know', async () => {
      const { as } = await start(databaseId);
      for (const name of ['Bravo lake', 'alpha lake', 'Charlie lake']) {
        await as('developer')
          .post('/workspaces')
          .send(aCreateRequest({ name }))
          .expect(201);
      }
      const byName = await as('developer').get(
        '/workspaces?sort=name&order=desc&limit=2',
      );
      expect(byName.status).toBe(200);
      expect(byName.body.items.map((w: any) => w.name)).toEqual([
        'Charlie lake',
        'Bravo lake',
      ]);
      const rest = await as('developer').get(
        `/workspaces?sort=name&order=desc&limit=2&cursor=${byName.body.nextCursor}`,
      );
      expect(rest.body.items.map((w: any) => w.name)).toEqual(['alpha lake']);

      const unknown = await as('developer').get('/workspaces?sort=owner');
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toContain('sort');
      const orderAlone = await as('developer').get('/workspaces?order=asc');
      expect(orderAlone.status).toBe(400);
      expect(orderAlone.body.error.message).toContain(
        'order needs sort: name the column to sort by, or leave order out',
      );
    });

    it('lists the requests waiting for approval, and refuses an approval state it does not know', async () => {
      const { as } = await start(databaseId);
      await as('developer')
        .post('/workspaces')
        .send(aCreateRequest({ name: 'Waiting lake' }))
        .expect(201);
      await as('admin')
        .post('/workspaces')
        .send(aCreateRequest({ name: 'Built lake' }))
        .expect(201);

      const pending = await as('admin').get(
        '/workspaces?scope=all&approval=pending',
      );
      expect(pending.status).toBe(200);
      expect(pending.body.items.map((w: any) => w.name)).toEqual([
        'Waiting lake',
      ]);
      const notRequired = await as('admin').get(
        '/workspaces?scope=all&approval=not-required',
      );
      expect(notRequired.body.items.map((w: any) => w.name)).toEqual([
        'Built lake',
      ]);

      const unknown = await as('admin').get('/workspaces?approval=waiting');
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toContain('approval');
    });

    it('queues provisioning at once for an Admin', async () => {
      const { as } = await start(databaseId);
      const created = await as('admin')
        .post('/workspaces')
        .send(aCreateRequest());
      expect(created.status).toBe(201);
      expect(created.body.approval.state).toBe('not-required');
      const view = await as('admin').get(`/workspaces/${created.body.id}`);
      expect(view.body.activeJob).toMatchObject({
        operation: 'provision',
        status: 'queued',
      });
    });
  });
});
