import type { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { createMigratedDatabase } from './__testUtils__/migratedDatabase';

jest.setTimeout(60_000);

describe('DatabaseIdempotencyStore', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function createStore(databaseId: TestDatabaseId) {
    const { database } = await createMigratedDatabase(databases, databaseId);
    return database.stores.idempotency;
  }

  const entry = {
    principal: 'user:default/jane',
    key: 'create-7f3a',
    requestHash: 'sha256:abc',
    workspaceId: '7b0f3c8e-4d1a-4b6e-9f7a-2c5d8e1f0a3b',
    createdAt: '2026-11-28T10:00:00.000Z',
  };

  it.each(databases.eachSupportedId())(
    'records a key once and returns false the second time, %p',
    async databaseId => {
      const store = await createStore(databaseId);

      expect(await store.record(entry)).toBe(true);
      expect(
        await store.record({ ...entry, requestHash: 'sha256:other' }),
      ).toBe(false);
      expect(await store.find(entry.principal, entry.key)).toEqual({
        workspaceId: entry.workspaceId,
        requestHash: 'sha256:abc',
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps keys apart per caller, %p',
    async databaseId => {
      const store = await createStore(databaseId);
      await store.record(entry);

      expect(
        await store.record({ ...entry, principal: 'user:default/bob' }),
      ).toBe(true);
      expect(await store.find('user:default/carol', entry.key)).toBeUndefined();
      expect(await store.find(entry.principal, 'other-key')).toBeUndefined();
    },
  );
});
