import {
  mockCredentials,
  type TestDatabaseId,
} from '@backstage/backend-test-utils';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { aRunningJob, inMinutes, setJobRun } from './__testUtils__/runningJobs';
import { aLockInfo, aStateDocument } from './__testUtils__/stateDocuments';
import {
  startStateScenario,
  type StateScenario,
} from './__testUtils__/stateScenario';
import {
  ADMIN,
  basicAuth,
  callState,
  READER,
  STRANGER,
} from './__testUtils__/stateTestServer';

jest.setTimeout(60_000);

const asUser = (ref: string) =>
  basicAuth('backstage', mockCredentials.user.token(ref));

describe('state routes: who may do what', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);
  let scenario: StateScenario | undefined;

  afterEach(async () => {
    await scenario?.server.close();
    scenario = undefined;
  });

  async function setUp(databaseId: TestDatabaseId) {
    scenario = await startStateScenario(databases, databaseId);
    return scenario;
  }

  it.each(databases.eachSupportedId())(
    'answers 401 with a Basic challenge to missing, unknown or expired credentials, without echoing them, %p',
    async databaseId => {
      const { server, job, url } = await setUp(databaseId);
      const expired = await server.credentials.mint(
        job.jobId,
        job.workspaceId,
        inMinutes(-1),
      );
      const attempts = {
        none: undefined,
        bearer: mockCredentials.user.header(ADMIN),
        'unknown username': basicAuth('root', expired),
        'unknown job credential': basicAuth('job', 'not-a-credential-0123'),
        'expired job credential': basicAuth('job', expired),
        'invalid Backstage token': basicAuth(
          'backstage',
          mockCredentials.user.invalidToken(),
        ),
      };

      for (const [attempt, authorization] of Object.entries(attempts)) {
        const response = await callState(url, { method: 'GET', authorization });
        expect({ attempt, status: response.status }).toEqual({
          attempt,
          status: 401,
        });
        expect(response.headers.get('www-authenticate')).toBe(
          'Basic realm="workspaces-state"',
        );
        expect(JSON.parse(response.body).error.name).toBe(
          'AuthenticationError',
        );
        expect(response.body).not.toContain(expired);
        expect(response.body).not.toContain('not-a-credential-0123');
        expect(response.body).not.toContain(
          mockCredentials.user.invalidToken(),
        );
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps a job credential to its own workspace (any component) with 403 elsewhere, %p',
    async databaseId => {
      const { knex, server, asJob, key } = await setUp(databaseId);
      const other = await aRunningJob(knex);
      const othersUrl = server.stateUrl({
        ...key,
        workspaceId: other.workspaceId,
      });

      const ownApp = await callState(
        server.stateUrl({ ...key, component: 'orchestrator' }),
        { method: 'GET', authorization: asJob },
      );
      expect(ownApp.status).toBe(204);
      for (const method of ['GET', 'POST', 'LOCK', 'UNLOCK'] as const) {
        const response = await callState(othersUrl, {
          method,
          authorization: asJob,
          body: method === 'GET' ? undefined : aLockInfo(),
        });
        expect({ method, status: response.status }).toEqual({
          method,
          status: 403,
        });
      }
      expect(await server.store.getLock(key, new Date().toISOString())).toBe(
        undefined,
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'answers 404 for a workspace that does not exist, to a job and to users alike, %p',
    async databaseId => {
      const { server, asJob, key } = await setUp(databaseId);
      const missingUrl = server.stateUrl({
        ...key,
        workspaceId: '00000000-0000-4000-8000-000000000000',
      });

      for (const [who, authorization] of [
        ['job', asJob],
        ['admin', asUser(ADMIN)],
        ['reader', asUser(READER)],
        ['stranger', asUser(STRANGER)],
      ]) {
        for (const method of ['GET', 'POST', 'LOCK', 'UNLOCK'] as const) {
          const response = await callState(missingUrl, {
            method,
            authorization,
            body: method === 'GET' ? undefined : aLockInfo(),
          });
          expect({ who, method, status: response.status }).toEqual({
            who,
            method,
            status: 404,
          });
          expect(JSON.parse(response.body).error.message).toBe(
            "There is no workspace 00000000-0000-4000-8000-000000000000; check the workspace id in the state address (it is the id on the workspace's page)",
          );
        }
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'lets Backstage users read state only when the policy allows, and never lock or write, %p',
    async databaseId => {
      const { url, asJob } = await setUp(databaseId);
      const info = aLockInfo();
      await callState(url, {
        method: 'LOCK',
        authorization: asJob,
        body: info,
      });
      const id = JSON.parse(info).ID;
      const document = aStateDocument(1, 'lineage-1');
      await callState(`${url}?ID=${id}`, {
        method: 'POST',
        authorization: asJob,
        body: document,
      });

      for (const reader of [READER, ADMIN]) {
        const read = await callState(url, {
          method: 'GET',
          authorization: asUser(reader),
        });
        expect({ reader, status: read.status, body: read.body }).toEqual({
          reader,
          status: 200,
          body: document,
        });
      }
      const refused = await callState(url, {
        method: 'GET',
        authorization: asUser(STRANGER),
      });
      expect(refused.status).toBe(403);
      expect(refused.body).not.toContain('lineage-1');

      const lock = await callState(url, {
        method: 'LOCK',
        authorization: asUser(ADMIN),
        body: aLockInfo(),
      });
      expect(lock.status).toBe(403);
      const write = await callState(`${url}?ID=${id}`, {
        method: 'POST',
        authorization: asUser(ADMIN),
        body: aStateDocument(2, 'lineage-1'),
      });
      expect(write.status).toBe(403);
    },
  );

  it.each(databases.eachSupportedId())(
    'lets only Account Owners and Admins force-unlock (an empty UNLOCK) once the job stopped, and audits it, %p',
    async databaseId => {
      const { server, url, asJob, key, job, knex } = await setUp(databaseId);
      const info = aLockInfo();
      await callState(url, {
        method: 'LOCK',
        authorization: asJob,
        body: info,
      });
      const forceUnlock = (authorization: string) =>
        callState(url, { method: 'UNLOCK', authorization });

      expect((await forceUnlock(asJob)).status).toBe(403);
      expect((await forceUnlock(asUser(READER))).status).toBe(403);
      expect((await forceUnlock(asUser(STRANGER))).status).toBe(403);
      // The job still runs: its Terraform may be writing under the lock.
      const whileRunning = await forceUnlock(asUser(ADMIN));
      expect(whileRunning.status).toBe(409);
      expect(JSON.parse(whileRunning.body).error.message).toBe(
        `The state of infrastructure is locked by job ${job.jobId}, which is still running and may be writing it; cancel the job first (its Terraform then releases the lock), or wait for it to finish`,
      );
      expect(server.audits).toEqual([]);
      expect(
        await server.store.getLock(key, new Date().toISOString()),
      ).toMatchObject({
        lockId: JSON.parse(info).ID,
      });

      await setJobRun(knex, job.jobId, { status: 'failed' });
      expect((await forceUnlock(asUser(ADMIN))).status).toBe(200);
      expect(await server.store.getLock(key, new Date().toISOString())).toBe(
        undefined,
      );
      expect(server.audits).toEqual([
        {
          ...key,
          action: 'force-unlock',
          actor: ADMIN,
          released: {
            lockId: JSON.parse(info).ID,
            holder: job.requestedBy,
            jobId: job.jobId,
            lockedAt: expect.any(String),
          },
        },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'checks a force-unlock that names the lock (as OpenTofu does) against the current lock, %p',
    async databaseId => {
      const { server, url, asJob, knex, job } = await setUp(databaseId);
      const info = aLockInfo();
      await callState(url, {
        method: 'LOCK',
        authorization: asJob,
        body: info,
      });
      await setJobRun(knex, job.jobId, { status: 'failed' });

      const wrong = await callState(url, {
        method: 'UNLOCK',
        authorization: asUser(ADMIN),
        body: JSON.stringify({ ID: 'some-other-lock' }),
      });
      expect(wrong.status).toBe(409);
      const right = await callState(url, {
        method: 'UNLOCK',
        authorization: asUser(ADMIN),
        body: JSON.stringify({ ID: JSON.parse(info).ID }),
      });
      expect(right.status).toBe(200);
      expect(server.audits).toHaveLength(1);
    },
  );
});
