import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import type {
  SortOrder,
  WorkspaceListSort,
} from '@oqullus/plugin-workspaces-common';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { aWorkspace } from './__testUtils__/fixtures';
import { createMigratedDatabase } from './__testUtils__/migratedDatabase';
import type { WorkspaceRecord, WorkspacesStores } from './index';
import { sortValueOf } from './workspaceListOrder';

jest.setTimeout(60_000);

const names = ['delta', 'Alpha', 'bravo', 'Bravo', 'charlie', 'alpha', 'Echo'];
const statuses = ['running', 'failed', 'created', 'running', 'provisioning'];
const activity = [
  '2026-11-28T09:00:00.000Z',
  '2026-11-28T11:00:00.000Z',
  '2026-11-28T10:00:00.000Z',
  // A tie: the id decides.
  '2026-11-28T11:00:00.000Z',
];

/** What the sort compares: names as people read them, case aside. */
function comparable(workspace: WorkspaceRecord, sort: WorkspaceListSort) {
  const value = sortValueOf(workspace, sort);
  return sort === 'name' ? value.toLowerCase() : value;
}

describe('DatabaseWorkspaceStore.list, sorted', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function storesWith14Workspaces(databaseId: TestDatabaseId) {
    const { database } = await createMigratedDatabase(databases, databaseId);
    const stores: WorkspacesStores = database.stores;
    for (let index = 0; index < 14; index += 1) {
      await stores.workspaces.insert(
        aWorkspace({
          name: names[index % names.length],
          status: statuses[
            index % statuses.length
          ] as WorkspaceRecord['status'],
          lastActivityAt: activity[index % activity.length],
        }),
      );
    }
    return stores;
  }

  async function allPages(
    stores: WorkspacesStores,
    sort: WorkspaceListSort,
    order: SortOrder,
  ) {
    const seen: WorkspaceRecord[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages += 1) {
      const page = await stores.workspaces.list({
        limit: 4,
        sort,
        order,
        cursor,
      });
      seen.push(...page.items);
      if (!page.nextCursor) return seen;
      cursor = page.nextCursor;
    }
    throw new Error('more pages than workspaces');
  }

  const cases = databases
    .eachSupportedId()
    .flatMap(([databaseId]) =>
      (['name', 'status', 'lastActivity', 'created'] as const).flatMap(sort =>
        (['asc', 'desc'] as const).map(
          order => [databaseId, sort, order] as const,
        ),
      ),
    );

  it.each(cases)(
    'on %p, pages by %p %p in order, every workspace once, as one unpaged read',
    async (databaseId, sort, order) => {
      const stores = await storesWith14Workspaces(databaseId);
      const paged = await allPages(stores, sort, order);
      const whole = await stores.workspaces.list({ limit: 100, sort, order });

      expect(paged.map(w => w.id)).toEqual(whole.items.map(w => w.id));
      expect(new Set(paged.map(w => w.id)).size).toBe(14);
      const values = paged.map(w => comparable(w, sort));
      const sorted = [...values].sort();
      expect(values).toEqual(order === 'asc' ? sorted : sorted.reverse());
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses a cursor of another order, and one it never issued, %p',
    async databaseId => {
      const stores = await storesWith14Workspaces(databaseId);
      const byName = await stores.workspaces.list({
        limit: 4,
        sort: 'name',
        order: 'asc',
      });
      await expect(
        stores.workspaces.list({
          limit: 4,
          sort: 'name',
          order: 'desc',
          cursor: byName.nextCursor,
        }),
      ).rejects.toThrow(
        new InputError(
          'The cursor belongs to the list sorted by name asc, not name desc; start again without a cursor',
        ),
      );
      const newest = await stores.workspaces.list({ limit: 4 });
      await expect(
        stores.workspaces.list({
          limit: 4,
          sort: 'created',
          cursor: newest.nextCursor,
        }),
      ).rejects.toThrow(InputError);
    },
  );
});
