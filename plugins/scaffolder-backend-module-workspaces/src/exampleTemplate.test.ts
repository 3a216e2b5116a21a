/* eslint-disable @backstage/no-mixed-plugin-imports --
 * an end-to-end test: it runs the workspaces backend, set up with that package's
 * test utilities like its own tests. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import permissionBackend from '@backstage/plugin-permission-backend';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import workspacesPolicyModule from '@oqullus/plugin-permission-backend-module-workspaces-policy';
import workspacesPlugin from '@oqullus/plugin-workspaces-backend';
import {
  accountRolesConfig,
  exampleOrgUserInfoFactory,
  exampleStackTemplates,
  realisticHttpAuthFactory,
  TEST_SECRET_ENV,
  testAccountConfig,
} from '@oqullus/plugin-workspaces-backend/testUtils';
import request from 'supertest';
import { parse as parseYaml } from 'yaml';
import { scaffolderModuleWorkspaces } from './module';

jest.setTimeout(240_000);

const TEMPLATE_FILE = path.resolve(
  __dirname,
  '../../../examples/templates/create-workspace/template.yaml',
);
const DANA = 'user:default/dana.dev';
// An Account Owner: a developer's workspace waits for one to approve it.
const OLIVIA = 'user:default/olivia.owner';

type TaskEvent = { type: string; body: { message?: string; output?: any } };

async function readTemplate(): Promise<Entity> {
  const template = parseYaml(await readFile(TEMPLATE_FILE, 'utf8')) as Entity;
  template.metadata.namespace = 'default';
  return template;
}

/** Form values as the example template's pickers yield them. */
function formValues(name: string) {
  return {
    name,
    description: 'Created by the example template',
    stackTemplate: 'resource:default/stack-template-lakehouse-local',
    cloudCredential: 'resource:default/cloud-credential-local-sandbox',
    stateStorage: 'resource:default/state-storage-builtin',
    parameters: { region: 'eu-west-1', apply_delay_seconds: 0 },
  };
}

/**
 * The example "Create a workspace" template, run by the real scaffolder with our
 * actions against the real workspaces backend, whose runner builds the offline
 * lakehouse with real terraform. The catalog only serves the template: the form's
 * entity refs are mapped to account resource names by the action itself.
 */
describe('the example template "Create a workspace"', () => {
  let workDirectory: string;

  // Jest gives this file's realm Node's own fetch, whose parsed bodies carry the
  // outer realm's Object.prototype; the scaffolder's templating refuses those as
  // not plain records; a portal runs in one realm and never meets them. Parse here.
  const nodeFetch = globalThis.fetch;
  beforeAll(() => {
    globalThis.fetch = async (input, init) => {
      const response = await nodeFetch(input, init);
      response.json = async () => JSON.parse(await response.text());
      return response;
    };
  });
  afterAll(() => {
    globalThis.fetch = nodeFetch;
  });

  beforeAll(async () => {
    workDirectory = await mkdtemp(path.join(os.tmpdir(), 'oq-template-test-'));
    process.env[TEST_SECRET_ENV] = 'sandbox-secret-for-template-tests';
  });
  afterAll(async () => {
    await rm(workDirectory, { recursive: true, force: true, maxRetries: 10 });
  });

  async function startPortalBackend() {
    const template = await readTemplate();
    const { server } = await startTestBackend({
      features: [
        scaffolderPlugin,
        scaffolderModuleWorkspaces,
        workspacesPlugin,
        permissionBackend,
        workspacesPolicyModule,
        exampleOrgUserInfoFactory,
        realisticHttpAuthFactory,
        mockServices.permissions.factory(),
        catalogServiceMock.factory({ entities: [template] }),
        mockServices.rootConfig.factory({
          data: {
            app: { baseUrl: 'http://localhost:3000' },
            permission: { enabled: true },
            workspaces: {
              roles: accountRolesConfig,
              stackTemplateRoots: [exampleStackTemplates],
              account: testAccountConfig(),
              runner: {
                enabled: true,
                pollIntervalMilliseconds: 50,
                leaseSeconds: 20,
                heartbeatSeconds: 1,
                workDirectory,
                cancelGraceSeconds: 5,
              },
            },
          },
        }),
      ],
    });
    const http = request(server);
    return {
      http,
      asDana: (req: request.Test) =>
        req.set('Authorization', mockCredentials.user.header(DANA)),
      asOlivia: (req: request.Test) =>
        req.set('Authorization', mockCredentials.user.header(OLIVIA)),
    };
  }
  type PortalBackend = Awaited<ReturnType<typeof startPortalBackend>>;

  /** The task's log lines so far. */
  async function taskLog(backend: PortalBackend, taskId: string) {
    const events: TaskEvent[] = (
      await backend.asDana(
        backend.http.get(`/api/scaffolder/v2/tasks/${taskId}/events`),
      )
    ).body;
    return events
      .filter(event => event.type === 'log')
      .map(event => event.body.message ?? '');
  }

  /** Polls until the task's log has a line that matches, and returns that line. */
  async function waitForLogLine(
    backend: PortalBackend,
    taskId: string,
    pattern: RegExp,
  ): Promise<string> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const log = await taskLog(backend, taskId);
      const line = log.find(message => pattern.test(message));
      if (line) return line;
      if (Date.now() > deadline) {
        throw new Error(
          `no log line matches ${pattern}; the log:\n${log.join('\n')}`,
        );
      }
      await new Promise(resolve => setTimeout(resolve, 250));
    }
  }

  async function waitForTaskToEnd(backend: PortalBackend, taskId: string) {
    const deadline = Date.now() + 180_000;
    for (;;) {
      const task = await backend.asDana(
        backend.http.get(`/api/scaffolder/v2/tasks/${taskId}`),
      );
      expect(task.status).toBe(200);
      if (['completed', 'failed', 'cancelled'].includes(task.body.status)) {
        return task.body;
      }
      if (Date.now() > deadline) {
        const log = await taskLog(backend, taskId);
        throw new Error(
          `task ${taskId} is still ${task.body.status}; its log:\n${log.join(
            '\n',
          )}`,
        );
      }
      await new Promise(resolve => setTimeout(resolve, 250));
    }
  }

  it('creates a workspace that real terraform builds once approved, streaming its events into the task log', async () => {
    const backend = await startPortalBackend();
    const { http, asDana, asOlivia } = backend;

    const started = await asDana(
      http.post('/api/scaffolder/v2/tasks').send({
        templateRef: 'template:default/create-workspace',
        values: formValues('Template lakehouse'),
      }),
    );
    expect(started.status).toBe(201);
    const taskId: string = started.body.id;

    const createdLine = await waitForLogLine(
      backend,
      taskId,
      /Created workspace ws-[a-z0-9]{10} \(([0-9a-f-]{36})\)/,
    );
    const workspaceId = createdLine.match(/\(([0-9a-f-]{36})\)/)![1];
    // workspaces:wait streams the workspace's own events while it waits.
    await waitForLogLine(
      backend,
      taskId,
      /Waiting for an Account Owner or Admin to approve this workspace/,
    );
    const approved = await asOlivia(
      http
        .post(`/api/workspaces/workspaces/${workspaceId}/approval`)
        .send({ decision: 'approve' }),
    );
    expect(approved.status).toBe(200);

    const task = await waitForTaskToEnd(backend, taskId);
    const log = await taskLog(backend, taskId);
    // The log in the failure message says why a task did not complete.
    expect(`${task.status}\n${log.join('\n')}`).toMatch(/^completed\n/);
    expect(task.createdBy).toBe(DANA);

    const workspace = await asDana(
      http.get(`/api/workspaces/workspaces/${workspaceId}`),
    );
    expect(workspace.status).toBe(200);
    expect(workspace.body).toMatchObject({
      name: 'Template lakehouse',
      description: 'Created by the example template',
      owner: DANA,
      createdBy: DANA,
      status: 'running',
      approval: { state: 'approved' },
      provisioning: {
        stackTemplate: 'lakehouse-local',
        cloudCredential: 'local-sandbox',
        stateStorage: 'builtin',
      },
      parameters: { region: 'eu-west-1', apply_delay_seconds: 0 },
    });
    const { externalId } = workspace.body;
    expect(workspace.body.outputs.storage_bucket).toBe(`${externalId}-lake`);

    const events: TaskEvent[] = (
      await asDana(http.get(`/api/scaffolder/v2/tasks/${taskId}/events`))
    ).body;
    const completion = events.find(event => event.type === 'completion');
    expect(completion?.body.output.links).toEqual([
      {
        title: 'Open the workspace',
        icon: 'dashboard',
        url: `http://localhost:3000/workspaces/${workspaceId}`,
      },
      {
        title: 'Open in the catalog',
        icon: 'catalog',
        entityRef: `resource:default/${externalId}`,
      },
    ]);

    // The provisioning that real terraform did, streamed by workspaces:wait, each once.
    const workspaceEvents = (
      await asDana(
        http.get(`/api/workspaces/workspaces/${workspaceId}/events?limit=500`),
      )
    ).body.items.map((event: { message: string }) => event.message);
    expect(workspaceEvents.length).toBeGreaterThan(3);
    const streamed = log.filter(line =>
      workspaceEvents.some((m: string) => line.endsWith(m)),
    );
    expect(streamed).toHaveLength(workspaceEvents.length);
    expect(log).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/infrastructure: apply 4 to add, 0 to change/),
        expect.stringMatching(/The workspace is Running \(was Provisioning\)$/),
      ]),
    );
  });

  it('dry-runs with the form values, validating them and creating nothing', async () => {
    const { http, asDana, asOlivia } = await startPortalBackend();
    const template = await readTemplate();

    // Dry runs are for template authors, whom the policy finds among Account Owners.
    const dryRun = await asOlivia(
      http.post('/api/scaffolder/v2/dry-run').send({
        template,
        values: formValues('Dry lakehouse'),
        directoryContents: [],
      }),
    );

    expect(dryRun.status).toBe(200);
    expect(dryRun.body.log.map((e: TaskEvent) => e.body.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'Dry run: would create workspace "Dry lakehouse" from stack template lakehouse-local',
        ),
        expect.stringContaining('Dry run: would wait for workspace'),
      ]),
    );
    expect(dryRun.body.output.links).toEqual([
      expect.objectContaining({
        url: 'http://localhost:3000/workspaces/00000000-0000-0000-0000-000000000000',
      }),
      expect.objectContaining({ entityRef: 'resource:default/ws-dry-run' }),
    ]);
    const workspaces = await asDana(http.get('/api/workspaces/workspaces'));
    expect(workspaces.body.items).toEqual([]);
  });

  it("refuses form values that break the template's name rules", async () => {
    const { http, asOlivia } = await startPortalBackend();

    const dryRun = await asOlivia(
      http.post('/api/scaffolder/v2/dry-run').send({
        template: await readTemplate(),
        values: formValues('-starts with a hyphen'),
        directoryContents: [],
      }),
    );

    expect(dryRun.status).toBe(400);
    expect(JSON.stringify(dryRun.body.errors)).toContain('pattern');
  });
});
