import type { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { aWorkspace } from './__testUtils__/fixtures';
import { createMigratedDatabase } from './__testUtils__/migratedDatabase';

jest.setTimeout(60_000);

const jane = 'user:default/jane';
const bob = 'user:default/bob';
const dataTeam = 'group:default/data-team';

describe('DatabaseMemberStore', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function setUp(databaseId: TestDatabaseId) {
    const { database } = await createMigratedDatabase(databases, databaseId);
    const workspace = aWorkspace();
    const other = aWorkspace();
    await database.stores.workspaces.insert(workspace);
    await database.stores.workspaces.insert(other);
    return { members: database.stores.members, workspace, other };
  }

  it.each(databases.eachSupportedId())(
    'adds members and lists them in the order they were added, %p',
    async databaseId => {
      const { members, workspace, other } = await setUp(databaseId);
      const team = {
        ref: dataTeam,
        role: 'operator' as const,
        addedBy: jane,
        addedAt: '2026-11-28T10:00:00.000Z',
      };
      const person = {
        ref: bob,
        role: 'viewer' as const,
        addedBy: jane,
        addedAt: '2026-11-28T11:00:00.000Z',
      };

      expect(await members.upsert(workspace.id, person)).toEqual({});
      expect(await members.upsert(workspace.id, team)).toEqual({});

      expect(await members.list(workspace.id)).toStrictEqual([team, person]);
      expect(await members.list(other.id)).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'changes the role of an existing member and says which role they had, %p',
    async databaseId => {
      const { members, workspace } = await setUp(databaseId);
      const added = {
        ref: bob,
        role: 'viewer' as const,
        addedBy: jane,
        addedAt: '2026-11-28T10:00:00.000Z',
      };
      await members.upsert(workspace.id, added);

      const result = await members.upsert(workspace.id, {
        ref: bob,
        role: 'admin',
        addedBy: 'user:default/other-admin',
        addedAt: '2026-11-29T10:00:00.000Z',
      });

      expect(result).toEqual({ previousRole: 'viewer' });
      // Who added the member, and when, stays as it was.
      expect(await members.list(workspace.id)).toStrictEqual([
        { ...added, role: 'admin' },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'removes a member and says whether there was one, %p',
    async databaseId => {
      const { members, workspace } = await setUp(databaseId);
      await members.upsert(workspace.id, {
        ref: bob,
        role: 'viewer',
        addedBy: jane,
        addedAt: '2026-11-28T10:00:00.000Z',
      });

      expect(await members.remove(workspace.id, bob)).toBe(true);
      expect(await members.remove(workspace.id, bob)).toBe(false);
      expect(await members.list(workspace.id)).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'gives the roles a user holds directly and through groups, strongest first, %p',
    async databaseId => {
      const { members, workspace, other } = await setUp(databaseId);
      const addedAt = '2026-11-28T10:00:00.000Z';
      await members.upsert(workspace.id, {
        ref: jane,
        role: 'viewer',
        addedBy: jane,
        addedAt,
      });
      await members.upsert(workspace.id, {
        ref: dataTeam,
        role: 'operator',
        addedBy: jane,
        addedAt,
      });
      await members.upsert(workspace.id, {
        ref: 'group:default/admins',
        role: 'admin',
        addedBy: jane,
        addedAt,
      });
      await members.upsert(other.id, {
        ref: jane,
        role: 'admin',
        addedBy: jane,
        addedAt,
      });

      expect(await members.rolesOf(workspace.id, [jane, dataTeam])).toEqual([
        'operator',
        'viewer',
      ]);
      expect(await members.rolesOf(workspace.id, [dataTeam])).toEqual([
        'operator',
      ]);
      expect(await members.rolesOf(workspace.id, [bob])).toEqual([]);
      expect(await members.rolesOf(workspace.id, [])).toEqual([]);
    },
  );
});
