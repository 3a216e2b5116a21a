import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { migrateWorkspacesDatabase } from '../database';
import { schemaErrors } from '../schema/__testUtils__/specValidator';
import {
  aCreateRequest,
  startWorkspacesTestBackend,
  TEST_SECRET_ENV,
} from '../__testUtils__/startWorkspacesTestBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(120_000);

/**
 * What the server really answers, checked against the OpenAPI contract that clients are
 * generated and typed from: a whole workspace life with real terraform, so every kind
 * of event the runner writes is among them.
 */
describe('responses of the running API match the OpenAPI contract', () => {
  const databases = createTestDatabases();
  let workDirectory: string;
  beforeEach(async () => {
    workDirectory = await mkdtemp(path.join(os.tmpdir(), 'oq-contract-'));
    process.env[TEST_SECRET_ENV] = 'contract-test-secret';
  });
  afterEach(() =>
    rm(workDirectory, { recursive: true, force: true, maxRetries: 10 }),
  );

  it('for every endpoint of a workspace life on SQLite', async () => {
    const knex = await databases.init('SQLITE_3');
    await migrateWorkspacesDatabase(knex);
    const { as } = await startWorkspacesTestBackend({
      knex,
      runner: { enabled: true, pollIntervalMilliseconds: 50, workDirectory },
    });
    const checked: Array<[string, string, unknown]> = [];
    const check = (name: string, schema: string, body: unknown) =>
      checked.push([name, schema, body]);

    const created = await as('admin')
      .post('/workspaces')
      .send(aCreateRequest({ owner: 'user:default/dana.dev' }));
    check('POST /workspaces', 'Workspace', created.body);
    const id = created.body.id;
    let view;
    do {
      await new Promise(resolve => setTimeout(resolve, 200));
      view = (await as('admin').get(`/workspaces/${id}`)).body;
    } while (view.activeJob);
    expect(view.status).toBe('running');
    check('GET /workspaces/{id}', 'WorkspaceWithAllowedOperations', view);
    check(
      'GET /workspaces',
      'WorkspaceList',
      (await as('developer').get('/workspaces?scope=mine')).body,
    );
    check(
      'PATCH /workspaces/{id}',
      'Workspace',
      (
        await as('developer')
          .patch(`/workspaces/${id}`)
          .send({ description: 'x' })
      ).body,
    );
    const ref = encodeURIComponent('group:default/analytics');
    check(
      'PUT member',
      'WorkspaceMember',
      (
        await as('developer')
          .put(`/workspaces/${id}/members/${ref}`)
          .send({ role: 'viewer' })
      ).body,
    );
    check(
      'GET members',
      'MemberList',
      (await as('developer').get(`/workspaces/${id}/members`)).body,
    );
    const sync = await as('developer')
      .post(`/workspaces/${id}/operations`)
      .send({ operation: 'sync-apps' });
    check('POST operations', 'JobAccepted', sync.body);
    const cancelled = await as('developer').post(
      `/jobs/${sync.body.job.id}/cancel`,
    );
    if (cancelled.status === 202) check('POST cancel', 'Job', cancelled.body);
    do {
      await new Promise(resolve => setTimeout(resolve, 200));
      view = (await as('admin').get(`/workspaces/${id}`)).body;
    } while (view.activeJob);
    const jobs = (await as('admin').get(`/workspaces/${id}/jobs`)).body;
    check('GET jobs', 'JobList', jobs);
    check(
      'GET job',
      'Job',
      (await as('admin').get(`/jobs/${jobs.items[0].id}`)).body,
    );
    check(
      'GET log',
      'JobLogPage',
      (
        await as('admin').get(
          `/jobs/${jobs.items[jobs.items.length - 1].id}/log`,
        )
      ).body,
    );
    const events = (await as('admin').get(`/workspaces/${id}/events?limit=500`))
      .body;
    check('GET events', 'EventPage', events);
    for (const kind of [
      'stack-templates',
      'cloud-credentials',
      'state-storages',
      'networks',
    ]) {
      check(
        `GET /account/${kind}`,
        'AccountResourceList',
        (await as('developer').get(`/account/${kind}`)).body,
      );
    }
    check(
      'POST check',
      'AccountResourceValidation',
      (await as('admin').post('/account/networks/shared-dev-network/check'))
        .body,
    );
    check(
      'DELETE /workspaces/{id}',
      'JobAccepted',
      (await as('accountOwner').delete(`/workspaces/${id}`)).body,
    );
    do {
      await new Promise(resolve => setTimeout(resolve, 200));
      view = (await as('admin').get(`/workspaces/${id}`)).body;
    } while (view.activeJob);
    expect(view.status).toBe('deleted');
    check(
      'an error',
      'Error',
      (await as('developer').post('/workspaces').send({})).body,
    );

    // The life produced the kinds of events the runner and the API write.
    expect([
      ...new Set(events.items.map((e: { type: string }) => e.type)),
    ]).toEqual(
      expect.arrayContaining([
        'workspace.created',
        'job.queued',
        'job.started',
        'status.changed',
        'terraform.resource',
        'terraform.change-summary',
        'job.finished',
        'settings.changed',
        'member.added',
      ]),
    );
    const problems = checked
      .map(([name, schema, body]) => ({
        name,
        errors: schemaErrors(schema, body),
      }))
      .filter(result => result.errors.length > 0);
    expect(problems).toEqual([]);
  });
});
