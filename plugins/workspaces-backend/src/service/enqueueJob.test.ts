import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { aJob, aWorkspace } from '../database/__testUtils__/fixtures';
import { createMigratedDatabase } from '../database/__testUtils__/migratedDatabase';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { enqueueJob } from './enqueueJob';

const actor = 'user:default/dana.developer';
const now = new Date('2026-12-01T09:00:00.000Z');

describe('enqueueJob', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function setUp(databaseId: TestDatabaseId) {
    const { database } = await createMigratedDatabase(databases, databaseId);
    const workspace = aWorkspace({
      apps: [{ name: 'airflow', status: 'pending' }],
    });
    await database.stores.workspaces.insert(workspace);
    return { database, workspace };
  }

  it.each(databases.eachSupportedId())(
    'queues the job with its steps, counts the attempts of the same operation, touches the workspace and records job.queued, %p',
    async databaseId => {
      const { database, workspace } = await setUp(databaseId);
      // Earlier jobs: another operation's, and the second attempt of this one.
      for (const earlier of [
        aJob(workspace.id, { operation: 'sync-apps', attempt: 5 }),
        aJob(workspace.id, { operation: 'sync-infrastructure', attempt: 2 }),
      ]) {
        await database.stores.jobs.insert(earlier);
        await database.stores.jobs.update(earlier.id, { status: 'succeeded' });
      }

      const { job, event } = await database.transaction(stores =>
        enqueueJob(stores, {
          workspace,
          operation: 'sync-infrastructure',
          actor,
          now,
        }),
      );

      expect(job).toMatchObject({
        workspaceId: workspace.id,
        operation: 'sync-infrastructure',
        status: 'queued',
        requestedBy: actor,
        attempt: 3,
        steps: [
          { name: 'infrastructure', kind: 'infrastructure', status: 'pending' },
        ],
      });
      expect(event).toMatchObject({
        type: 'job.queued',
        workspaceId: workspace.id,
        jobId: job.id,
        actor,
        message: 'Sync Infrastructure is queued',
        data: { operation: 'sync-infrastructure' },
      });
      expect(await database.stores.workspaces.get(workspace.id)).toMatchObject({
        lastActivityAt: now.toISOString(),
        updatedAt: now.toISOString(),
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses a second active job with one ConflictError and writes nothing, %p',
    async databaseId => {
      const { database, workspace } = await setUp(databaseId);
      const winner = await database.stores.jobs.insert(aJob(workspace.id));
      const told: unknown[] = [];

      await expect(
        database.transaction(stores =>
          enqueueJob(stores, {
            workspace,
            operation: 'sync-apps',
            actor,
            now,
            onSlotTaken: active => told.push(active?.id),
          }),
        ),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message:
          'Sync Apps must wait: another operation was queued on this workspace just now; wait for it to finish or cancel it',
      });
      expect(told).toEqual([winner.id]);
      const jobs = await database.stores.jobs.listForWorkspace(workspace.id, {
        limit: 10,
      });
      expect(jobs.map(job => job.id)).toEqual([winner.id]);
      expect(
        await database.stores.events.listOfJob(workspace.id, winner.id, [
          'job.queued',
        ]),
      ).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'lets the caller answer a lost race its own way, %p',
    async databaseId => {
      const { database, workspace } = await setUp(databaseId);
      await database.stores.jobs.insert(
        aJob(workspace.id, { operation: 'destroy' }),
      );
      class AnsweredWithWinner extends Error {}

      await expect(
        database.transaction(stores =>
          enqueueJob(stores, {
            workspace,
            operation: 'destroy',
            actor,
            now,
            onSlotTaken: () => {
              throw new AnsweredWithWinner();
            },
          }),
        ),
      ).rejects.toBeInstanceOf(AnsweredWithWinner);
    },
  );
});
