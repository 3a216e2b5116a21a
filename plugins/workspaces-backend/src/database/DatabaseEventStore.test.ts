import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { aWorkspace, nextTime } from './__testUtils__/fixtures';
import { createMigratedDatabase } from './__testUtils__/migratedDatabase';
import type { NewWorkspaceEvent } from './EventStore';

jest.setTimeout(60_000);

describe('DatabaseEventStore', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function setUp(databaseId: TestDatabaseId) {
    const { database } = await createMigratedDatabase(databases, databaseId);
    const workspace = aWorkspace();
    const other = aWorkspace();
    await database.stores.workspaces.insert(workspace);
    await database.stores.workspaces.insert(other);
    return { events: database.stores.events, workspace, other };
  }

  function statusChanged(workspaceId: string, n: number): NewWorkspaceEvent {
    return {
      workspaceId,
      type: 'status.changed',
      level: 'info',
      message: `Change ${n}`,
      data: { from: 'created', to: 'provisioning' },
      createdAt: nextTime(),
    };
  }

  it.each(databases.eachSupportedId())(
    'appends events with increasing string ids and reads them back exactly, %p',
    async databaseId => {
      const { events, workspace } = await setUp(databaseId);
      const queued: NewWorkspaceEvent = {
        workspaceId: workspace.id,
        type: 'job.queued',
        level: 'info',
        actor: 'user:default/jane',
        jobId: '7b0f3c8e-4d1a-4b6e-9f7a-2c5d8e1f0a3b',
        message: 'Provision Infrastructure was queued',
        data: { operation: 'provision' },
        createdAt: '2026-11-28T10:00:00.000Z',
      };
      const first = await events.append(queued);
      const second = await events.append(statusChanged(workspace.id, 2));

      expect(first).toStrictEqual({ ...queued, id: first.id });
      expect(first.id).toMatch(/^\d+$/);
      expect(BigInt(second.id)).toBeGreaterThan(BigInt(first.id));
      expect(second).not.toHaveProperty('actor');
      expect(second).not.toHaveProperty('jobId');
      expect(await events.list(workspace.id, { limit: 10 })).toStrictEqual({
        items: [first, second],
        nextCursor: second.id,
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'pages oldest first from a cursor, per workspace, %p',
    async databaseId => {
      const { events, workspace, other } = await setUp(databaseId);
      const appended = [];
      for (let n = 0; n < 5; n++) {
        appended.push(await events.append(statusChanged(workspace.id, n)));
        await events.append(statusChanged(other.id, n));
      }
      const ids = appended.map(e => e.id);

      const first = await events.list(workspace.id, { limit: 2 });
      expect(first.items.map(e => e.id)).toEqual(ids.slice(0, 2));
      expect(first.nextCursor).toBe(ids[1]);

      const second = await events.list(workspace.id, {
        limit: 2,
        after: first.nextCursor,
      });
      expect(second.items.map(e => e.id)).toEqual(ids.slice(2, 4));

      const last = await events.list(workspace.id, {
        limit: 2,
        after: second.nextCursor,
      });
      expect(last.items.map(e => e.id)).toEqual(ids.slice(4));
      // A short page still says where to read on from: a tail polls with it.
      expect(last.nextCursor).toBe(ids[4]);

      // Nothing newer yet: the cursor comes back, so the next poll asks the same.
      expect(
        await events.list(workspace.id, { limit: 2, after: ids[4] }),
      ).toEqual({ items: [], nextCursor: ids[4] });
      expect(
        (await events.list(workspace.id, { limit: 10, after: '0' })).items,
      ).toHaveLength(5);
    },
  );

  it.each(databases.eachSupportedId())(
    'filters by event type, %p',
    async databaseId => {
      const { events, workspace } = await setUp(databaseId);
      await events.append(statusChanged(workspace.id, 1));
      const added = await events.append({
        workspaceId: workspace.id,
        type: 'member.added',
        level: 'info',
        actor: 'user:default/jane',
        message: 'Bob was added as Viewer',
        data: { member: 'user:default/bob', role: 'viewer' },
        createdAt: nextTime(),
      });
      await events.append(statusChanged(workspace.id, 2));

      const page = await events.list(workspace.id, {
        limit: 10,
        types: ['member.added', 'member.removed'],
      });
      expect(page.items).toEqual([added]);
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses a cursor that is not an event id, %p',
    async databaseId => {
      const { events, workspace } = await setUp(databaseId);
      for (const after of [
        '',
        'abc',
        '-1',
        '1.5',
        ' 1',
        '1e3',
        '99999999999999999999',
        '9223372036854775808',
      ]) {
        await expect(
          events.list(workspace.id, { limit: 10, after }),
        ).rejects.toThrow(InputError);
      }
      expect(
        await events.list(workspace.id, {
          limit: 10,
          after: '9223372036854775807',
        }),
      ).toEqual({ items: [], nextCursor: '9223372036854775807' });
    },
  );
});
