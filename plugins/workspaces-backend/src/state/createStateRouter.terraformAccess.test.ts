import {
  mockCredentials,
  type TestDatabaseId,
} from '@backstage/backend-test-utils';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { aRunningJob, inMinutes, setJobRun } from './__testUtils__/runningJobs';
import {
  startStateScenario,
  type StateScenario,
} from './__testUtils__/stateScenario';
import { ADMIN, READER } from './__testUtils__/stateTestServer';
import { eventually } from '@oqullus/plugin-workspaces-common/testUtils';
import {
  TerraformRuns,
  threeResourceModule,
} from './__testUtils__/terraformRuns';
import { BACKSTAGE_USERNAME } from './authenticateStateRequest';
import { builtinBackendConfig } from './builtinBackendConfig';

jest.setTimeout(120_000);

const init = ['init', '-input=false', '-no-color'];
const forceUnlock = (lockId: string) => [
  'force-unlock',
  '-force',
  '-no-color',
  lockId,
];

describe('state routes with a real terraform: who gets in', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);
  const runs = new TerraformRuns();
  let scenario: StateScenario | undefined;

  afterEach(async () => {
    await runs.cleanUp();
    await scenario?.server.close();
    scenario = undefined;
  });

  async function setUp(databaseId: TestDatabaseId) {
    scenario = await startStateScenario(databases, databaseId);
    const { server, key } = scenario;
    const config = builtinBackendConfig({ baseUrl: server.baseUrl, ...key });
    const jobDir = await runs.workdir({
      'main.tf': threeResourceModule,
      'backend.tf.json': config.tfJson,
    });
    // How a person at a terminal reaches the same state: their Backstage token.
    const personDir = await runs.workdir({
      'main.tf': threeResourceModule,
      'backend.tf.json': JSON.stringify({
        terraform: {
          backend: {
            http: { ...config.settings, username: BACKSTAGE_USERNAME },
          },
        },
      }),
    });
    const asPerson = (ref: string) => ({
      TF_HTTP_PASSWORD: mockCredentials.user.token(ref),
    });
    return { ...scenario, config, jobDir, personDir, asPerson };
  }

  it.each(databases.eachSupportedId())(
    'leaves force-unlock of a dead apply’s lock to Admins, and audits it, %p',
    async databaseId => {
      const { server, key, job, token, jobDir, personDir, asPerson, knex } =
        await setUp(databaseId);
      const asJob = { TF_HTTP_PASSWORD: token };
      await runs.run(jobDir, init, asJob);
      const apply = runs.start(
        jobDir,
        ['apply', '-auto-approve', '-input=false', '-var=sleep_seconds=60'],
        asJob,
      );
      const lock = await eventually(
        'Terraform to take its lock',
        () => server.store.getLock(key, new Date().toISOString()),
        { intervalMs: 50 },
      );
      // Killed hard, the apply leaves its lock behind (its job still runs).
      process.kill(-apply.child.pid!, 'SIGKILL');
      await apply.result;
      expect(await server.store.getLock(key, new Date().toISOString())).toEqual(
        lock,
      );

      expect(await runs.run(personDir, init, asPerson(READER))).toMatchObject({
        code: 0,
      });
      const byReader = await runs.run(
        personDir,
        forceUnlock(lock.lockId),
        asPerson(READER),
      );
      expect(byReader.code).toBe(1);
      expect(byReader.output).toContain('Unexpected HTTP response code 403');
      const byJob = await runs.run(jobDir, forceUnlock(lock.lockId), asJob);
      expect(byJob.code).toBe(1);
      expect(server.audits).toEqual([]);
      expect(await server.store.getLock(key, new Date().toISOString())).toEqual(
        lock,
      );

      // Until the runner sees its Terraform gone, the job runs and may still write.
      const whileRunning = await runs.run(
        personDir,
        forceUnlock(lock.lockId),
        asPerson(ADMIN),
      );
      expect(whileRunning.code).toBe(1);
      expect(whileRunning.output).toContain(
        'Unexpected HTTP response code 409',
      );
      await setJobRun(knex, job.jobId, { status: 'failed' });

      const byAdmin = await runs.run(
        personDir,
        forceUnlock(lock.lockId),
        asPerson(ADMIN),
      );
      expect(byAdmin).toMatchObject({ code: 0 });
      expect(await server.store.getLock(key, new Date().toISOString())).toBe(
        undefined,
      );
      expect(server.audits).toEqual([
        expect.objectContaining({
          action: 'force-unlock',
          actor: ADMIN,
          released: expect.objectContaining({
            lockId: lock.lockId,
            jobId: job.jobId,
          }),
        }),
      ]);
      // Terraform sent the force-unlock as an UNLOCK without a body.
      expect(
        server.responses.filter(r => r.method === 'UNLOCK').map(r => r.status),
      ).toEqual([403, 403, 409, 200]);

      // The workspace's next job takes the lock and applies.
      const nextJob = await aRunningJob(knex, { workspaceId: key.workspaceId });
      const asNextJob = {
        TF_HTTP_PASSWORD: await server.credentials.mint(
          nextJob.jobId,
          key.workspaceId,
          inMinutes(30),
        ),
      };
      const next = await runs.run(
        jobDir,
        ['apply', '-auto-approve', '-input=false', '-no-color'],
        asNextJob,
      );
      expect(next.code).toBe(0);
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses a job credential on another workspace with 403, %p',
    async databaseId => {
      const { knex, server, key, token } = await setUp(databaseId);
      const other = await aRunningJob(knex);
      const othersConfig = builtinBackendConfig({
        baseUrl: server.baseUrl,
        ...key,
        workspaceId: other.workspaceId,
      });
      const othersDir = await runs.workdir({
        'main.tf': threeResourceModule,
        'backend.tf': othersConfig.hcl,
      });

      const result = await runs.run(othersDir, init, {
        TF_HTTP_PASSWORD: token,
      });

      expect(result.code).toBe(1);
      expect(result.output).toContain(
        'HTTP remote state endpoint invalid auth',
      );
      expect(server.responses).toEqual([
        {
          method: 'GET',
          path: `/api/workspaces/state/${other.workspaceId}/infrastructure`,
          status: 403,
        },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses an expired credential with 401, %p',
    async databaseId => {
      const { server, job, jobDir } = await setUp(databaseId);
      const expired = await server.credentials.mint(
        job.jobId,
        job.workspaceId,
        inMinutes(-1),
      );

      const result = await runs.run(jobDir, init, {
        TF_HTTP_PASSWORD: expired,
      });

      expect(result.code).toBe(1);
      expect(result.output).toContain(
        'HTTP remote state endpoint requires auth',
      );
      expect(server.responses.map(r => r.status)).toEqual([401]);
    },
  );
});
