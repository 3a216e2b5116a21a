import type { Knex } from 'knex';
import { readdir } from 'node:fs/promises';
import {
  aCreateRequest,
  startWorkspacesTestBackend,
  type WorkspacesTestBackend,
} from '../__testUtils__/startWorkspacesTestBackend';
import {
  cancelJob,
  requestTeamWorkspace,
  requireStatus,
} from '../__testUtils__/teamWorkspace';
import { runnerTestBackends } from './__testUtils__/runnerTestBackend';
import {
  eventsOf,
  storedResources,
  waitForResourceStarted,
  waitForStatus,
} from './__testUtils__/workspaceProgress';

jest.setTimeout(180_000);

const ALL_STEPS = ['notebooks', 'orchestrator', 'infrastructure'];

/**
 * Delete from every state a workspace can be in before it ever ran, or after a run that
 * did not finish: each ends Deleted with nothing left in any state. The runner is real,
 * and so is terraform, on the offline lakehouse.
 */
describe('Delete from every starting point', () => {
  const { databases, database, startRunning, workDirectory } =
    runnerTestBackends('oq-runner-delete-');

  async function deleteAndWait(backend: WorkspacesTestBackend, id: string) {
    const deleted = await backend.as('admin').delete(`/workspaces/${id}`);
    requireStatus(deleted, 202, 'deleting the workspace');
    return waitForStatus(backend.as, id, ['deleted', 'failed']);
  }

  async function destroyJobOf(backend: WorkspacesTestBackend, id: string) {
    const jobs = (await backend.as('admin').get(`/workspaces/${id}/jobs`)).body
      .items;
    return jobs.find((job: any) => job.operation === 'destroy');
  }

  /** What deleting a workspace left behind, for comparing with NOTHING_LEFT. */
  async function whatDeleteLeft(
    backend: WorkspacesTestBackend,
    knex: Knex,
    id: string,
  ) {
    const view = await waitForStatus(backend.as, id, ['deleted', 'failed']);
    const job = await destroyJobOf(backend, id);
    const log = (await backend.as('admin').get(`/jobs/${job.id}/log`)).body;
    const events = await eventsOf(backend.as, id);
    return {
      status: view.status,
      failureReason: view.failureReason,
      destroyJob: job.status,
      steps: job.steps.map((s: any) => [s.name, s.status]),
      logChunks: log.items.length,
      terraformEvents: events.filter(e => e.type.startsWith('terraform.'))
        .length,
      skipped: events
        .filter(e => e.type === 'job.step-skipped')
        .map(e => [e.data.step, e.message]),
      states: await storedResources(knex, id),
      workDirectory: await readdir(workDirectory()),
    };
  }

  /** After deleting a workspace that never applied anything: no Terraform ran. */
  const NOTHING_LEFT = {
    status: 'deleted',
    failureReason: undefined,
    destroyJob: 'succeeded',
    steps: ALL_STEPS.map(name => [name, 'skipped']),
    logChunks: 0,
    terraformEvents: 0,
    skipped: ALL_STEPS.map(step => [
      step,
      `Skipped ${step}: it holds no Terraform state, so there is nothing to destroy`,
    ]),
    states: {},
    workDirectory: [],
  };

  it.each(databases.eachSupportedId())(
    'deletes a request still awaiting approval with no Terraform at all, on %p',
    async databaseId => {
      const knex = await database(databaseId);
      const backend = await startRunning(knex);
      const id = await requestTeamWorkspace(backend);
      await deleteAndWait(backend, id);
      expect(await whatDeleteLeft(backend, knex, id)).toEqual(NOTHING_LEFT);
    },
  );

  it.each(databases.eachSupportedId())(
    'deletes a rejected request with no Terraform at all, on %p',
    async databaseId => {
      const knex = await database(databaseId);
      const backend = await startRunning(knex);
      const id = await requestTeamWorkspace(backend);
      const rejected = await backend
        .as('admin')
        .post(`/workspaces/${id}/approval`)
        .send({ decision: 'reject', comment: 'Not this quarter' });
      requireStatus(rejected, 200, 'rejecting the request');
      await deleteAndWait(backend, id);
      expect(await whatDeleteLeft(backend, knex, id)).toEqual(NOTHING_LEFT);
    },
  );

  it.each(databases.eachSupportedId())(
    'deletes a workspace whose first provision was cancelled before it started, on %p',
    async databaseId => {
      const knex = await database(databaseId);
      // Set up with no runner, so the provision job stays queued until it is cancelled.
      const setup = await startWorkspacesTestBackend({ knex });
      const created = await setup
        .as('admin')
        .post('/workspaces')
        .send(aCreateRequest({ owner: 'user:default/dana.dev' }));
      requireStatus(created, 201, 'creating the workspace');
      const id = created.body.id;
      const [provision] = (
        await setup.as('admin').get(`/workspaces/${id}/jobs`)
      ).body.items;
      await cancelJob(setup, provision.id);

      const backend = await startRunning(knex);
      await deleteAndWait(backend, id);
      expect(await whatDeleteLeft(backend, knex, id)).toEqual(NOTHING_LEFT);
    },
  );

  it.each(databases.eachSupportedId())(
    'destroys what a failed apply created and skips the apps it never reached, on %p',
    async databaseId => {
      const knex = await database(databaseId);
      const backend = await startRunning(knex);
      const created = await backend
        .as('admin')
        .post('/workspaces')
        .send(
          aCreateRequest({
            owner: 'user:default/dana.dev',
            parameters: { region: 'eu-west-1', fail_on_apply: true },
          }),
        );
      const id = created.body.id;
      const failed = await waitForStatus(backend.as, id, ['failed', 'running']);
      expect(failed.status).toBe('failed');
      // The failed apply did create some of the infrastructure.
      const before = await storedResources(knex, id);
      expect(before.infrastructure).toEqual(
        expect.arrayContaining(['terraform_data.storage']),
      );

      const deleted = await deleteAndWait(backend, id);
      expect(deleted.failureReason).toBeUndefined();
      expect(deleted.status).toBe('deleted');
      const job = await destroyJobOf(backend, id);
      expect(job.steps.map((s: any) => [s.name, s.status])).toEqual([
        ['notebooks', 'skipped'],
        ['orchestrator', 'skipped'],
        ['infrastructure', 'succeeded'],
      ]);
      expect(await storedResources(knex, id)).toEqual({ infrastructure: [] });
      const destroyed = (await eventsOf(backend.as, id)).filter(
        e =>
          e.jobId === job.id &&
          e.type === 'terraform.resource' &&
          e.data.action === 'delete' &&
          e.data.phase === 'completed',
      );
      expect(destroyed.map(e => e.data.address).sort()).toEqual(
        [...before.infrastructure].sort(),
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'deletes a workspace while it provisions: the provision stops, then what it built is destroyed, on %p',
    async databaseId => {
      const knex = await database(databaseId);
      const backend = await startRunning(knex);
      const created = await backend
        .as('admin')
        .post('/workspaces')
        .send(
          aCreateRequest({
            owner: 'user:default/dana.dev',
            parameters: { region: 'eu-west-1', apply_delay_seconds: 53 },
          }),
        );
      const id = created.body.id;
      await waitForResourceStarted(backend.as, id, 'terraform_data.storage');

      const deleted = await deleteAndWait(backend, id);
      expect(deleted.failureReason).toBeUndefined();
      expect(deleted.status).toBe('deleted');
      const jobs = (await backend.as('admin').get(`/workspaces/${id}/jobs`))
        .body.items;
      expect(jobs.map((job: any) => [job.operation, job.status])).toEqual([
        ['destroy', 'succeeded'],
        ['provision', 'cancelled'],
      ]);
      expect(jobs[0].steps.map((s: any) => [s.name, s.status])).toEqual([
        ['notebooks', 'skipped'],
        ['orchestrator', 'skipped'],
        ['infrastructure', 'succeeded'],
      ]);
      expect(await storedResources(knex, id)).toEqual({ infrastructure: [] });
      expect(await knex('state_locks').where({ workspace_id: id })).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'destroys the apps with the outputs of the last successful infrastructure apply, on %p',
    async databaseId => {
      const knex = await database(databaseId);
      const backend = await startRunning(knex);
      const created = await backend
        .as('admin')
        .post('/workspaces')
        .send(aCreateRequest({ owner: 'user:default/dana.dev' }));
      const id = created.body.id;
      await waitForStatus(backend.as, id, ['running']);
      // A later change that fails (a second compute node that cannot start) leaves
      // the outputs of the last good apply in place.
      await backend
        .as('admin')
        .patch(`/workspaces/${id}`)
        .send({
          parameters: {
            region: 'eu-west-1',
            compute_size: 2,
            fail_on_apply: true,
          },
        })
        .expect(200);
      await backend
        .as('admin')
        .post(`/workspaces/${id}/operations`)
        .send({ operation: 'sync-infrastructure' })
        .expect(202);
      const failed = await waitForStatus(backend.as, id, ['failed', 'running']);
      expect(failed.status).toBe('failed');
      expect(failed.outputs.query_endpoint).toBe(
        `https://${created.body.externalId}.query.local`,
      );

      const deleted = await deleteAndWait(backend, id);
      expect(deleted.failureReason).toBeUndefined();
      expect(deleted.status).toBe('deleted');
      const job = await destroyJobOf(backend, id);
      expect(job.steps.map((s: any) => [s.name, s.status])).toEqual([
        ['notebooks', 'succeeded'],
        ['orchestrator', 'succeeded'],
        ['infrastructure', 'succeeded'],
      ]);
      expect(await storedResources(knex, id)).toEqual({
        infrastructure: [],
        orchestrator: [],
        notebooks: [],
      });
    },
  );
});
