import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { migrateWorkspacesDatabase } from '../database';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { aRunningJob, inMinutes, setJobRun } from './__testUtils__/runningJobs';
import {
  DatabaseJobCredentialStore,
  hashJobCredential,
} from './DatabaseJobCredentialStore';

jest.setTimeout(60_000);

describe('DatabaseJobCredentialStore', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function setUp(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await migrateWorkspacesDatabase(knex);
    const credentials = new DatabaseJobCredentialStore(knex);
    const job = await aRunningJob(knex);
    return { knex, credentials, job };
  }

  const now = () => new Date().toISOString();

  it.each(databases.eachSupportedId())(
    'mints a random credential that stands for its job and workspace, storing only its hash, %p',
    async databaseId => {
      const { knex, credentials, job } = await setUp(databaseId);

      const token = await credentials.mint(
        job.jobId,
        job.workspaceId,
        inMinutes(30),
      );
      const another = await credentials.mint(
        job.jobId,
        job.workspaceId,
        inMinutes(30),
      );

      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(another).not.toBe(token);
      expect(await credentials.verify(token, now())).toEqual({
        jobId: job.jobId,
        workspaceId: job.workspaceId,
        requestedBy: job.requestedBy,
      });
      const rows = await knex('job_credentials').select();
      expect(rows.map(row => row.token_hash).sort()).toEqual(
        [hashJobCredential(token), hashJobCredential(another)].sort(),
      );
      expect(JSON.stringify(rows)).not.toContain(token);
      expect(await credentials.verify(`${token}x`, now())).toBeUndefined();
      expect(await credentials.verify('', now())).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'stops accepting a credential when it expires, %p',
    async databaseId => {
      const { credentials, job } = await setUp(databaseId);
      const expiresAt = inMinutes(10);
      const token = await credentials.mint(
        job.jobId,
        job.workspaceId,
        expiresAt,
      );

      expect(await credentials.verify(token, inMinutes(9))).toBeDefined();
      expect(await credentials.verify(token, expiresAt)).toBeUndefined();
      expect(await credentials.verify(token, inMinutes(11))).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'revokes every credential of a job, and only of that job, %p',
    async databaseId => {
      const { knex, credentials, job } = await setUp(databaseId);
      const other = await aRunningJob(knex);
      const tokens = [
        await credentials.mint(job.jobId, job.workspaceId, inMinutes(30)),
        await credentials.mint(job.jobId, job.workspaceId, inMinutes(30)),
      ];
      const othersToken = await credentials.mint(
        other.jobId,
        other.workspaceId,
        inMinutes(30),
      );

      await credentials.revokeForJob(job.jobId);

      for (const token of tokens) {
        expect(await credentials.verify(token, now())).toBeUndefined();
      }
      expect(await credentials.verify(othersToken, now())).toMatchObject({
        jobId: other.jobId,
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'dies with the job: refused once the job stops running or its lease runs out, %p',
    async databaseId => {
      const { knex, credentials, job } = await setUp(databaseId);
      const token = await credentials.mint(
        job.jobId,
        job.workspaceId,
        inMinutes(60),
      );

      await setJobRun(knex, job.jobId, { leaseExpiresAt: inMinutes(-1) });
      expect(await credentials.verify(token, now())).toBeUndefined();
      await setJobRun(knex, job.jobId, { leaseExpiresAt: null });
      expect(await credentials.verify(token, now())).toBeUndefined();
      await setJobRun(knex, job.jobId, { leaseExpiresAt: inMinutes(5) });
      expect(await credentials.verify(token, now())).toBeDefined();

      for (const status of ['succeeded', 'failed', 'cancelled'] as const) {
        await setJobRun(knex, job.jobId, { status });
        expect(await credentials.verify(token, now())).toBeUndefined();
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'opens nothing when minted for a workspace that is not the job’s, %p',
    async databaseId => {
      const { knex, credentials, job } = await setUp(databaseId);
      const other = await aRunningJob(knex);

      const token = await credentials.mint(
        job.jobId,
        other.workspaceId,
        inMinutes(30),
      );

      expect(await credentials.verify(token, now())).toBeUndefined();
    },
  );
});
