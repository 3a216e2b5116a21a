import type { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { aJob, aWorkspace } from './__testUtils__/fixtures';
import { createMigratedDatabase } from './__testUtils__/migratedDatabase';
import { ActiveJobExistsError } from './JobStore';

jest.setTimeout(60_000);

describe('DatabaseJobStore', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function setUp(databaseId: TestDatabaseId) {
    const { database } = await createMigratedDatabase(databases, databaseId);
    const workspace = aWorkspace();
    await database.stores.workspaces.insert(workspace);
    return { database, jobs: database.stores.jobs, workspace };
  }

  it.each(databases.eachSupportedId())(
    'inserts a job queued and reads it back exactly, %p',
    async databaseId => {
      const { jobs, workspace } = await setUp(databaseId);
      const job = aJob(workspace.id, {
        operation: 'sync-apps',
        attempt: 2,
        steps: [
          { name: 'airflow', kind: 'app', status: 'pending' },
          { name: 'superset', kind: 'app', status: 'pending' },
        ],
      });

      const expected = { ...job, status: 'queued' };
      expect(await jobs.insert(job)).toStrictEqual(expected);
      expect(await jobs.get(job.id)).toStrictEqual(expected);
      expect(await jobs.getActive(workspace.id)).toStrictEqual(expected);
      expect(
        await jobs.get('00000000-0000-4000-8000-000000000000'),
      ).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'lets a running job that is being cancelled give up the slot, %p',
    async databaseId => {
      const { jobs, workspace } = await setUp(databaseId);
      const stopping = await jobs.insert(aJob(workspace.id));
      await jobs.update(stopping.id, {
        status: 'running',
        cancelRequestedAt: '2026-11-28T11:00:00.000Z',
      });

      const next = await jobs.insert(
        aJob(workspace.id, { operation: 'destroy' }),
      );
      expect(await jobs.getActive(workspace.id)).toStrictEqual(next);
      expect(
        (await jobs.getActiveForWorkspaces([workspace.id])).get(workspace.id),
      ).toStrictEqual(next);
      await expect(jobs.insert(aJob(workspace.id))).rejects.toThrow(
        ActiveJobExistsError,
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses a second active job, but a finished one does not count, %p',
    async databaseId => {
      const { jobs, workspace } = await setUp(databaseId);
      const first = await jobs.insert(aJob(workspace.id));

      await expect(jobs.insert(aJob(workspace.id))).rejects.toThrow(
        ActiveJobExistsError,
      );
      await jobs.update(first.id, { status: 'running' });
      await expect(jobs.insert(aJob(workspace.id))).rejects.toEqual(
        new ActiveJobExistsError(workspace.id),
      );

      await jobs.update(first.id, {
        status: 'failed',
        error: 'terraform apply failed',
        finishedAt: '2026-11-28T11:00:00.000Z',
      });
      const retry = await jobs.insert(aJob(workspace.id, { attempt: 2 }));
      expect((await jobs.getActive(workspace.id))?.id).toBe(retry.id);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps the caller transaction usable after refusing an active job, %p',
    async databaseId => {
      const { database, workspace } = await setUp(databaseId);
      await database.stores.jobs.insert(aJob(workspace.id));

      const outcome = await database.transaction(async stores => {
        await expect(stores.jobs.insert(aJob(workspace.id))).rejects.toThrow(
          ActiveJobExistsError,
        );
        return stores.workspaces.update(workspace.id, { name: 'Still here' });
      });

      expect(outcome?.name).toBe('Still here');
    },
  );

  it.each(databases.eachSupportedId())(
    'finds the active jobs of many workspaces at once, %p',
    async databaseId => {
      const { database, jobs, workspace } = await setUp(databaseId);
      const idle = aWorkspace();
      const finished = aWorkspace();
      await database.stores.workspaces.insert(idle);
      await database.stores.workspaces.insert(finished);
      const active = await jobs.insert(aJob(workspace.id));
      const done = await jobs.insert(aJob(finished.id));
      await jobs.update(done.id, { status: 'succeeded' });

      const found = await jobs.getActiveForWorkspaces([
        workspace.id,
        idle.id,
        finished.id,
      ]);
      expect([...found.entries()]).toEqual([[workspace.id, active]]);
      expect(await jobs.getActiveForWorkspaces([])).toEqual(new Map());
    },
  );

  it.each(databases.eachSupportedId())(
    'lists a workspace jobs newest first, by operation and up to a limit, %p',
    async databaseId => {
      const { jobs, workspace } = await setUp(databaseId);
      const inserted = [];
      for (const operation of [
        'provision',
        'sync-apps',
        'sync-apps',
      ] as const) {
        const job = await jobs.insert(aJob(workspace.id, { operation }));
        await jobs.update(job.id, { status: 'succeeded' });
        inserted.push(job.id);
      }
      const [provision, syncApps1, syncApps2] = inserted;

      const ids = async (
        options: Parameters<typeof jobs.listForWorkspace>[1],
      ) => (await jobs.listForWorkspace(workspace.id, options)).map(j => j.id);
      expect(await ids({ limit: 10 })).toEqual([
        syncApps2,
        syncApps1,
        provision,
      ]);
      expect(await ids({ limit: 2 })).toEqual([syncApps2, syncApps1]);
      expect(await ids({ limit: 10, operation: 'provision' })).toEqual([
        provision,
      ]);
      expect(await ids({ limit: 10, operation: 'destroy' })).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'updates only the patched fields, and clears one present as undefined, %p',
    async databaseId => {
      const { jobs, workspace } = await setUp(databaseId);
      const job = await jobs.insert(aJob(workspace.id));

      const running = await jobs.update(job.id, {
        status: 'running',
        startedAt: '2026-11-28T11:00:00.000Z',
        cancelRequestedAt: '2026-11-28T11:01:00.000Z',
      });
      expect(running).toStrictEqual({
        ...job,
        status: 'running',
        startedAt: '2026-11-28T11:00:00.000Z',
        cancelRequestedAt: '2026-11-28T11:01:00.000Z',
      });

      const steps = [
        {
          ...job.steps[0],
          status: 'running' as const,
          startedAt: job.createdAt,
        },
      ];
      const cleared = await jobs.update(job.id, {
        steps,
        cancelRequestedAt: undefined,
      });
      expect(cleared).toStrictEqual({
        ...job,
        status: 'running',
        startedAt: '2026-11-28T11:00:00.000Z',
        steps,
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'applies a guarded update only from the expected statuses, %p',
    async databaseId => {
      const { jobs, workspace } = await setUp(databaseId);
      const job = await jobs.insert(aJob(workspace.id));

      const claimed = await jobs.update(
        job.id,
        { status: 'running' },
        { expectedStatuses: ['queued'] },
      );
      expect(claimed?.status).toBe('running');

      const claimedAgain = await jobs.update(
        job.id,
        { status: 'running', startedAt: '2026-11-28T12:00:00.000Z' },
        { expectedStatuses: ['queued'] },
      );
      expect(claimedAgain).toBeUndefined();
      expect(await jobs.get(job.id)).toStrictEqual(claimed);
      expect(
        await jobs.update('00000000-0000-4000-8000-000000000000', {
          status: 'failed',
        }),
      ).toBeUndefined();
    },
  );
});
