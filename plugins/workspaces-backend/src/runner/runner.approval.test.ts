import type { Knex } from 'knex';
import {
  aCreateRequest,
  startWorkspacesTestBackend,
  type WorkspacesTestBackend,
} from '../__testUtils__/startWorkspacesTestBackend';
import {
  approveWorkspace,
  requestTeamWorkspace,
  requireStatus,
} from '../__testUtils__/teamWorkspace';
import { runnerTestBackends } from './__testUtils__/runnerTestBackend';
import {
  eventsOf,
  storedResources,
  waitForStatus,
} from './__testUtils__/workspaceProgress';

jest.setTimeout(180_000);

/**
 * The runner's own check: a job queued while the approval allowed it, then found with
 * one that does not (rejected after queueing, or written to the store directly), fails
 * without running Terraform. Destroy jobs still run. Real runner, real terraform.
 */
describe('job runner and approval', () => {
  const { databases, database, startRunning } = runnerTestBackends(
    'oq-runner-approval-',
  );

  async function waitForJobEnd(backend: WorkspacesTestBackend, jobId: string) {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const job = (await backend.as('admin').get(`/jobs/${jobId}`)).body;
      if (!['queued', 'running'].includes(job.status)) return job;
      if (Date.now() > deadline) throw new Error(`job ${jobId} never ended`);
      await new Promise(resolve => setTimeout(resolve, 100));
    }
  }

  /** An approved request whose provision job was queued before it became rejected. */
  async function provisionQueuedThenRejected(knex: Knex) {
    const setup = await startWorkspacesTestBackend({ knex });
    const id = await requestTeamWorkspace(setup);
    const jobId = await approveWorkspace(setup, id);
    await knex('workspaces')
      .where({ id })
      .update({ approval_state: 'rejected' });
    return { id, jobId, status: 'created', approval: 'Rejected' };
  }

  /** A Running workspace with Sync Apps queued, whose approval a store write made pending. */
  async function syncQueuedThenPending(knex: Knex) {
    const setup = await startWorkspacesTestBackend({ knex });
    const created = await setup
      .as('admin')
      .post('/workspaces')
      .send(aCreateRequest({ owner: 'user:default/dana.dev' }));
    requireStatus(created, 201, 'creating the workspace');
    const id = created.body.id;
    await knex('jobs')
      .where({ workspace_id: id })
      .update({ status: 'cancelled' });
    await knex('workspaces').where({ id }).update({ status: 'running' });
    const sync = await setup
      .as('admin')
      .post(`/workspaces/${id}/operations`)
      .send({ operation: 'sync-apps' });
    requireStatus(sync, 202, 'queueing Sync Apps');
    await knex('workspaces')
      .where({ id })
      .update({ approval_state: 'pending' });
    return {
      id,
      jobId: sync.body.job.id,
      status: 'running',
      approval: 'Pending',
    };
  }

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it.each([
      ['Provision Infrastructure', provisionQueuedThenRejected],
      ['Sync Apps', syncQueuedThenPending],
    ])(
      'fails %s without running Terraform when the approval no longer allows it, and still deletes',
      async (label, arrange) => {
        const knex = await database(databaseId);
        const { id, jobId, status, approval } = await arrange(knex);

        const backend = await startRunning(knex);
        const job = await waitForJobEnd(backend, jobId);

        const sentence = `${label} was not run: this workspace's request is ${approval}, and Terraform builds infrastructure only for an approved request or one that needs no approval; delete the workspace, or create a new one that gets approved`;
        expect(job).toMatchObject({ status: 'failed', error: sentence });
        expect(job.steps.every((s: any) => s.status === 'skipped')).toBe(true);
        const view = (await backend.as('admin').get(`/workspaces/${id}`)).body;
        expect(view.status).toBe(status);
        const events = (await eventsOf(backend.as, id)).filter(
          e => e.jobId === jobId,
        );
        expect(events.map(e => [e.type, e.message])).toEqual(
          expect.arrayContaining([
            ['job.finished', `${label} failed: ${sentence}`],
          ]),
        );
        expect(events.map(e => e.type)).not.toContain('job.started');
        expect(events.filter(e => e.type.startsWith('terraform.'))).toEqual([]);
        expect(
          (await backend.as('admin').get(`/jobs/${jobId}/log`)).body.items,
        ).toEqual([]);
        expect(await storedResources(knex, id)).toEqual({});

        const deleted = await backend.as('admin').delete(`/workspaces/${id}`);
        requireStatus(deleted, 202, 'deleting the workspace');
        const gone = await waitForStatus(backend.as, id, ['deleted', 'failed']);
        expect(gone.status).toBe('deleted');
      },
    );
  });
});
