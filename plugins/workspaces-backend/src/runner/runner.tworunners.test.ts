import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { migrateWorkspacesDatabase } from '../database';
import {
  startWorkspacesTestBackend,
  TEST_SECRET_ENV,
  testAccountConfig,
} from '../__testUtils__/startWorkspacesTestBackend';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';

jest.setTimeout(110_000);

const JOBS = 50;

// One built-in resource and no apps: a job is init, plan and apply of one module.
const MINIMAL_TEMPLATE = `
variable "workspace_external_id" {
  type = string
}

resource "terraform_data" "marker" {
  input = var.workspace_external_id
}

output "marker" {
  value = terraform_data.marker.output
}
`;

function minimalAccount(templateDirectory: string) {
  const account = testAccountConfig();
  return {
    ...account,
    stackTemplates: [
      {
        name: 'marker',
        title: 'One marker resource',
        source: { type: 'directory', path: templateDirectory },
        inputs: { type: 'object', properties: {} },
        apps: [],
        requiresApproval: false,
      },
    ],
  } as ReturnType<typeof testAccountConfig>;
}

describe('runners sharing one database', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);
  let workDirectory: string;
  let templateRoot: string;

  beforeEach(async () => {
    workDirectory = await mkdtemp(path.join(os.tmpdir(), 'oq-two-runners-'));
    templateRoot = await mkdtemp(path.join(os.tmpdir(), 'oq-marker-template-'));
    await writeFile(path.join(templateRoot, 'main.tf'), MINIMAL_TEMPLATE);
    process.env[TEST_SECRET_ENV] = 'sandbox-secret-for-runner-tests';
  });
  afterEach(async () => {
    await rm(workDirectory, { recursive: true, force: true, maxRetries: 10 });
    await rm(templateRoot, { recursive: true, force: true, maxRetries: 10 });
  });

  // Two replicas on one database is the PostgreSQL deployment; TestDatabases' SQLite is
  // an in-memory database of one connection, which two runners cannot share.
  it.each(
    databases.eachSupportedId().filter(([id]) => id.startsWith('POSTGRES')),
  )(
    `run each of ${JOBS} queued jobs exactly once, on %p (PostgreSQL only: SQLite test databases cannot be shared)`,
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateWorkspacesDatabase(knex);
      const replica = () =>
        startWorkspacesTestBackend({
          knex,
          extraStackTemplateRoots: [templateRoot],
          account: minimalAccount(templateRoot),
          runner: {
            enabled: true,
            concurrency: 2,
            pollIntervalMilliseconds: 50,
            leaseSeconds: 20,
            heartbeatSeconds: 1,
            workDirectory,
          },
        });
      const [first, second] = [await replica(), await replica()];

      const ids: string[] = [];
      for (let i = 0; i < JOBS; i++) {
        // Half the requests through each replica, as a load balancer would send them.
        const created = await (i % 2 ? second : first)
          .as('admin')
          .post('/workspaces')
          .send({
            name: `Shared queue ${i}`,
            owner: 'user:default/dana.dev',
            provisioning: {
              stackTemplate: 'marker',
              cloudCredential: 'local-sandbox',
              stateStorage: 'builtin',
            },
            parameters: {},
          });
        expect(created.status).toBe(201);
        ids.push(created.body.id);
      }

      const deadline = Date.now() + 90_000;
      for (;;) {
        const open = await knex('jobs')
          .whereIn('workspace_id', ids)
          .whereIn('status', ['queued', 'running'])
          .count({ count: '*' });
        if (Number(open[0].count) === 0) break;
        if (Date.now() > deadline) {
          throw new Error(`${open[0].count} jobs still open`);
        }
        await new Promise(resolve => setTimeout(resolve, 200));
      }

      const jobs = await knex('jobs').whereIn('workspace_id', ids);
      expect(jobs).toHaveLength(JOBS);
      expect(jobs.filter(job => job.status !== 'succeeded')).toEqual([]);
      const lifecycle = await knex('events')
        .whereIn('workspace_id', ids)
        .whereIn('type', ['job.started', 'job.finished'])
        .select('job_id', 'type', 'message');
      // Both runners ran some of the jobs.
      const owners = new Set(jobs.map(job => job.lease_owner));
      expect(owners.size).toBe(2);
      for (const job of jobs) {
        const ofJob = lifecycle.filter(e => e.job_id === job.id);
        expect(ofJob.map(e => e.type).sort()).toEqual([
          'job.finished',
          'job.started',
        ]);
        // The runner that started the job is the one that held its lease to the end.
        expect(ofJob.find(e => e.type === 'job.started').message).toContain(
          `runner ${job.lease_owner}`,
        );
      }

      const workspaces = await knex('workspaces').whereIn('id', ids);
      expect(workspaces.map(w => w.status)).toEqual(
        Array(JOBS).fill('running'),
      );
      const versions = await knex('state_versions')
        .whereIn('workspace_id', ids)
        .select('workspace_id', 'component', 'serial', 'job_id');
      expect(new Set(versions.map(v => v.workspace_id)).size).toBe(JOBS);
      const serials = versions.map(
        v => `${v.workspace_id}/${v.component}/${v.serial}`,
      );
      expect(serials.length).toBe(new Set(serials).size);
    },
  );
});
