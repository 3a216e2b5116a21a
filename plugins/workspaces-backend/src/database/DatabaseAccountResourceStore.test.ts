import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { createMigratedDatabase } from './__testUtils__/migratedDatabase';
import type { StoredAccountResource } from './AccountResourceStore';

jest.setTimeout(60_000);

const template: StoredAccountResource = {
  kind: 'stack-templates',
  name: 'data-lake',
  title: 'Data lake',
  description: 'S3, Glue and Athena',
  owner: 'group:default/platform',
  spec: {
    source: { type: 'directory', path: 'data-lake' },
    inputs: { type: 'object', properties: {} },
    apps: [{ name: 'airflow', path: 'apps/airflow' }],
    requiresApproval: true,
  },
  createdBy: 'user:default/admin',
  createdAt: '2026-11-28T10:00:00.000Z',
  updatedAt: '2026-11-28T10:00:00.000Z',
};

describe('DatabaseAccountResourceStore', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function createStore(databaseId: TestDatabaseId) {
    const { database } = await createMigratedDatabase(databases, databaseId);
    return database.stores.accountResources;
  }

  it.each(databases.eachSupportedId())(
    'inserts, reads, lists per kind, updates and deletes resources, %p',
    async databaseId => {
      const store = await createStore(databaseId);
      const network: StoredAccountResource = {
        kind: 'networks',
        name: 'shared-vpc',
        title: 'Shared VPC',
        spec: { provider: 'aws', networkId: 'vpc-123' },
        createdBy: 'user:default/admin',
        createdAt: '2026-11-28T11:00:00.000Z',
        updatedAt: '2026-11-28T11:00:00.000Z',
      };
      const another = { ...template, name: 'analytics', title: 'Analytics' };

      expect(await store.insert(template)).toStrictEqual(template);
      expect(await store.insert(network)).toStrictEqual(network);
      await store.insert(another);
      expect(await store.get('stack-templates', 'data-lake')).toStrictEqual(
        template,
      );
      expect(await store.get('networks', 'data-lake')).toBeUndefined();
      expect(await store.list('stack-templates')).toStrictEqual([
        another,
        template,
      ]);
      expect(await store.list('cloud-credentials')).toEqual([]);

      const changed = {
        ...template,
        title: 'Data lake v2',
        description: undefined,
        spec: { ...template.spec, requiresApproval: false },
        createdBy: 'user:default/someone-else',
        createdAt: '2026-12-01T00:00:00.000Z',
        updatedAt: '2026-12-01T00:00:00.000Z',
      };
      const updated = await store.update(changed);
      const { description: _dropped, ...expected } = {
        ...changed,
        createdBy: template.createdBy,
        createdAt: template.createdAt,
      };
      expect(updated).toStrictEqual(expected);
      expect(await store.get('stack-templates', 'data-lake')).toStrictEqual(
        expected,
      );
      expect(
        await store.update({ ...network, name: 'missing' }),
      ).toBeUndefined();

      expect(await store.delete('stack-templates', 'data-lake')).toBe(true);
      expect(await store.delete('stack-templates', 'data-lake')).toBe(false);
      expect(await store.get('stack-templates', 'data-lake')).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses a second resource of the same kind and name, %p',
    async databaseId => {
      const store = await createStore(databaseId);
      await store.insert(template);

      const duplicate = store.insert({ ...template, title: 'Other' });
      await expect(duplicate).rejects.toThrow(ConflictError);
      await expect(duplicate).rejects.toThrow(
        "A stack template named 'data-lake' already exists; choose another name, or update the existing one",
      );
      // The same name under another kind is a different resource.
      await store.insert({ ...template, kind: 'networks' });
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps check results, also of config-declared resources, and forgets them on delete, %p',
    async databaseId => {
      const store = await createStore(databaseId);
      await store.insert(template);
      expect(
        await store.getValidation('stack-templates', 'data-lake'),
      ).toBeUndefined();

      const broken = {
        status: 'broken' as const,
        messages: ['The directory data-lake does not exist'],
        checkedAt: '2026-11-28T12:00:00.000Z',
      };
      await store.setValidation('stack-templates', 'data-lake', broken);
      expect(
        await store.getValidation('stack-templates', 'data-lake'),
      ).toStrictEqual(broken);

      const valid = { status: 'valid' as const, messages: [] };
      await store.setValidation('stack-templates', 'data-lake', valid);
      expect(
        await store.getValidation('stack-templates', 'data-lake'),
      ).toStrictEqual(valid);

      // A resource declared in app-config has no row of its own, yet is checked.
      await store.setValidation('cloud-credentials', 'from-config', broken);
      expect(
        await store.getValidation('cloud-credentials', 'from-config'),
      ).toStrictEqual(broken);

      await store.delete('stack-templates', 'data-lake');
      expect(
        await store.getValidation('stack-templates', 'data-lake'),
      ).toBeUndefined();
      expect(
        await store.getValidation('cloud-credentials', 'from-config'),
      ).toStrictEqual(broken);
    },
  );
});
