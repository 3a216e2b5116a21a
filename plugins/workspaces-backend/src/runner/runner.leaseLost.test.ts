import type { TestDatabaseId } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import path from 'node:path';
import { DatabaseJobQueueStore } from '../database/DatabaseJobQueueStore';
import {
  aCreateRequest,
  startWorkspacesTestBackend,
} from '../__testUtils__/startWorkspacesTestBackend';
import { eventually } from '@oqullus/plugin-workspaces-common/testUtils';
import { processesWorkingIn } from './__testUtils__/leftoverProcesses';
import { runnerTestBackends } from './__testUtils__/runnerTestBackend';
import { waitForResourceStarted } from './__testUtils__/workspaceProgress';

jest.setTimeout(150_000);

// Unique, so the test can tell its own provisioner's `sleep` from anybody else's.
const APPLY_DELAY_SECONDS = 53;
const LEASE_SECONDS = 3;
const TAKER = 'host-b:2:takeover';

function slowApplyRequest() {
  const request = aCreateRequest();
  return {
    ...request,
    owner: 'user:default/dana.dev',
    parameters: {
      ...request.parameters,
      apply_delay_seconds: APPLY_DELAY_SECONDS,
    },
  };
}

/** What the job and its workspace look like in the database, to compare later. */
async function snapshot(knex: Knex, jobId: string, workspaceId: string) {
  return {
    job: await knex('jobs').where({ id: jobId }).first(),
    workspace: await knex('workspaces').where({ id: workspaceId }).first(),
    events: await knex('events')
      .where({ workspace_id: workspaceId })
      .orderBy('id'),
    logChunks: (
      await knex('job_logs').where({ job_id: jobId }).count({ count: '*' })
    )[0].count,
  };
}

describe('a runner that lost its lease', () => {
  const { databases, database, workDirectory } =
    runnerTestBackends('oq-lease-lost-');

  async function start(databaseId: TestDatabaseId) {
    const knex = await database(databaseId);
    const backend = await startWorkspacesTestBackend({
      knex,
      runner: {
        enabled: true,
        pollIntervalMilliseconds: 50,
        // The lease runs out while Terraform applies: no heartbeat renews it, and this
        // runner does not recover expired jobs itself; the test's other runner does.
        leaseSeconds: LEASE_SECONDS,
        heartbeatSeconds: 600,
        recoveryIntervalSeconds: 600,
        workDirectory: workDirectory(),
        cancelGraceSeconds: 10,
      },
    });
    return { ...backend, knex };
  }

  it.each(databases.eachSupportedId())(
    'writes nothing once another runner took the job over, and stops its Terraform, on %p',
    async databaseId => {
      const { as, knex } = await start(databaseId);
      // Dana's workspace, provisioned right away: its apply sleeps, Terraform runs.
      const created = await as('admin')
        .post('/workspaces')
        .send(slowApplyRequest());
      expect(created.status).toBe(201);
      const workspaceId = created.body.id;
      const jobId = created.body.job.id;
      await waitForResourceStarted(
        as,
        workspaceId,
        'terraform_data.storage',
        90_000,
      );
      const jobDirectory = path.join(workDirectory(), jobId);
      expect(
        (await processesWorkingIn(jobDirectory)).map(p => p.cmdline),
      ).toContain(`sleep ${APPLY_DELAY_SECONDS}`);
      const running = await knex('jobs').where({ id: jobId }).first();
      const first = running.lease_owner;
      expect(running.status).toBe('running');

      // Another runner finds the lease run out and takes the job over.
      const queue = new DatabaseJobQueueStore(knex);
      await eventually(
        'another runner taking over the expired lease',
        async () => {
          const now = new Date();
          const taken = await queue.takeOver({
            jobId,
            from: first,
            to: TAKER,
            now: now.toISOString(),
            leaseExpiresAt: new Date(now.getTime() + 600_000).toISOString(),
            onlyIfExpired: true,
          });
          return taken || undefined;
        },
        { timeoutMs: (LEASE_SECONDS + 5) * 1000 },
      );
      const before = await snapshot(knex, jobId, workspaceId);
      expect(before.job).toMatchObject({
        status: 'running',
        lease_owner: TAKER,
      });

      // The first runner's next write (Terraform reports progress every 10 s) finds the
      // job gone: it stops Terraform, and its provisioner, without writing anything;
      // well before the provisioner's sleep would have ended by itself.
      await eventually(
        'the first runner stopping its Terraform',
        async () =>
          (await processesWorkingIn(jobDirectory)).length === 0 || undefined,
        { timeoutMs: 30_000 },
      );
      // Long enough for any write the stopping runner still had in flight.
      await new Promise(resolve => setTimeout(resolve, 2_000));
      expect(await snapshot(knex, jobId, workspaceId)).toEqual(before);
    },
  );
});
