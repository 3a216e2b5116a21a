import type { TestDatabaseId } from '@backstage/backend-test-utils';
import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import type { WorkspaceFilterCondition } from '@oqullus/plugin-workspaces-node';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { aWorkspace } from './__testUtils__/fixtures';
import { createMigratedDatabase } from './__testUtils__/migratedDatabase';

jest.setTimeout(60_000);

type Criteria = PermissionCriteria<WorkspaceFilterCondition>;

const jane = 'user:default/jane';
const dataTeam = 'group:default/data-team';

describe('permission criteria as SQL in WorkspaceStore.list', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  // Four workspaces that differ in owner, status and who is a member with which role.
  async function setUp(databaseId: TestDatabaseId) {
    const { database } = await createMigratedDatabase(databases, databaseId);
    const { workspaces, members } = database.stores;
    const w = {
      janeRunning: aWorkspace({ owner: jane, status: 'running' }),
      janeFailed: aWorkspace({ owner: jane, status: 'failed' }),
      teamOperates: aWorkspace({
        owner: 'group:default/ops',
        status: 'running',
      }),
      teamViews: aWorkspace({ owner: 'group:default/ops', status: 'created' }),
    };
    for (const workspace of Object.values(w)) {
      await workspaces.insert(workspace);
    }
    const member = (ref: string, role: 'admin' | 'operator' | 'viewer') => ({
      ref,
      role,
      addedBy: jane,
      addedAt: '2026-11-28T12:00:00.000Z',
    });
    await members.upsert(w.teamOperates.id, member(dataTeam, 'operator'));
    await members.upsert(w.teamViews.id, member(dataTeam, 'viewer'));
    await members.upsert(w.janeFailed.id, member(jane, 'admin'));

    const matching = async (filter: Criteria, query: object = {}) => {
      const page = await workspaces.list({ limit: 10, filter, ...query });
      const names = Object.entries(w)
        .filter(([, ws]) => page.items.some(item => item.id === ws.id))
        .map(([name]) => name);
      return names.sort();
    };
    return { matching };
  }

  it.each(databases.eachSupportedId())(
    'turns each condition into SQL, %p',
    async databaseId => {
      const { matching } = await setUp(databaseId);

      expect(await matching({ property: 'owner', values: [jane] })).toEqual([
        'janeFailed',
        'janeRunning',
      ]);
      expect(await matching({ property: 'owner', values: [] })).toEqual([]);
      expect(
        await matching({ property: 'status', values: ['running', 'created'] }),
      ).toEqual(['janeRunning', 'teamOperates', 'teamViews']);
      expect(
        await matching({ property: 'member', refs: [jane, dataTeam] }),
      ).toEqual(['janeFailed', 'teamOperates', 'teamViews']);
      expect(
        await matching({
          property: 'member',
          refs: [jane, dataTeam],
          roles: ['operator', 'admin'],
        }),
      ).toEqual(['janeFailed', 'teamOperates']);
      expect(
        await matching({ property: 'member', refs: [jane], roles: [] }),
      ).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'combines conditions with allOf, anyOf and not, nested, %p',
    async databaseId => {
      const { matching } = await setUp(databaseId);
      const ownedByJane: Criteria = { property: 'owner', values: [jane] };
      const running: Criteria = { property: 'status', values: ['running'] };
      const operatesAsTeam: Criteria = {
        property: 'member',
        refs: [dataTeam],
        roles: ['operator'],
      };

      expect(await matching({ allOf: [ownedByJane, running] })).toEqual([
        'janeRunning',
      ]);
      expect(await matching({ anyOf: [ownedByJane, operatesAsTeam] })).toEqual([
        'janeFailed',
        'janeRunning',
        'teamOperates',
      ]);
      expect(await matching({ not: running })).toEqual([
        'janeFailed',
        'teamViews',
      ]);
      expect(
        await matching({
          anyOf: [
            { allOf: [ownedByJane, { not: running }] },
            { allOf: [operatesAsTeam, { not: { anyOf: [ownedByJane] } }] },
          ],
        }),
      ).toEqual(['janeFailed', 'teamOperates']);
      expect(
        await matching({
          not: {
            anyOf: [ownedByJane, { property: 'member', refs: [dataTeam] }],
          },
        }),
      ).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'matches nothing for an empty anyOf and everything for an empty allOf, %p',
    async databaseId => {
      const { matching } = await setUp(databaseId);
      const all = ['janeFailed', 'janeRunning', 'teamOperates', 'teamViews'];
      // Policies build these at run time, so the non-empty tuple type can be bypassed.
      const emptyAnyOf = { anyOf: [] } as unknown as Criteria;
      const emptyAllOf = { allOf: [] } as unknown as Criteria;

      expect(await matching(emptyAnyOf)).toEqual([]);
      expect(await matching({ not: emptyAnyOf })).toEqual(all);
      expect(await matching(emptyAllOf)).toEqual(all);
      expect(await matching({ not: emptyAllOf })).toEqual([]);
      expect(
        await matching({
          anyOf: [emptyAnyOf, { property: 'status', values: ['created'] }],
        }),
      ).toEqual(['teamViews']);
    },
  );

  it.each(databases.eachSupportedId())(
    'applies the permission filter together with the other filters, %p',
    async databaseId => {
      const { matching } = await setUp(databaseId);
      const memberOrOwner: Criteria = {
        anyOf: [
          { property: 'member', refs: [dataTeam] },
          { property: 'owner', values: [jane] },
        ],
      };
      expect(await matching(memberOrOwner, { statuses: ['running'] })).toEqual([
        'janeRunning',
        'teamOperates',
      ]);
      expect(await matching(memberOrOwner, { owner: jane })).toEqual([
        'janeFailed',
        'janeRunning',
      ]);
      expect(
        await matching(memberOrOwner, { involving: ['user:default/nobody'] }),
      ).toEqual([]);
    },
  );
});
