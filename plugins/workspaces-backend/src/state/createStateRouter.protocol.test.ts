import type { TestDatabaseId } from '@backstage/backend-test-utils';
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
import { basicAuth, callState } from './__testUtils__/stateTestServer';
import { md5Base64, sha256Hex } from './terraformDocuments';

jest.setTimeout(60_000);

describe('state routes: the http backend protocol', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);
  let scenario: StateScenario | undefined;

  afterEach(async () => {
    await scenario?.server.close();
    scenario = undefined;
  });

  /** The scenario with its job holding the lock of the state. */
  async function setUpLocked(
    databaseId: TestDatabaseId,
    options: { maxStateSize?: string } = {},
  ) {
    scenario = await startStateScenario(databases, databaseId, options);
    const info = aLockInfo();
    const locked = await callState(scenario.url, {
      method: 'LOCK',
      authorization: scenario.asJob,
      body: info,
    });
    expect(locked.status).toBe(200);
    const lockId: string = JSON.parse(info).ID;
    const post = (document: string, id = lockId) =>
      callState(`${scenario!.url}?ID=${id}`, {
        method: 'POST',
        authorization: scenario!.asJob,
        body: document,
      });
    return { ...scenario, info, lockId, post };
  }

  it.each(databases.eachSupportedId())(
    'answers GET with 204 until a write, then with the document byte for byte and its Content-MD5, %p',
    async databaseId => {
      const { url, asJob, key, job, server, post } = await setUpLocked(
        databaseId,
      );
      expect(
        (await callState(url, { method: 'GET', authorization: asJob })).status,
      ).toBe(204);
      const document = aStateDocument(1, 'lineage-1').replace(
        '{',
        '{ "ü": "ß",',
      );

      expect((await post(document)).status).toBe(200);

      const read = await callState(url, {
        method: 'GET',
        authorization: asJob,
      });
      expect(read.status).toBe(200);
      expect(read.body).toBe(document);
      expect(read.headers.get('content-type')).toMatch(/^application\/json/);
      const bytes = Buffer.from(document, 'utf8');
      expect(read.headers.get('content-md5')).toBe(md5Base64(bytes));
      expect(await server.store.listVersions(key, { limit: 5 })).toEqual([
        expect.objectContaining({
          serial: 1,
          lineage: 'lineage-1',
          size: bytes.length,
          checksum: sha256Hex(bytes),
          jobId: job.jobId,
          createdBy: job.requestedBy,
        }),
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'answers a second LOCK with 423 and the holder’s LockInfo exactly, and the same ID with 200, %p',
    async databaseId => {
      const { url, asJob, info, lockId } = await setUpLocked(databaseId);

      const again = await callState(url, {
        method: 'LOCK',
        authorization: asJob,
        body: info,
      });
      expect(again.status).toBe(200);
      const conflict = await callState(url, {
        method: 'LOCK',
        authorization: asJob,
        body: aLockInfo(),
      });
      expect(conflict.status).toBe(423);
      expect(conflict.body).toBe(info);
      expect(conflict.headers.get('content-type')).toMatch(
        /^application\/json/,
      );

      const otherUnlock = await callState(url, {
        method: 'UNLOCK',
        authorization: asJob,
        body: aLockInfo(),
      });
      expect(otherUnlock.status).toBe(409);
      expect(otherUnlock.body).toContain(lockId);
      const unlock = await callState(url, {
        method: 'UNLOCK',
        authorization: asJob,
        body: info,
      });
      expect(unlock.status).toBe(200);
      // A retried UNLOCK whose first answer was lost must not fail Terraform.
      const retried = await callState(url, {
        method: 'UNLOCK',
        authorization: asJob,
        body: info,
      });
      expect(retried.status).toBe(200);
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses with 409 a POST without the lock ID or with another one, %p',
    async databaseId => {
      const { url, asJob, key, server, post } = await setUpLocked(databaseId);

      const withoutId = await callState(url, {
        method: 'POST',
        authorization: asJob,
        body: aStateDocument(1, 'lineage-1'),
      });
      expect(withoutId.status).toBe(409);
      expect(
        (await post(aStateDocument(1, 'lineage-1'), 'not-the-lock')).status,
      ).toBe(409);
      expect(await server.store.current(key)).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses with 409 a lower serial or another lineage, and accepts a retried write once, %p',
    async databaseId => {
      const { key, server, post } = await setUpLocked(databaseId);
      expect((await post(aStateDocument(2, 'lineage-1'))).status).toBe(200);

      const lower = await post(aStateDocument(1, 'lineage-1'));
      expect(lower.status).toBe(409);
      expect(JSON.parse(lower.body).error.message).toContain(
        'serial 2 is stored',
      );
      const otherLineage = await post(aStateDocument(3, 'lineage-2'));
      expect(otherLineage.status).toBe(409);
      expect(JSON.parse(otherLineage.body).error.message).toContain('lineage');
      expect((await post(aStateDocument(2, 'lineage-1'))).status).toBe(200);

      const versions = await server.store.listVersions(key, { limit: 5 });
      expect(versions.map(version => version.serial)).toEqual([2]);
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses bodies that are altered, not a state, or too large, without echoing them, %p',
    async databaseId => {
      const { url, asJob, key, server, lockId, post } = await setUpLocked(
        databaseId,
        {
          maxStateSize: '2kb',
        },
      );
      const document = aStateDocument(1, 'lineage-1');

      const altered = await callState(`${url}?ID=${lockId}`, {
        method: 'POST',
        authorization: asJob,
        body: document,
        headers: { 'content-md5': md5Base64(Buffer.from(`${document} `)) },
      });
      expect(altered.status).toBe(400);
      const notJson = await post('{"password": "hunter2"');
      expect(notJson.status).toBe(400);
      expect(notJson.body).not.toContain('hunter2');
      expect((await post('{"serial": "1", "lineage": "x"}')).status).toBe(400);
      expect((await post('[]')).status).toBe(400);
      const large = await post(
        document.replace('{', `{ "padding": "${'x'.repeat(4096)}",`),
      );
      expect(large.status).toBe(413);
      expect(JSON.parse(large.body).error.message).toContain('2kb');
      const badLock = await callState(url, {
        method: 'LOCK',
        authorization: asJob,
        body: '{}',
      });
      expect(badLock.status).toBe(400);

      expect(await server.store.current(key)).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'lets a new job take over the lock of a job that stopped, and reports it, %p',
    async databaseId => {
      const { knex, url, asJob, key, job, server, lockId } = await setUpLocked(
        databaseId,
      );
      await setJobRun(knex, job.jobId, { status: 'failed' });
      const next = await aRunningJob(knex, { workspaceId: key.workspaceId });
      const token = await server.credentials.mint(
        next.jobId,
        next.workspaceId,
        inMinutes(30),
      );
      const info = aLockInfo();

      const taken = await callState(url, {
        method: 'LOCK',
        authorization: basicAuth('job', token),
        body: info,
      });

      expect(taken.status).toBe(200);
      expect(server.takeovers).toEqual([
        {
          ...key,
          reason: 'job-not-running',
          staleLock: expect.objectContaining({ lockId, jobId: job.jobId }),
          newLock: expect.objectContaining({
            lockId: JSON.parse(info).ID,
            jobId: next.jobId,
          }),
        },
      ]);
      // The old job's Terraform, if still alive somewhere, is shut out.
      const stale = await callState(url, {
        method: 'GET',
        authorization: asJob,
      });
      expect(stale.status).toBe(401);
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses workspace ids and component names that cannot exist, %p',
    async databaseId => {
      const { server, asJob, key } = await setUpLocked(databaseId);
      for (const component of ['a/b', '-x', 'a'.repeat(64), 'with space']) {
        const response = await callState(
          `${server.baseUrl}/state/${key.workspaceId}/${encodeURIComponent(
            component,
          )}`,
          { method: 'GET', authorization: asJob },
        );
        expect({ component, status: response.status }).toEqual({
          component,
          status: 400,
        });
      }
    },
  );
});
