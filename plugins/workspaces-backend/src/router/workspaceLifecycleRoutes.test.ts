import type { TestDatabaseId } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { migrateWorkspacesDatabase } from '../database';
import {
  aCreateRequest,
  startWorkspacesTestBackend,
} from '../__testUtils__/startWorkspacesTestBackend';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

describe('workspace lifecycle routes', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function start(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await migrateWorkspacesDatabase(knex);
    const backend = await startWorkspacesTestBackend({ knex });
    // Created by an Admin: no approval, provisioning queued at once.
    const created = await backend
      .as('admin')
      .post('/workspaces')
      .send(aCreateRequest({ owner: 'user:default/dana.dev' }));
    expect(created.status).toBe(201);
    return { ...backend, knex, workspace: created.body };
  }

  /** What the job runner will do: take the queued job and finish it. */
  async function finishActiveJob(
    knex: Knex,
    workspaceId: string,
    outcome: { jobStatus: string; workspaceStatus: string },
  ) {
    await knex('jobs')
      .where({ workspace_id: workspaceId })
      .whereIn('status', ['queued', 'running'])
      .update({ status: outcome.jobStatus });
    await knex('workspaces')
      .where({ id: workspaceId })
      .update({ status: outcome.workspaceStatus });
  }

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it('runs operations one at a time and cancels a queued job', async () => {
      const { as, knex, workspace } = await start(databaseId);
      const busy = await as('developer')
        .post(`/workspaces/${workspace.id}/operations`)
        .send({ operation: 'provision' });
      expect(busy.status).toBe(409);
      expect(busy.body.error.message).toContain(
        'Provision Infrastructure must wait: Provision Infrastructure is in progress',
      );

      const [job] = (
        await as('developer').get(`/workspaces/${workspace.id}/jobs`)
      ).body.items;
      const cancelled = await as('developer').post(`/jobs/${job.id}/cancel`);
      expect(cancelled.status).toBe(202);
      expect(cancelled.body).toMatchObject({
        status: 'cancelled',
        cancelRequestedAt: expect.any(String),
      });
      expect(
        (await as('developer').post(`/jobs/${job.id}/cancel`)).status,
      ).toBe(409);

      const retried = await as('developer')
        .post(`/workspaces/${workspace.id}/operations`)
        .send({ operation: 'provision' });
      expect(retried.status).toBe(202);
      expect(retried.body.job).toMatchObject({
        operation: 'provision',
        status: 'queued',
        attempt: 2,
      });

      await finishActiveJob(knex, workspace.id, {
        jobStatus: 'succeeded',
        workspaceStatus: 'running',
      });
      const syncApps = await as('operatorMember')
        .post(`/workspaces/${workspace.id}/operations`)
        .send({ operation: 'sync-apps' });
      // Not a member yet: the workspace is invisible to them.
      expect(syncApps.status).toBe(404);
      await as('developer')
        .put(
          `/workspaces/${workspace.id}/members/${encodeURIComponent(
            'user:default/oscar.member',
          )}`,
        )
        .send({ role: 'operator' })
        .expect(200);
      const synced = await as('operatorMember')
        .post(`/workspaces/${workspace.id}/operations`)
        .send({ operation: 'sync-apps' });
      expect(synced.status).toBe(202);
      expect(
        synced.body.job.steps.map((s: { name: string }) => s.name),
      ).toEqual(['orchestrator', 'notebooks']);
    });

    it('refuses Sync Apps on a Failed workspace with the lifecycle reason', async () => {
      const { as, knex, workspace } = await start(databaseId);
      await finishActiveJob(knex, workspace.id, {
        jobStatus: 'failed',
        workspaceStatus: 'failed',
      });
      const refused = await as('developer')
        .post(`/workspaces/${workspace.id}/operations`)
        .send({ operation: 'sync-apps' });
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toContain(
        'Sync Apps needs a Running workspace; this one is Failed: retry Provision Infrastructure first',
      );
      expect(refused.body.error.message).toContain(
        'allowed now: Provision Infrastructure',
      );
    });

    it('deletes a workspace whose job is running: the job is asked to stop and the destroy is queued', async () => {
      const { as, knex, workspace } = await start(databaseId);
      await knex('jobs')
        .where({ workspace_id: workspace.id })
        .update({ status: 'running' });
      await knex('workspaces')
        .where({ id: workspace.id })
        .update({ status: 'provisioning' });

      expect(
        (await as('developer').delete(`/workspaces/${workspace.id}`)).status,
      ).toBe(403);
      const deleted = await as('accountOwner').delete(
        `/workspaces/${workspace.id}`,
      );
      expect(deleted.status).toBe(202);
      expect(deleted.body.job).toMatchObject({
        operation: 'destroy',
        status: 'queued',
        steps: [
          expect.objectContaining({ name: 'notebooks' }),
          expect.objectContaining({ name: 'orchestrator' }),
          expect.objectContaining({ name: 'infrastructure' }),
        ],
      });
      const jobs = await knex('jobs')
        .where({ workspace_id: workspace.id })
        .orderBy('created_at');
      expect(
        jobs.map(j => [j.operation, j.status, Boolean(j.cancel_requested_at)]),
      ).toEqual([
        ['provision', 'running', true],
        ['destroy', 'queued', false],
      ]);
      const events = await as('developer').get(
        `/workspaces/${workspace.id}/events`,
      );
      expect(events.body.items.map((e: { type: string }) => e.type)).toEqual([
        'workspace.created',
        'job.queued',
        'job.cancelled',
        'job.queued',
      ]);
    });

    it('changes settings and members, each recorded as an event', async () => {
      const { as, workspace } = await start(databaseId);
      const renamed = await as('developer')
        .patch(`/workspaces/${workspace.id}`)
        .send({ name: 'Q4 pipelines', description: 'Renamed' });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({
        name: 'Q4 pipelines',
        description: 'Renamed',
      });

      const retuned = await as('developer')
        .patch(`/workspaces/${workspace.id}`)
        .send({ parameters: { region: 'us-east-1', compute_size: 3 } });
      expect(retuned.status).toBe(200);
      expect(retuned.body.parameters).toEqual({
        region: 'us-east-1',
        compute_size: 3,
        apply_delay_seconds: 0,
        fail_on_apply: false,
      });
      const refused = await as('developer')
        .patch(`/workspaces/${workspace.id}`)
        .send({ parameters: { region: 'mars-1' } });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toContain('parameters.region');

      const ref = encodeURIComponent('group:default/analytics');
      await as('developer')
        .put(`/workspaces/${workspace.id}/members/${ref}`)
        .send({ role: 'viewer' })
        .expect(200);
      await as('developer')
        .put(`/workspaces/${workspace.id}/members/${ref}`)
        .send({ role: 'operator' })
        .expect(200);
      // Noah is in analytics: now he sees the workspace.
      expect(
        (await as('outsider').get(`/workspaces/${workspace.id}`)).status,
      ).toBe(200);
      const members = await as('outsider').get(
        `/workspaces/${workspace.id}/members`,
      );
      expect(members.body.items).toEqual([
        expect.objectContaining({
          ref: 'group:default/analytics',
          role: 'operator',
          addedBy: 'user:default/dana.dev',
        }),
      ]);
      // An operator may not change members.
      expect(
        (
          await as('outsider').delete(
            `/workspaces/${workspace.id}/members/${ref}`,
          )
        ).status,
      ).toBe(403);
      await as('developer')
        .delete(`/workspaces/${workspace.id}/members/${ref}`)
        .expect(204);
      expect(
        (
          await as('developer').delete(
            `/workspaces/${workspace.id}/members/${ref}`,
          )
        ).status,
      ).toBe(404);

      const events = await as('developer').get(
        `/workspaces/${workspace.id}/events?after=2`,
      );
      expect(
        events.body.items.map((e: { type: string; message: string }) => [
          e.type,
          e.message,
        ]),
      ).toEqual([
        [
          'settings.changed',
          'user:default/dana.dev changed the name and description',
        ],
        ['settings.changed', 'user:default/dana.dev changed the parameters'],
        ['member.added', expect.stringContaining('as Viewer')],
        ['member.role-changed', expect.stringContaining('to Operator')],
        ['member.removed', expect.stringContaining('group:default/analytics')],
      ]);
    });

    it('reads a job and its log, and hides both from people who cannot see the workspace', async () => {
      const { as, knex, workspace } = await start(databaseId);
      const [job] = (
        await as('developer').get(`/workspaces/${workspace.id}/jobs`)
      ).body.items;
      await knex('job_logs').insert([
        {
          job_id: job.id,
          seq: 1,
          text: 'Initializing',
          created_at: new Date(),
        },
        { job_id: job.id, seq: 2, text: 'Applying', created_at: new Date() },
      ]);
      expect((await as('developer').get(`/jobs/${job.id}`)).body.id).toBe(
        job.id,
      );
      const log = await as('developer').get(`/jobs/${job.id}/log?after=1`);
      expect(log.body.items.map((c: { text: string }) => c.text)).toEqual([
        'Applying',
      ]);
      expect((await as('outsider').get(`/jobs/${job.id}`)).status).toBe(404);
      expect((await as('outsider').get(`/jobs/${job.id}/log`)).status).toBe(
        404,
      );
    });
  });
});
