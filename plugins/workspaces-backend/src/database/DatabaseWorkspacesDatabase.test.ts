import { ConflictError } from '@backstage/errors';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { aJob, aWorkspace, nextTime } from './__testUtils__/fixtures';
import { createMigratedDatabase } from './__testUtils__/migratedDatabase';
import { ActiveJobExistsError } from './JobStore';

jest.setTimeout(60_000);

describe('DatabaseWorkspacesDatabase', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  it.each(databases.eachSupportedId())(
    'commits the writes of several stores together, %p',
    async databaseId => {
      const { database } = await createMigratedDatabase(databases, databaseId);
      const workspace = aWorkspace();

      const job = await database.transaction(async stores => {
        await stores.workspaces.insert(workspace);
        await stores.idempotency.record({
          principal: workspace.createdBy,
          key: 'k1',
          requestHash: 'h1',
          workspaceId: workspace.id,
          createdAt: workspace.createdAt,
        });
        return stores.jobs.insert(aJob(workspace.id));
      });

      const { stores } = database;
      expect(await stores.workspaces.get(workspace.id)).toStrictEqual(
        workspace,
      );
      expect(await stores.jobs.getActive(workspace.id)).toStrictEqual(job);
      expect(await stores.idempotency.find(workspace.createdBy, 'k1')).toEqual({
        workspaceId: workspace.id,
        requestHash: 'h1',
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'rolls back the writes of every store when the work throws, and rethrows, %p',
    async databaseId => {
      const { database } = await createMigratedDatabase(databases, databaseId);
      const existing = aWorkspace();
      await database.stores.workspaces.insert(existing);
      const workspace = aWorkspace();
      const failure = new Error('the service changed its mind');

      await expect(
        database.transaction(async stores => {
          await stores.workspaces.insert(workspace);
          await stores.members.upsert(workspace.id, {
            ref: 'user:default/bob',
            role: 'viewer',
            addedBy: workspace.createdBy,
            addedAt: workspace.createdAt,
          });
          await stores.jobs.insert(aJob(workspace.id));
          await stores.events.append({
            workspaceId: workspace.id,
            type: 'workspace.created',
            level: 'info',
            message: 'Created',
            data: { name: workspace.name, externalId: workspace.externalId },
            createdAt: nextTime(),
          });
          await stores.workspaces.update(existing.id, { name: 'Renamed' });
          await stores.accountResources.setValidation('networks', 'vpc', {
            status: 'valid',
            messages: [],
          });
          throw failure;
        }),
      ).rejects.toBe(failure);

      const { stores } = database;
      expect(await stores.workspaces.get(workspace.id)).toBeUndefined();
      expect(await stores.members.list(workspace.id)).toEqual([]);
      expect(await stores.jobs.getActive(workspace.id)).toBeUndefined();
      expect(await stores.events.list(workspace.id, { limit: 10 })).toEqual({
        items: [],
      });
      expect(await stores.workspaces.get(existing.id)).toStrictEqual(existing);
      expect(
        await stores.accountResources.getValidation('networks', 'vpc'),
      ).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps a transaction usable after a refused insert, so the caller decides, %p',
    async databaseId => {
      const { database } = await createMigratedDatabase(databases, databaseId);
      const taken = aWorkspace({ externalId: 'ws-taken' });
      await database.stores.workspaces.insert(taken);
      const entry = {
        principal: 'user:default/jane',
        key: 'k1',
        requestHash: 'h1',
        workspaceId: taken.id,
        createdAt: taken.createdAt,
      };
      await database.stores.idempotency.record(entry);

      const found = await database.transaction(async stores => {
        await expect(
          stores.workspaces.insert(aWorkspace({ externalId: 'ws-taken' })),
        ).rejects.toThrow(ConflictError);
        expect(await stores.idempotency.record(entry)).toBe(false);
        return stores.idempotency.find(entry.principal, entry.key);
      });

      expect(found).toEqual({ workspaceId: taken.id, requestHash: 'h1' });
    },
  );

  it.each(databases.eachSupportedId())(
    'lets exactly one of 20 concurrent job requests for a workspace win, %p',
    async databaseId => {
      const { database } = await createMigratedDatabase(databases, databaseId);
      const workspace = aWorkspace();
      await database.stores.workspaces.insert(workspace);

      const outcomes = await Promise.allSettled(
        Array.from({ length: 20 }, () =>
          database.transaction(stores =>
            stores.jobs.insert(aJob(workspace.id)),
          ),
        ),
      );

      const won = outcomes.filter(o => o.status === 'fulfilled');
      const refused = outcomes.flatMap(o =>
        o.status === 'rejected' ? [o.reason] : [],
      );
      expect(won).toHaveLength(1);
      expect(refused).toHaveLength(19);
      for (const reason of refused) {
        expect(reason).toBeInstanceOf(ActiveJobExistsError);
      }
      const active = await database.stores.jobs.getActive(workspace.id);
      expect(active).toStrictEqual(
        won[0].status === 'fulfilled' ? won[0].value : undefined,
      );
    },
  );
});
