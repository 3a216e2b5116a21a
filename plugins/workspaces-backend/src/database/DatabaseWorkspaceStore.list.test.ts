import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { aWorkspace } from './__testUtils__/fixtures';
import { createMigratedDatabase } from './__testUtils__/migratedDatabase';
import type { WorkspaceRecord, WorkspacesStores } from './index';

jest.setTimeout(60_000);

const jane = 'user:default/jane';
const dataTeam = 'group:default/data-team';

describe('DatabaseWorkspaceStore.list', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function createStores(databaseId: TestDatabaseId) {
    const { database } = await createMigratedDatabase(databases, databaseId);
    return database.stores;
  }

  async function insertAll(
    stores: WorkspacesStores,
    workspaces: WorkspaceRecord[],
  ) {
    for (const workspace of workspaces) {
      await stores.workspaces.insert(workspace);
    }
  }

  const ids = (items: WorkspaceRecord[]) => items.map(w => w.id);

  it.each(databases.eachSupportedId())(
    'pages newest first, every workspace once, with stable cursors, %p',
    async databaseId => {
      const stores = await createStores(databaseId);
      const created = Array.from({ length: 25 }, () => aWorkspace());
      // Two share a creation time, so the id breaks the tie.
      created[24] = aWorkspace({ createdAt: created[23].createdAt });
      await insertAll(stores, created);
      const newestFirst = [...created]
        .sort((a, b) =>
          a.createdAt === b.createdAt
            ? b.id.localeCompare(a.id)
            : b.createdAt.localeCompare(a.createdAt),
        )
        .map(w => w.id);

      const first = await stores.workspaces.list({ limit: 10 });
      const second = await stores.workspaces.list({
        limit: 10,
        cursor: first.nextCursor,
      });
      const third = await stores.workspaces.list({
        limit: 10,
        cursor: second.nextCursor,
      });

      expect(first.items).toHaveLength(10);
      expect(second.items).toHaveLength(10);
      expect(third.items).toHaveLength(5);
      expect(third.nextCursor).toBeUndefined();
      expect([
        ...ids(first.items),
        ...ids(second.items),
        ...ids(third.items),
      ]).toEqual(newestFirst);

      // A cursor keeps its place when newer workspaces arrive meanwhile.
      await stores.workspaces.insert(aWorkspace());
      const again = await stores.workspaces.list({
        limit: 10,
        cursor: first.nextCursor,
      });
      expect(again).toEqual(second);
    },
  );

  it.each(databases.eachSupportedId())(
    'gives no cursor when the last page is exactly full, %p',
    async databaseId => {
      const stores = await createStores(databaseId);
      await insertAll(stores, [aWorkspace(), aWorkspace()]);
      expect(
        (await stores.workspaces.list({ limit: 2 })).nextCursor,
      ).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses a cursor it did not issue, %p',
    async databaseId => {
      const stores = await createStores(databaseId);
      await insertAll(stores, [aWorkspace(), aWorkspace(), aWorkspace()]);
      const { nextCursor } = await stores.workspaces.list({ limit: 1 });
      const encode = (value: unknown) =>
        Buffer.from(JSON.stringify(value)).toString('base64url');

      for (const cursor of [
        'garbage',
        `${nextCursor}x`,
        encode({ c: 'yesterday', i: 'abc' }),
        encode({ c: '2026-11-28T10:00:00Z', i: 'abc' }),
        encode({ c: '2026-11-28T10:00:00.000Z', i: '' }),
        encode({ c: '2026-11-28T10:00:00.000Z', i: 1 }),
        encode({ c: '2026-11-28T10:00:00.000Z', i: 'abc', extra: true }),
        encode(['2026-11-28T10:00:00.000Z', 'abc']),
      ]) {
        await expect(
          stores.workspaces.list({ limit: 1, cursor }),
        ).rejects.toThrow(
          new InputError(
            'The cursor is not one this API issued; start again without a cursor',
          ),
        );
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'filters by status, owner, stack template and approval, %p',
    async databaseId => {
      const stores = await createStores(databaseId);
      const running = aWorkspace({ status: 'running', owner: jane });
      const failed = aWorkspace({ status: 'failed' });
      const pending = aWorkspace({
        approval: { state: 'pending', requestedBy: jane },
        provisioning: {
          stackTemplate: 'warehouse',
          cloudCredential: 'aws-dev',
          stateStorage: 'builtin',
        },
      });
      await insertAll(stores, [running, failed, pending]);
      const list = (query: object) =>
        stores.workspaces.list({ limit: 10, ...query }).then(p => ids(p.items));

      expect(await list({ statuses: ['running', 'failed'] })).toEqual(
        ids([failed, running]),
      );
      expect(await list({ statuses: [] })).toEqual([]);
      expect(await list({ owner: jane })).toEqual([running.id]);
      expect(await list({ stackTemplate: 'warehouse' })).toEqual([pending.id]);
      expect(await list({ approval: 'pending' })).toEqual([pending.id]);
      expect(await list({ owner: jane, statuses: ['failed'] })).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'searches name, external id and description case-insensitively and literally, %p',
    async databaseId => {
      const stores = await createStores(databaseId);
      const byName = aWorkspace({ name: 'Marketing Analytics' });
      const byExternalId = aWorkspace({ externalId: 'ws-analytics-eu' });
      const byDescription = aWorkspace({ description: 'Holds ANALYTICS data' });
      const percent = aWorkspace({ name: 'Growth 100% plan' });
      const underscore = aWorkspace({ name: 'snake_case lab' });
      const lookalike = aWorkspace({ name: 'Growth 1000 plan snakeXcase' });
      await insertAll(stores, [
        byName,
        byExternalId,
        byDescription,
        percent,
        underscore,
        lookalike,
      ]);
      const search = (q: string) =>
        stores.workspaces.list({ limit: 10, q }).then(p => ids(p.items));

      expect(await search('analytics')).toEqual(
        ids([byDescription, byExternalId, byName]),
      );
      expect(await search('100%')).toEqual([percent.id]);
      expect(await search('e_c')).toEqual([underscore.id]);
      expect(await search('%')).toEqual([percent.id]);
      expect(await search('!')).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'lists the workspaces involving a user: owned, or member directly or through a group, %p',
    async databaseId => {
      const stores = await createStores(databaseId);
      const owned = aWorkspace({ owner: jane });
      const ownedByGroup = aWorkspace({ owner: dataTeam });
      const viaGroup = aWorkspace({ owner: 'group:default/other' });
      const direct = aWorkspace({ owner: 'group:default/other' });
      const unrelated = aWorkspace({ owner: 'group:default/other' });
      await insertAll(stores, [
        owned,
        ownedByGroup,
        viaGroup,
        direct,
        unrelated,
      ]);
      const addedAt = '2026-11-28T12:00:00.000Z';
      await stores.members.upsert(viaGroup.id, {
        ref: dataTeam,
        role: 'viewer',
        addedBy: jane,
        addedAt,
      });
      await stores.members.upsert(direct.id, {
        ref: jane,
        role: 'operator',
        addedBy: jane,
        addedAt,
      });
      await stores.members.upsert(unrelated.id, {
        ref: 'user:default/bob',
        role: 'admin',
        addedBy: jane,
        addedAt,
      });
      const involving = (refs: string[], query: object = {}) =>
        stores.workspaces
          .list({ limit: 10, involving: refs, ...query })
          .then(p => ids(p.items));

      expect(await involving([jane, dataTeam])).toEqual(
        ids([direct, viaGroup, ownedByGroup, owned]),
      );
      expect(await involving([jane])).toEqual(ids([direct, owned]));
      expect(await involving([])).toEqual([]);
      expect(await involving([jane, dataTeam], { owner: jane })).toEqual([
        owned.id,
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'leaves deleted workspaces out unless asked for, %p',
    async databaseId => {
      const stores = await createStores(databaseId);
      const live = aWorkspace({ status: 'running' });
      const deleted = aWorkspace({ status: 'deleted' });
      await insertAll(stores, [live, deleted]);
      const list = (query: object) =>
        stores.workspaces.list({ limit: 10, ...query }).then(p => ids(p.items));

      expect(await list({})).toEqual([live.id]);
      expect(await list({ includeDeleted: true })).toEqual(
        ids([deleted, live]),
      );
      expect(await list({ statuses: ['deleted'] })).toEqual([deleted.id]);
      expect(await list({ statuses: ['running', 'deleted'] })).toEqual(
        ids([deleted, live]),
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses a page size below one, %p',
    async databaseId => {
      const stores = await createStores(databaseId);
      await expect(stores.workspaces.list({ limit: 0 })).rejects.toThrow(
        InputError,
      );
    },
  );
});
