import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { migrateWorkspacesDatabase } from '../database';
import {
  aCreateRequest,
  startWorkspacesTestBackend,
  TEST_SECRET_ENV,
} from '../__testUtils__/startWorkspacesTestBackend';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { eventsOf, waitForStatus } from './__testUtils__/workspaceProgress';

jest.setTimeout(180_000);

describe('the job runner with real terraform', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);
  let workDirectory: string;

  beforeEach(async () => {
    workDirectory = await mkdtemp(path.join(os.tmpdir(), 'oq-runner-test-'));
    process.env[TEST_SECRET_ENV] = 'sandbox-secret-for-runner-tests';
  });
  afterEach(async () => {
    await rm(workDirectory, { recursive: true, force: true, maxRetries: 10 });
  });

  async function start(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await migrateWorkspacesDatabase(knex);
    const backend = await startWorkspacesTestBackend({
      knex,
      runner: {
        enabled: true,
        pollIntervalMilliseconds: 50,
        leaseSeconds: 20,
        heartbeatSeconds: 1,
        workDirectory,
        cancelGraceSeconds: 5,
      },
    });
    return { ...backend, knex };
  }

  it.each(databases.eachSupportedId())(
    'provisions, syncs and deletes the offline lakehouse on %p',
    async databaseId => {
      const { as, knex, recorded } = await start(databaseId);
      const created = await as('admin')
        .post('/workspaces')
        .send(
          aCreateRequest({
            owner: 'user:default/dana.dev',
            parameters: { region: 'eu-west-1', compute_size: 2 },
          }),
        );
      expect(created.status).toBe(201);
      const id = created.body.id;

      const running = await waitForStatus(as, id, ['running', 'failed']);
      expect(running.failureReason).toBeUndefined();
      expect(running.status).toBe('running');
      const externalId = created.body.externalId;
      expect(running.outputs).toEqual({
        network_id: `${externalId}-net`,
        storage_bucket: `${externalId}-lake`,
        compute_nodes: [`${externalId}-node-0`, `${externalId}-node-1`],
        query_endpoint: `https://${externalId}.query.local`,
      });
      expect(running.apps).toEqual([
        expect.objectContaining({ name: 'orchestrator', status: 'synced' }),
        expect.objectContaining({ name: 'notebooks', status: 'synced' }),
      ]);
      const provisioned = await eventsOf(as, id);
      const types = provisioned.map(e => e.type);
      expect(types).toEqual(
        expect.arrayContaining([
          'job.started',
          'terraform.resource',
          'terraform.change-summary',
          'job.finished',
        ]),
      );
      expect(
        provisioned
          .filter(e => e.type === 'status.changed')
          .map(e => [e.data.from, e.data.to]),
      ).toEqual([
        ['created', 'provisioning'],
        ['provisioning', 'running'],
      ]);
      // Plan and Apply summaries name the step they are about.
      expect(
        provisioned
          .filter(e => e.type === 'terraform.change-summary')
          .map(e => `${e.data.step} ${e.data.operation}`),
      ).toEqual([
        'infrastructure plan',
        'infrastructure apply',
        'orchestrator plan',
        'orchestrator apply',
        'notebooks plan',
        'notebooks apply',
      ]);
      expect(
        provisioned
          .filter(e => e.type === 'terraform.resource')
          .every(e => e.data.step),
      ).toBe(true);
      const [job] = (await as('admin').get(`/workspaces/${id}/jobs`)).body
        .items;
      expect(job.steps.map((s: any) => [s.name, s.status])).toEqual([
        ['infrastructure', 'succeeded'],
        ['orchestrator', 'succeeded'],
        ['notebooks', 'succeeded'],
      ]);
      const log = (await as('admin').get(`/jobs/${job.id}/log`)).body.items;
      // The log is its chunks joined as stored: no record may run into the next one's.
      const text: string = log.map((c: any) => c.text).join('');
      expect(text).toContain('compute node 1 started');
      expect(text.split('\n').filter(line => line.includes('}{'))).toEqual([]);
      expect(log.every((c: any) => c.text.endsWith('\n'))).toBe(true);
      // Each chunk names its step, so the log reads as one section per step.
      expect([...new Set(log.map((c: any) => c.step))]).toEqual([
        'infrastructure',
        'orchestrator',
        'notebooks',
      ]);
      // The state lives in the built-in backend, one per component.
      const versions = await knex('state_versions')
        .where({ workspace_id: id })
        .select('component');
      expect(new Set(versions.map(v => v.component))).toEqual(
        new Set(['infrastructure', 'orchestrator', 'notebooks']),
      );

      await as('developer')
        .post(`/workspaces/${id}/operations`)
        .send({ operation: 'sync-apps' })
        .expect(202);
      await waitForStatus(as, id, ['running']);
      await as('developer')
        .post(`/workspaces/${id}/operations`)
        .send({ operation: 'sync-infrastructure' })
        .expect(202);
      await waitForStatus(as, id, ['running']);
      const summaries = (await eventsOf(as, id)).filter(
        e => e.type === 'terraform.change-summary',
      );
      // The last sync of the infrastructure found nothing to change.
      expect(summaries[summaries.length - 1].data).toMatchObject({
        step: 'infrastructure',
        add: 0,
        change: 0,
        remove: 0,
      });

      await as('accountOwner').delete(`/workspaces/${id}`).expect(202);
      const deleted = await waitForStatus(as, id, ['deleted', 'failed']);
      expect(deleted.failureReason).toBeUndefined();
      expect(deleted.status).toBe('deleted');
      const latest = await knex('state_versions')
        .where({ workspace_id: id, component: 'infrastructure' })
        .orderBy('id', 'desc')
        .first();
      expect(JSON.parse(latest.state).resources).toEqual([]);

      // The owner heard of Running and of the deletion.
      const toOwner = recorded.notifications
        .filter(n => n.payload.topic === 'workspace-status')
        .map(n => [n.recipients, n.payload.title]);
      expect(toOwner).toEqual(
        expect.arrayContaining([
          [
            { type: 'entity', entityRef: ['user:default/dana.dev'] },
            'Workspace Analytics sandbox is Running',
          ],
          [
            { type: 'entity', entityRef: ['user:default/dana.dev'] },
            'Workspace Analytics sandbox was deleted',
          ],
        ]),
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'fails with the diagnostic, then a retry with the input fixed reaches Running, on %p',
    async databaseId => {
      const { as } = await start(databaseId);
      const created = await as('admin')
        .post('/workspaces')
        .send(
          aCreateRequest({
            owner: 'user:default/dana.dev',
            parameters: { region: 'eu-west-1', fail_on_apply: true },
          }),
        );
      const id = created.body.id;
      const failed = await waitForStatus(as, id, ['failed', 'running']);
      expect(failed.status).toBe('failed');
      expect(failed.failureReason).toContain('fail_on_apply is set');
      const diagnostics = (await eventsOf(as, id)).filter(
        e => e.type === 'terraform.diagnostic',
      );
      expect(diagnostics[0].message).toContain('local-exec provisioner error');

      await as('developer')
        .patch(`/workspaces/${id}`)
        .send({ parameters: { region: 'eu-west-1', fail_on_apply: false } })
        .expect(200);
      const retry = await as('developer')
        .post(`/workspaces/${id}/operations`)
        .send({ operation: 'provision' });
      expect(retry.status).toBe(202);
      expect(retry.body.job.attempt).toBe(2);
      const running = await waitForStatus(as, id, ['running', 'failed']);
      expect(running.failureReason).toBeUndefined();
      expect(running.status).toBe('running');
    },
  );

  it.each(databases.eachSupportedId())(
    'cancels a job mid-apply: no process left, lock released, state saved, on %p',
    async databaseId => {
      const { as, knex } = await start(databaseId);
      const created = await as('admin')
        .post('/workspaces')
        .send(
          aCreateRequest({
            owner: 'user:default/dana.dev',
            parameters: { region: 'eu-west-1', apply_delay_seconds: 47 },
          }),
        );
      const id = created.body.id;
      const deadline = Date.now() + 60_000;
      let started = false;
      while (!started && Date.now() < deadline) {
        started = (await eventsOf(as, id)).some(
          e =>
            e.type === 'terraform.resource' &&
            e.data.address === 'terraform_data.storage' &&
            e.data.phase === 'started',
        );
        if (!started) await new Promise(r => setTimeout(r, 100));
      }
      expect(started).toBe(true);
      const [job] = (await as('developer').get(`/workspaces/${id}/jobs`)).body
        .items;
      await as('developer').post(`/jobs/${job.id}/cancel`).expect(202);

      const stopped = await waitForStatus(as, id, ['failed', 'running']);
      expect(stopped.status).toBe('failed');
      const finished = (await as('developer').get(`/jobs/${job.id}`)).body;
      expect(finished.status).toBe('cancelled');
      expect(await sleepersLeft(47)).toEqual([]);
      expect(await knex('state_locks').where({ workspace_id: id })).toEqual([]);
      // Terraform saved what it had built before it stopped.
      const saved = await knex('state_versions')
        .where({ workspace_id: id, component: 'infrastructure' })
        .orderBy('id', 'desc')
        .first();
      expect(JSON.parse(saved.state).resources.length).toBeGreaterThan(0);
    },
  );
});

/** Processes still sleeping the given seconds: grandchildren terraform would orphan. */
async function sleepersLeft(seconds: number): Promise<string[]> {
  const left: string[] = [];
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(
      () => '',
    );
    if (cmdline.split('\0').join(' ').trim() === `sleep ${seconds}`) {
      left.push(pid);
    }
  }
  return left;
}
