import { mkdtemp, rm } from 'node:fs/promises';
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
import { waitForStatus } from './__testUtils__/workspaceProgress';

jest.setTimeout(180_000);

/**
 * The apps' states are made from the infrastructure's outputs, and destroying the apps
 * needs those outputs again. A runner that dies while the apps run leaves only what is
 * stored, so the outputs must be stored before the apps start, not when the job ends.
 */
describe("the infrastructure's outputs", () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);
  let workDirectory: string;

  beforeEach(async () => {
    workDirectory = await mkdtemp(path.join(os.tmpdir(), 'oq-runner-outputs-'));
    process.env[TEST_SECRET_ENV] = 'sandbox-secret-for-runner-tests';
  });
  afterEach(() =>
    rm(workDirectory, { recursive: true, force: true, maxRetries: 10 }),
  );

  it.each(databases.eachSupportedId())(
    'are stored on the workspace as soon as its apply succeeds, while the apps still run, on %p',
    async databaseId => {
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
        },
      });
      const created = await backend
        .as('admin')
        .post('/workspaces')
        .send(aCreateRequest({ owner: 'user:default/dana.dev' }));
      expect(created.status).toBe(201);
      const id: string = created.body.id;
      const jobId: string = created.body.job.id;

      // Watch the job between its steps: once the infrastructure step has succeeded
      // and an app step has not, the job is still running the apps.
      const seenWhileAppsRan: Record<string, unknown>[] = [];
      for (let polls = 0; polls < 1200; polls++) {
        const job = (await backend.as('admin').get(`/jobs/${jobId}`)).body;
        if (job.status !== 'queued' && job.status !== 'running') break;
        const steps = new Map<string, string>(
          job.steps.map((s: any) => [s.name, s.status]),
        );
        const appsRunning =
          steps.get('infrastructure') === 'succeeded' &&
          (steps.get('orchestrator') !== 'succeeded' ||
            steps.get('notebooks') !== 'succeeded');
        if (appsRunning) {
          const view = (await backend.as('admin').get(`/workspaces/${id}`))
            .body;
          if (view.activeJob) seenWhileAppsRan.push(view.outputs);
        }
        await new Promise(resolve => setTimeout(resolve, 50));
      }
      const running = await waitForStatus(backend.as, id, ['running']);

      expect(seenWhileAppsRan.length).toBeGreaterThan(0);
      for (const outputs of seenWhileAppsRan) {
        expect(outputs).toEqual(running.outputs);
      }
      expect(running.outputs.query_endpoint).toBe(
        `https://${created.body.externalId}.query.local`,
      );
    },
  );
});
