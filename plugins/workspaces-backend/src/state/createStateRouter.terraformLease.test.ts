import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { eventually } from '@oqullus/plugin-workspaces-common/testUtils';
import { aRunningJob, inMinutes, setJobRun } from './__testUtils__/runningJobs';
import {
  startStateScenario,
  type StateScenario,
} from './__testUtils__/stateScenario';
import {
  TerraformRuns,
  threeResourceModule,
} from './__testUtils__/terraformRuns';
import { builtinBackendConfig } from './builtinBackendConfig';

jest.setTimeout(120_000);

const init = ['init', '-input=false', '-no-color'];
const apply = (sleepSeconds: number) => [
  'apply',
  '-auto-approve',
  '-input=false',
  '-no-color',
  `-var=sleep_seconds=${sleepSeconds}`,
];

describe('state routes with a real terraform: a lock lives as long as its job’s lease', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);
  const runs = new TerraformRuns();
  let scenario: StateScenario | undefined;

  afterEach(async () => {
    await runs.cleanUp();
    await scenario?.server.close();
    scenario = undefined;
  });

  /** A fresh working directory for a job of the scenario's workspace, initialized. */
  async function initializedWorkdir(token: string) {
    const { server, key } = scenario!;
    const config = builtinBackendConfig({ baseUrl: server.baseUrl, ...key });
    const directory = await runs.workdir({
      'main.tf': threeResourceModule,
      'backend.tf.json': config.tfJson,
    });
    expect(
      await runs.run(directory, init, { TF_HTTP_PASSWORD: token }),
    ).toMatchObject({ code: 0 });
    return directory;
  }

  async function setUp(databaseId: TestDatabaseId) {
    scenario = await startStateScenario(databases, databaseId);
    return { ...scenario, directory: await initializedWorkdir(scenario.token) };
  }

  it.each(databases.eachSupportedId())(
    'shuts out the apply of a job whose lease ran out, and lets the next job take its lock over, %p',
    async databaseId => {
      const { knex, server, key, job, token, directory } = await setUp(
        databaseId,
      );
      const env = { TF_HTTP_PASSWORD: token };

      const first = runs.start(directory, apply(3), env);
      const lock = await eventually(
        'Terraform to take its lock',
        () => server.store.getLock(key, new Date().toISOString()),
        { intervalMs: 50 },
      );
      // Terraform reads the state right after locking. Let that read through first:
      // the lease must run out while the apply is busy, not before it has begun.
      await eventually(
        'Terraform to read the state after locking it',
        async () => {
          const locked = server.responses.findIndex(
            r => r.method === 'LOCK' && r.status === 200,
          );
          const readAfterLock = server.responses
            .slice(locked + 1)
            // 204 while the workspace has no state yet.
            .some(r => r.method === 'GET' && r.status < 300);
          return locked >= 0 && readAfterLock ? true : undefined;
        },
        { intervalMs: 50 },
      );
      // The runner stops renewing: the apply is still busy in its provisioner.
      await setJobRun(knex, job.jobId, { leaseExpiresAt: inMinutes(-1) });
      const shutOut = await first.result;

      expect(shutOut.code).toBe(1);
      expect(shutOut.output).toContain('errored.tfstate');
      await expect(
        access(join(directory, 'errored.tfstate')),
      ).resolves.toBeUndefined();
      expect(await server.store.current(key)).toBeUndefined();
      // Terraform reads the state before writing it: refused there, it never POSTs,
      // and its UNLOCK is refused too, leaving a lock that is now stale.
      const refused = server.responses.filter(r => r.status === 401);
      expect(refused.map(r => r.method)).toEqual(['GET', 'UNLOCK']);
      expect(server.responses.filter(r => r.method === 'POST')).toEqual([]);
      expect(
        await server.store.getLock(key, new Date().toISOString()),
      ).toMatchObject({ lockId: lock.lockId, staleReason: 'lease-expired' });

      // Recovery marks the dead job failed; the workspace's next job runs.
      await setJobRun(knex, job.jobId, { status: 'failed' });
      const next = await aRunningJob(knex, { workspaceId: key.workspaceId });
      const nextToken = await server.credentials.mint(
        next.jobId,
        next.workspaceId,
        inMinutes(30),
      );
      const nextDirectory = await initializedWorkdir(nextToken);
      const second = await runs.run(nextDirectory, apply(0), {
        TF_HTTP_PASSWORD: nextToken,
      });

      expect(second.code).toBe(0);
      expect(server.takeovers).toEqual([
        expect.objectContaining({
          reason: 'job-not-running',
          staleLock: expect.objectContaining({
            lockId: lock.lockId,
            jobId: job.jobId,
          }),
          newLock: expect.objectContaining({ jobId: next.jobId }),
        }),
      ]);
      const versions = await server.store.listVersions(key, { limit: 10 });
      expect(versions.length).toBeGreaterThan(0);
      expect(versions.every(version => version.jobId === next.jobId)).toBe(
        true,
      );
      expect(await server.store.getLock(key, new Date().toISOString())).toBe(
        undefined,
      );
    },
  );
});
