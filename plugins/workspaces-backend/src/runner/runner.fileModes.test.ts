import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { migrateWorkspacesDatabase } from '../database';
import {
  aCreateRequest,
  startWorkspacesTestBackend,
  TEST_SECRET_ENV,
} from '../__testUtils__/startWorkspacesTestBackend';
import { requireStatus } from '../__testUtils__/teamWorkspace';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { waitForStatus } from './__testUtils__/workspaceProgress';

jest.setTimeout(180_000);

// Runs during apply, in the module directory the runner prepared, so it sees the job's
// directory, its inputs and the plan exactly as Terraform has them.
const probeModule = `
resource "terraform_data" "probe" {
  provisioner "local-exec" {
    command = "stat -c 'mode-probe %a %n' .. zz_workspaces.auto.tfvars.json zz_workspaces_backend_override.tf.json tfplan"
  }
}
`;

/**
 * A job's directory and the files in it hold variables, backend settings and plans
 * with prior state: only the backend's user may read them, whatever its umask.
 */
describe('job files on disk', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);
  let workDirectory: string;
  let templateRoot: string;
  let umask: number;

  // The common umask: under 077 every file would be private without any chmod.
  beforeAll(() => {
    umask = process.umask(0o022);
  });

  beforeEach(async () => {
    workDirectory = await mkdtemp(path.join(os.tmpdir(), 'oq-file-modes-'));
    templateRoot = await mkdtemp(path.join(os.tmpdir(), 'oq-probe-template-'));
    await mkdir(path.join(templateRoot, 'probe'));
    await writeFile(path.join(templateRoot, 'probe', 'main.tf'), probeModule);
    process.env[TEST_SECRET_ENV] = 'sandbox-secret-for-runner-tests';
  });
  afterEach(async () => {
    await rm(workDirectory, { recursive: true, force: true, maxRetries: 10 });
    await rm(templateRoot, { recursive: true, force: true });
  });
  afterAll(() => {
    process.umask(umask);
  });

  it.each(databases.eachSupportedId())(
    'are 0700 for the job directory and 0600 for inputs and the plan, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateWorkspacesDatabase(knex);
      const backend = await startWorkspacesTestBackend({
        knex,
        extraStackTemplateRoots: [templateRoot],
        runner: {
          enabled: true,
          pollIntervalMilliseconds: 50,
          leaseSeconds: 20,
          heartbeatSeconds: 1,
          workDirectory,
        },
      });
      const admin = backend.as('admin');
      const registered = await admin.post('/account/stack-templates').send({
        name: 'mode-probe',
        title: 'Mode probe',
        source: { type: 'directory', path: path.join(templateRoot, 'probe') },
        inputs: { type: 'object', properties: {} },
      });
      requireStatus(registered, 201, 'registering the probe template');
      const created = await admin.post('/workspaces').send(
        aCreateRequest({
          provisioning: {
            ...aCreateRequest().provisioning,
            stackTemplate: 'mode-probe',
          },
          parameters: {},
        }),
      );
      requireStatus(created, 201, 'creating the workspace');
      const view = await waitForStatus(backend.as, created.body.id, [
        'running',
        'failed',
      ]);
      expect(view.failureReason).toBeUndefined();

      const log = (
        await admin.get(`/jobs/${created.body.job.id}/log?limit=1000`)
      ).body.items
        .map((chunk: { text: string }) => chunk.text)
        .join('');
      const modes = Object.fromEntries(
        [...log.matchAll(/mode-probe (\d+) ([^\s"\\]+)/g)].map(
          ([, mode, file]) => [file, mode],
        ),
      );
      expect(modes).toEqual({
        '..': '700',
        'zz_workspaces.auto.tfvars.json': '600',
        'zz_workspaces_backend_override.tf.json': '600',
        tfplan: '600',
      });
    },
  );
});
