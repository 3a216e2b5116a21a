import { aCreateRequest } from '../__testUtils__/startWorkspacesTestBackend';
import { startOnDatabase } from '../__testUtils__/teamWorkspace';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';

jest.setTimeout(120_000);

describe('concurrent requests', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it('queues exactly one of 20 simultaneous syncs of a Running workspace and refuses the rest with 409', async () => {
      const { as, knex } = await startOnDatabase(databases, databaseId);
      const created = await as('admin')
        .post('/workspaces')
        .send(aCreateRequest());
      expect(created.status).toBe(201);
      const id = created.body.id;
      // The runner's part, done by hand: provisioning succeeded and the workspace runs.
      await knex('jobs')
        .where({ workspace_id: id })
        .update({ status: 'succeeded' });
      await knex('workspaces').where({ id }).update({ status: 'running' });
      const before = await as('admin').get(`/workspaces/${id}`);
      expect(before.body).toMatchObject({ status: 'running', activeJob: null });

      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          as(i % 2 ? 'admin' : 'accountOwner')
            .post(`/workspaces/${id}/operations`)
            .send({ operation: 'sync-infrastructure' }),
        ),
      );

      const statuses = responses.map(r => r.status).sort();
      expect(statuses).toEqual([202, ...Array(19).fill(409)]);
      for (const refused of responses.filter(r => r.status === 409)) {
        expect(refused.body.error).toMatchObject({
          name: 'ConflictError',
          message: expect.stringMatching(
            /^Sync Infrastructure must wait: .+; wait for it to finish or cancel it/,
          ),
        });
      }
      const accepted = responses.find(r => r.status === 202)!;
      const active = await knex('jobs')
        .where({ workspace_id: id })
        .whereIn('status', ['queued', 'running']);
      expect(active).toEqual([
        expect.objectContaining({
          id: accepted.body.job.id,
          operation: 'sync-infrastructure',
          status: 'queued',
        }),
      ]);
      const queuedEvents = await knex('events').where({
        workspace_id: id,
        type: 'job.queued',
        job_id: accepted.body.job.id,
      });
      expect(queuedEvents).toHaveLength(1);
    });

    it.each([
      ['Running', 'running', 'succeeded'],
      ['Provisioning', 'provisioning', 'running'],
    ])(
      'queues exactly one destroy job for 10 simultaneous deletes of a %s workspace and answers all with it',
      async (_label, status, provisionJob) => {
        const { as, knex } = await startOnDatabase(databases, databaseId);
        const created = await as('admin')
          .post('/workspaces')
          .send(aCreateRequest());
        expect(created.status).toBe(201);
        const id = created.body.id;
        // The runner's part, done by hand: the provision job ran or still runs.
        await knex('jobs')
          .where({ workspace_id: id })
          .update({ status: provisionJob });
        await knex('workspaces').where({ id }).update({ status });

        const responses = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            as(i % 2 ? 'admin' : 'accountOwner').delete(`/workspaces/${id}`),
          ),
        );

        expect(responses.map(r => r.status)).toEqual(Array(10).fill(202));
        const jobIds = new Set(responses.map(r => r.body.job.id));
        expect(jobIds.size).toBe(1);
        const [jobId] = jobIds;
        const destroys = await knex('jobs').where({
          workspace_id: id,
          operation: 'destroy',
        });
        expect(destroys).toEqual([
          expect.objectContaining({ id: jobId, status: 'queued' }),
        ]);
        const queuedEvents = await knex('events').where({
          workspace_id: id,
          type: 'job.queued',
          job_id: jobId,
        });
        expect(queuedEvents).toHaveLength(1);
        // A running provision was asked to stop once, by the one Delete that won.
        const [provision] = await knex('jobs').where({
          workspace_id: id,
          operation: 'provision',
        });
        const cancelEvents = await knex('events').where({
          workspace_id: id,
          type: 'job.cancelled',
          job_id: provision.id,
        });
        expect(cancelEvents).toHaveLength(provisionJob === 'running' ? 1 : 0);
      },
    );

    it('answers a Delete of a Deleting workspace with its running destroy job, but refuses it to the owner', async () => {
      const { as, knex } = await startOnDatabase(databases, databaseId);
      const created = await as('admin')
        .post('/workspaces')
        .send(aCreateRequest({ owner: 'user:default/dana.dev' }));
      const id = created.body.id;
      await knex('jobs')
        .where({ workspace_id: id })
        .update({ status: 'succeeded' });
      await knex('workspaces').where({ id }).update({ status: 'running' });
      const first = await as('admin').delete(`/workspaces/${id}`);
      expect(first.status).toBe(202);
      // The runner's part: the destroy job started and the workspace is Deleting.
      await knex('jobs')
        .where({ id: first.body.job.id })
        .update({ status: 'running' });
      await knex('workspaces').where({ id }).update({ status: 'deleting' });

      const again = await as('accountOwner').delete(`/workspaces/${id}`);
      const byOwner = await as('developer').delete(`/workspaces/${id}`);

      expect(again.status).toBe(202);
      expect(again.body.job).toMatchObject({
        id: first.body.job.id,
        operation: 'destroy',
        status: 'running',
      });
      expect(byOwner.status).toBe(403);
      expect(byOwner.body.error.message).toMatch(
        /^Delete needs the Account Owner or Admin role/,
      );
      expect(
        await knex('jobs').where({ workspace_id: id, operation: 'destroy' }),
      ).toHaveLength(1);
    });

    it('creates one workspace for 10 simultaneous creates with the same Idempotency-Key and replays it to the other 9', async () => {
      const { as, knex, recorded } = await startOnDatabase(
        databases,
        databaseId,
      );
      const body = aCreateRequest({ name: 'Retried request' });

      const responses = await Promise.all(
        Array.from({ length: 10 }, () =>
          as('developer')
            .post('/workspaces')
            .set('Idempotency-Key', 'retry-7f3c')
            .send(body),
        ),
      );

      expect(responses.map(r => r.status)).toEqual(Array(10).fill(201));
      const ids = new Set(responses.map(r => r.body.id));
      expect(ids.size).toBe(1);
      const [id] = ids;
      const replayHeaders = responses.map(
        r => r.headers['idempotent-replayed'],
      );
      expect(replayHeaders.filter(h => h === 'true')).toHaveLength(9);
      expect(replayHeaders.filter(h => h === undefined)).toHaveLength(1);

      expect(await knex('workspaces').select('id')).toEqual([{ id }]);
      expect(await knex('idempotency_keys').select('workspace_id')).toEqual([
        { workspace_id: id },
      ]);
      const events = await knex('events').where({ workspace_id: id });
      expect(events.map(e => e.type).sort()).toEqual([
        'approval.requested',
        'workspace.created',
      ]);
      expect(recorded.notifications).toHaveLength(1);
    });

    it('refuses the same Idempotency-Key with a different body with 409 and creates nothing', async () => {
      const { as, knex } = await startOnDatabase(databases, databaseId);
      const first = await as('developer')
        .post('/workspaces')
        .set('Idempotency-Key', 'retry-9a1b')
        .send(aCreateRequest({ name: 'First body' }));
      expect(first.status).toBe(201);

      const second = await as('developer')
        .post('/workspaces')
        .set('Idempotency-Key', 'retry-9a1b')
        .send(aCreateRequest({ name: 'Second body' }));

      expect(second.status).toBe(409);
      expect(second.body.error).toMatchObject({
        name: 'ConflictError',
        message:
          "Idempotency-Key 'retry-9a1b' was already used for a different create request; use a new key for a new workspace",
      });
      expect(second.headers['idempotent-replayed']).toBeUndefined();
      expect(await knex('workspaces').select('id')).toEqual([
        { id: first.body.id },
      ]);
    });
  });
});
