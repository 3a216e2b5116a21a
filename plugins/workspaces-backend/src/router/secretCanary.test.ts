import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Response, Test } from 'supertest';
import {
  createRecordingRootLogger,
  searchableText,
} from '../__testUtils__/recordingRootLogger';
import {
  aCreateRequest,
  TEST_SECRET_ENV,
  type WorkspacesTestBackend,
} from '../__testUtils__/startWorkspacesTestBackend';
import { readEveryRow } from '../__testUtils__/tableRows';
import { startOnDatabase } from '../__testUtils__/teamWorkspace';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';

jest.setTimeout(120_000);

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Requester = ReturnType<WorkspacesTestBackend['as']>;

describe('secret canary', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  // The value of the test credential's secret: it must never leave the backend.
  const canary = `canary-${randomUUID()}`;
  const previousValue = process.env[TEST_SECRET_ENV];
  beforeAll(() => {
    process.env[TEST_SECRET_ENV] = canary;
  });
  afterAll(() => {
    if (previousValue === undefined) delete process.env[TEST_SECRET_ENV];
    else process.env[TEST_SECRET_ENV] = previousValue;
  });

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    const log = createRecordingRootLogger();
    const responses: unknown[] = [];
    let backend: WorkspacesTestBackend;
    let knex: Knex;
    const checks: Record<string, string> = {};
    let workspaceId: string;

    const recordResponse = (label: string) => (response: Response) => {
      const { status, headers, text } = response;
      responses.push({ label, status, headers, text });
    };
    const recording = (test: Test, label: string) =>
      test.on('response', recordResponse(label));
    const as = (person: Parameters<WorkspacesTestBackend['as']>[0]) => {
      const inner = backend.as(person);
      return Object.fromEntries(
        methods.map(m => [
          m,
          (url: string) => recording(inner[m](url), `${person} ${m} ${url}`),
        ]),
      ) as Requester;
    };

    /** Every place a secret could leak to, each as a list of texts. */
    async function places(): Promise<Record<string, string[]>> {
      const rows = await readEveryRow(knex);
      return {
        responses: responses.map(searchableText),
        'log lines': log.lines
          .filter(line => !line.fields.isAuditEvent)
          .map(searchableText),
        'auditor events': log.lines
          .filter(line => line.fields.isAuditEvent)
          .map(searchableText),
        'database rows': Object.entries(rows).flatMap(([table, tableRows]) =>
          tableRows.map(row => `${table} ${searchableText(row)}`),
        ),
        'signals and notifications': [
          ...backend.recorded.signals,
          ...backend.recorded.notifications,
        ].map(searchableText),
      };
    }

    async function placesHolding(needle: string) {
      const found: Record<string, string[]> = {};
      for (const [place, texts] of Object.entries(await places())) {
        const hits = texts.filter(text => text.includes(needle));
        if (hits.length) found[place] = hits.map(hit => hit.slice(0, 400));
      }
      return found;
    }

    async function check(kind: string, name: string) {
      const checked = await as('admin').post(`/account/${kind}/${name}/check`);
      checks[name] = checked.body.status;
    }

    beforeAll(async () => {
      ({ knex, ...backend } = await startOnDatabase(databases, databaseId, {
        extraFeatures: [log.factory],
      }));
      const admin = as('admin');
      const dev = as('developer');
      const credential = {
        title: 'Reads the sandbox secret',
        provider: 'env',
        secrets: [{ name: 'SANDBOX_API_KEY', from: { env: TEST_SECRET_ENV } }],
      };

      // Account resources: read them all, check them, register and replace one.
      for (const kind of [
        'stack-templates',
        'cloud-credentials',
        'state-storages',
        'networks',
      ]) {
        await dev.get(`/account/${kind}`);
      }
      await dev.get('/account/cloud-credentials/local-sandbox');
      await check('cloud-credentials', 'local-sandbox');
      await admin
        .post('/account/cloud-credentials')
        .send({ name: 'canary-reader', ...credential });
      await check('cloud-credentials', 'canary-reader');
      await admin
        .put('/account/cloud-credentials/canary-reader')
        .send({ ...credential, title: 'Replaced' });
      await admin.get('/account/cloud-credentials/canary-reader');
      await admin.post('/account/cloud-credentials').send({
        name: 'missing-secret',
        ...credential,
        secrets: [
          {
            name: 'SANDBOX_API_KEY',
            from: { env: 'OQULLUS_TEST_UNSET_VARIABLE' },
          },
        ],
      });
      await check('cloud-credentials', 'missing-secret');

      // A workspace's whole life on the credential, from request to deletion.
      const created = await dev
        .post('/workspaces')
        .set('Idempotency-Key', 'canary-run')
        .send(aCreateRequest());
      workspaceId = created.body.id;
      await dev
        .post('/workspaces')
        .set('Idempotency-Key', 'canary-run')
        .send(aCreateRequest());
      const ws = `/workspaces/${workspaceId}`;
      await admin
        .post(`${ws}/approval`)
        .send({ decision: 'approve', comment: 'Go' });
      await admin
        .put(`${ws}/members/user%3Adefault%2Fvera.member`)
        .send({ role: 'viewer' });
      const jobs = await dev.get(`${ws}/jobs`);
      const jobId = jobs.body.items[0].id;
      await dev.post(`/jobs/${jobId}/cancel`);
      await dev.post(`${ws}/operations`).send({ operation: 'provision' });
      await dev.patch(ws).send({ description: 'Uses the sandbox credential' });
      for (const path of [
        ws,
        `${ws}/members`,
        `${ws}/events`,
        `${ws}/jobs`,
        `${ws}/resources`,
        `/jobs/${jobId}`,
        `/jobs/${jobId}/log`,
      ]) {
        await dev.get(path);
      }
      const other = await admin.post('/workspaces').send(
        aCreateRequest({
          name: 'Second sandbox',
          provisioning: {
            ...aCreateRequest().provisioning,
            cloudCredential: 'canary-reader',
          },
        }),
      );
      await admin.delete(`/workspaces/${other.body.id}`);
      await admin.get(`/workspaces/${other.body.id}/events`);
      await as('viewerMember').get('/workspaces?scope=all');

      // Refusals of every kind.
      await dev.post('/workspaces').send(
        aCreateRequest({
          provisioning: {
            ...aCreateRequest().provisioning,
            cloudCredential: 'nope',
          },
        }),
      );
      await dev
        .post('/workspaces')
        .set('Content-Type', 'application/json')
        .send('{"name":');
      await dev
        .post('/workspaces')
        .send(aCreateRequest({ description: 'd'.repeat(300_000) }));
      await dev.delete(ws);
      await as('outsider').get(ws);
      await as('viewerMember').patch(ws).send({ name: 'Viewer rename' });
      await admin.post(`${ws}/approval`).send({ decision: 'approve' });
      await admin.delete('/account/cloud-credentials/canary-reader');
      await dev.get('/workspaces?cursor=garbage');
      await recording(
        backend.http.get('/api/workspaces/workspaces'),
        'unauthenticated',
      );
      await admin.delete('/account/cloud-credentials/missing-secret');
    });

    it('runs with the secret in reach: the credential checks find its variable set', () => {
      expect(checks).toEqual({
        'local-sandbox': 'valid',
        'canary-reader': 'valid',
        'missing-secret': 'broken',
      });
    });

    it('exercised the API broadly: successes and every kind of refusal', () => {
      const statuses = responses.map(r => (r as { status: number }).status);
      expect([...new Set(statuses)].sort()).toEqual([
        200, 201, 202, 204, 400, 401, 403, 404, 409, 413,
      ]);
    });

    it.each([
      'responses',
      'log lines',
      'auditor events',
      'database rows',
      'signals and notifications',
    ])('keeps the secret out of the %s', async place => {
      const all = await places();
      expect(all[place].length).toBeGreaterThan(0);
      expect((await placesHolding(canary))[place]).toBeUndefined();
    });

    it('records the writes with the auditor, so the auditor search is not empty', () => {
      const audited = log.lines
        .filter(line => line.fields.isAuditEvent)
        .map(line => line.message);
      expect(audited).toEqual(
        expect.arrayContaining([
          'workspaces.account-resource-check',
          'workspaces.account-resource',
          'workspaces.workspace-create',
          'workspaces.workspace-approval',
          'workspaces.workspace-delete',
        ]),
      );
    });

    it('finds the secret where it is planted on purpose (the search itself works)', async () => {
      const ws = `/workspaces/${workspaceId}`;
      await as('developer')
        .patch(ws)
        .send({ description: `Planted ${canary}` });
      // An unknown field: refused, but its name goes to the auditor and the message.
      await as('developer')
        .patch(ws)
        .send({ [canary]: 'x' });
      log.logger.child({ plugin: 'test' }).error('Planted', new Error(canary));
      log.logger.info(`Planted ${canary}`);

      const found = await placesHolding(canary);
      expect(Object.keys(found).sort()).toEqual([
        'auditor events',
        'database rows',
        'log lines',
        'responses',
      ]);
      expect(found['database rows']).toEqual([
        expect.stringMatching(/^workspaces .*Planted canary-/),
      ]);
      expect(await placesHolding(workspaceId)).toHaveProperty(
        'signals and notifications',
      );
    });
  });
});
