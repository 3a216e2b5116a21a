import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { migrateWorkspacesDatabase } from '../database';
import {
  createRecordingRootLogger,
  searchableText,
} from '../__testUtils__/recordingRootLogger';
import {
  startWorkspacesTestBackend,
  TEST_SECRET_ENV,
  testAccountConfig,
} from '../__testUtils__/startWorkspacesTestBackend';
import { readEveryRow } from '../__testUtils__/tableRows';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';

jest.setTimeout(120_000);

// A template that does what careless user code does: print its environment.
const leakyTemplate = `
variable "workspace_external_id" { type = string }

resource "terraform_data" "leaky" {
  input = var.workspace_external_id
  provisioner "local-exec" {
    command = "echo \\"the api key is $SANDBOX_API_KEY\\"; env | grep SANDBOX"
  }
}

output "echoed" {
  value = "built ${'${'}var.workspace_external_id}"
}
`;

describe('secrets through the job runner', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'oq-canary-'));
    await mkdir(path.join(root, 'leaky'));
    await writeFile(path.join(root, 'leaky', 'main.tf'), leakyTemplate);
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true, maxRetries: 10 });
  });

  it.each(databases.eachSupportedId())(
    'keeps a credential secret that Terraform prints out of events, logs, responses and rows, on %p',
    async (databaseId: TestDatabaseId) => {
      const canary = `canary-${randomUUID()}`;
      process.env[TEST_SECRET_ENV] = canary;
      const knex = await databases.init(databaseId);
      await migrateWorkspacesDatabase(knex);
      const log = createRecordingRootLogger();
      const account = testAccountConfig();
      const { as } = await startWorkspacesTestBackend({
        knex,
        extraFeatures: [log.factory],
        extraStackTemplateRoots: [root],
        runner: {
          enabled: true,
          pollIntervalMilliseconds: 50,
          workDirectory: path.join(root, 'jobs'),
        },
        account: {
          ...account,
          stackTemplates: [
            {
              ...account.stackTemplates[0],
              name: 'leaky',
              title: 'Prints its environment',
              source: { type: 'directory', path: path.join(root, 'leaky') },
              inputs: { type: 'object', required: [], properties: {} } as any,
              apps: [],
            },
          ],
        },
      });

      const responses: unknown[] = [];
      const created = await as('admin')
        .post('/workspaces')
        .send({
          name: 'Leaky',
          provisioning: {
            stackTemplate: 'leaky',
            cloudCredential: 'local-sandbox',
            stateStorage: 'builtin',
          },
        });
      responses.push(created.body);
      const id = created.body.id;
      let view;
      const deadline = Date.now() + 60_000;
      do {
        await new Promise(resolve => setTimeout(resolve, 200));
        view = (await as('admin').get(`/workspaces/${id}`)).body;
      } while (view.activeJob && Date.now() < deadline);
      expect(view.status).toBe('running');
      responses.push(view);
      const events = (
        await as('admin').get(`/workspaces/${id}/events?limit=500`)
      ).body;
      responses.push(events);
      const jobs = (await as('admin').get(`/workspaces/${id}/jobs`)).body;
      responses.push(jobs);
      const logChunks = (await as('admin').get(`/jobs/${jobs.items[0].id}/log`))
        .body;
      responses.push(logChunks);

      // Control: the echo did run, and its secret was masked where it printed.
      const logText = logChunks.items.map((c: any) => c.text).join('\n');
      expect(logText).toContain('the api key is ***');

      const everywhere = [
        ['responses', searchableText(responses)],
        ['log lines', searchableText(log.lines)],
        ['rows', searchableText(await readEveryRow(knex))],
      ];
      for (const [where, text] of everywhere) {
        expect({ where, leaked: text.includes(canary) }).toEqual({
          where,
          leaked: false,
        });
      }
    },
  );
});
