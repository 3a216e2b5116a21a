import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { eventually } from '@oqullus/plugin-workspaces-common/testUtils';
import { migrateWorkspacesDatabase } from '../database';
import {
  aCreateRequest,
  exampleStackTemplates,
  startWorkspacesTestBackend,
  TEST_SECRET_ENV,
  testAccountConfig,
  type WorkspacesTestBackend,
} from '../__testUtils__/startWorkspacesTestBackend';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { killAll, processesWorkingIn } from './__testUtils__/leftoverProcesses';
import {
  RUNNER_PROCESS_SETTINGS,
  type RunnerProcessSettings,
} from './__testUtils__/runnerProcessSettings';

jest.setTimeout(110_000);

const repoRoot = path.resolve(exampleStackTemplates, '../..');
const runnerScript = path.join(__dirname, '__testUtils__/runnerProcess.ts');
const LEASE_SECONDS = 3;
const RECOVERY_INTERVAL_SECONDS = 1;
// Unique, so the test can tell its own provisioner's `sleep` from anybody else's.
const APPLY_DELAY_SECONDS = 41;

async function waitForStatus(
  as: WorkspacesTestBackend['as'],
  id: string,
  wanted: string,
): Promise<any> {
  return eventually(
    `workspace ${id} to be ${wanted}`,
    async () => {
      const view = (await as('accountOwner').get(`/workspaces/${id}`)).body;
      return view.status === wanted && !view.activeJob ? view : undefined;
    },
    { timeoutMs: 60_000 },
  );
}

/** Starts a runner in its own Node process, on the same database and state backend. */
function startRunnerProcess(
  settings: RunnerProcessSettings,
  output: string[],
): ChildProcess {
  const child = spawn(
    process.execPath,
    [
      '-r',
      path.join(
        repoRoot,
        'node_modules/@backstage/cli/config/nodeTransform.cjs',
      ),
      runnerScript,
    ],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        [RUNNER_PROCESS_SETTINGS]: JSON.stringify(settings),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.on('data', chunk => output.push(String(chunk)));
  child.stderr!.on('data', chunk => output.push(String(chunk)));
  return child;
}

describe('a runner that dies mid-apply', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);
  let workDirectory: string;
  let child: ChildProcess | undefined;

  beforeEach(async () => {
    workDirectory = await mkdtemp(path.join(os.tmpdir(), 'oq-runner-crash-'));
    process.env[TEST_SECRET_ENV] = 'sandbox-secret-for-runner-tests';
  });
  afterEach(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
    }
    // Whatever the dead runner's terraform left running must not outlive the test.
    killAll(await processesWorkingIn(workDirectory));
    await rm(workDirectory, { recursive: true, force: true, maxRetries: 10 });
  });

  async function jobRow(knex: Knex, id: string) {
    return knex('jobs').where({ id }).first();
  }

  // TestDatabases' SQLite is an in-memory database that no other process can open, so
  // the cross-process case runs on PostgreSQL, as a real multi-replica deployment does.
  it.each(
    databases.eachSupportedId().filter(([id]) => id.startsWith('POSTGRES')),
  )(
    'is recovered by another runner within its lease, and a retry succeeds with no state version lost, on %p (PostgreSQL only: SQLite test databases cannot be shared between processes)',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateWorkspacesDatabase(knex);
      // Serves the API and the built-in state; runs no jobs itself.
      const front = await startWorkspacesTestBackend({ knex });
      const pluginBaseUrl = front.as('admin').get('').url;

      const created = await front
        .as('admin')
        .post('/workspaces')
        .send(
          aCreateRequest({
            owner: 'user:default/dana.dev',
            parameters: {
              region: 'eu-west-1',
              apply_delay_seconds: APPLY_DELAY_SECONDS,
            },
          }),
        );
      expect(created.status).toBe(201);
      const id = created.body.id;
      const [job] = (await front.as('admin').get(`/workspaces/${id}/jobs`)).body
        .items;

      const output: string[] = [];
      child = startRunnerProcess(
        {
          client: knex.client.config.client,
          connection: knex.client.config.connection,
          pluginBaseUrl,
          config: {
            app: { baseUrl: 'http://localhost:3000' },
            workspaces: {
              stackTemplateRoots: [exampleStackTemplates],
              account: testAccountConfig(),
              runner: {
                enabled: true,
                pollIntervalMilliseconds: 50,
                leaseSeconds: LEASE_SECONDS,
                heartbeatSeconds: 1,
                workDirectory,
              },
            },
          },
        },
        output,
      );
      const storageStarted = () =>
        eventually(
          'the storage resource to start in the runner process',
          async () => {
            if (child?.exitCode !== null) {
              throw new Error(`The runner process exited: ${output.join('')}`);
            }
            const rows = await knex('events')
              .where({ workspace_id: id, type: 'terraform.resource' })
              .select('data');
            return rows.some(row => {
              const data = JSON.parse(row.data);
              return (
                data.address === 'terraform_data.storage' &&
                data.phase === 'started'
              );
            })
              ? true
              : undefined;
          },
          { timeoutMs: 60_000 },
        );
      await storageStarted();
      const claimed = await jobRow(knex, job.id);
      expect(claimed.status).toBe('running');
      expect(claimed.lease_owner).toContain(`:${child.pid}:`);
      expect(await knex('state_locks').where({ workspace_id: id })).not.toEqual(
        [],
      );

      process.kill(child.pid!, 'SIGKILL');
      const killedAt = Date.now();

      // Another replica comes up; only it runs jobs now.
      const back = await startWorkspacesTestBackend({
        knex,
        runner: {
          enabled: true,
          pollIntervalMilliseconds: 50,
          leaseSeconds: LEASE_SECONDS,
          heartbeatSeconds: 1,
          recoveryIntervalSeconds: RECOVERY_INTERVAL_SECONDS,
          workDirectory,
          cancelGraceSeconds: 5,
        },
      });
      const recovered = await eventually(
        'the job to be recovered',
        async () => {
          const row = await jobRow(knex, job.id);
          return row.status === 'running' ? undefined : row;
        },
        { timeoutMs: 30_000 },
      );
      const recoveredAfterMs = Date.now() - killedAt;
      // The lease, one recovery interval, and room for the replica to start.
      expect(recoveredAfterMs).toBeLessThan(
        (LEASE_SECONDS + RECOVERY_INTERVAL_SECONDS + 5) * 1000,
      );
      expect(recovered.status).toBe('failed');
      expect(recovered.error).toContain('runner lost');
      const failed = (await back.as('accountOwner').get(`/workspaces/${id}`))
        .body;
      expect(failed.status).toBe('failed');
      expect(failed.failureReason).toContain('runner lost');
      const statusChanges = (
        await knex('events')
          .where({ workspace_id: id, type: 'status.changed' })
          .orderBy('id', 'asc')
      ).map(row => ({ message: row.message, data: JSON.parse(row.data) }));
      expect(statusChanges[statusChanges.length - 1]).toMatchObject({
        data: { from: 'provisioning', to: 'failed' },
        message: expect.stringContaining('Run the operation again'),
      });
      expect(await knex('state_locks').where({ workspace_id: id })).toEqual([]);
      // Fenced: the dead runner's terraform and its provisioner are gone.
      expect(await processesWorkingIn(workDirectory)).toEqual([]);
      // The dead runner's terraform and its provisioner's `sleep` are still running at
      // this point (nothing on this host kills them; afterEach does). They are fenced:
      // their job credential stopped working when the job failed.

      const before = await knex('state_versions')
        .where({ workspace_id: id })
        .select('id', 'component', 'serial');
      await back
        .as('developer')
        .patch(`/workspaces/${id}`)
        .send({ parameters: { region: 'eu-west-1', apply_delay_seconds: 0 } })
        .expect(200);
      const retry = await back
        .as('developer')
        .post(`/workspaces/${id}/operations`)
        .send({ operation: 'provision' });
      expect(retry.status).toBe(202);
      expect(retry.body.job.attempt).toBe(2);
      const running = await waitForStatus(back.as, id, 'running');
      expect(running.failureReason).toBeUndefined();

      const after = await knex('state_versions')
        .where({ workspace_id: id })
        .select('id', 'component', 'serial');
      expect(before.length).toBeLessThan(after.length);
      expect(after.map(v => v.id)).toEqual(
        expect.arrayContaining(before.map(v => v.id)),
      );
    },
  );
});
