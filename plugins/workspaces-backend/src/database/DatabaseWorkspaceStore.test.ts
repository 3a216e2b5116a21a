import { ConflictError } from '@backstage/errors';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { aWorkspace } from './__testUtils__/fixtures';
import { createMigratedDatabase } from './__testUtils__/migratedDatabase';

jest.setTimeout(60_000);

describe('DatabaseWorkspaceStore', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function createStore(databaseId: Parameters<typeof databases.init>[0]) {
    const { database } = await createMigratedDatabase(databases, databaseId);
    return database.stores.workspaces;
  }

  it.each(databases.eachSupportedId())(
    'stores a workspace and reads it back exactly, by id and external id, %p',
    async databaseId => {
      const store = await createStore(databaseId);
      const workspace = aWorkspace({
        description: 'Where the data team tries things',
        approval: {
          state: 'approved',
          requestedBy: 'user:default/jane',
          requestedAt: '2026-11-28T09:00:00.000Z',
          decidedBy: 'user:default/admin',
          decidedAt: '2026-11-28T09:30:00.000Z',
          comment: 'Go ahead',
        },
        provisioning: {
          stackTemplate: 'data-lake',
          cloudCredential: 'aws-dev',
          stateStorage: 'builtin',
          network: 'shared-vpc',
        },
        parameters: { region: 'eu-west-1', tags: { team: 'data' } },
        outputs: { bucket: 'ws-data' },
        failureReason: 'Quota exceeded',
      });

      expect(await store.insert(workspace)).toStrictEqual(workspace);
      expect(await store.get(workspace.id)).toStrictEqual(workspace);
      expect(await store.getByExternalId(workspace.externalId)).toStrictEqual(
        workspace,
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'leaves absent optional fields out rather than null, %p',
    async databaseId => {
      const store = await createStore(databaseId);
      const workspace = aWorkspace({
        provisioning: {
          stackTemplate: 'data-lake',
          cloudCredential: 'aws-dev',
          stateStorage: 'builtin',
          network: null,
        },
      });
      await store.insert(workspace);

      const stored = await store.get(workspace.id);
      expect(stored).not.toHaveProperty('description');
      expect(stored).not.toHaveProperty('failureReason');
      expect(stored?.approval).toStrictEqual({ state: 'not-required' });
      expect(stored?.provisioning).not.toHaveProperty('network');
    },
  );

  it.each(databases.eachSupportedId())(
    'returns undefined for an unknown or malformed id, %p',
    async databaseId => {
      const store = await createStore(databaseId);
      expect(
        await store.get('00000000-0000-4000-8000-000000000000'),
      ).toBeUndefined();
      expect(await store.get('not a uuid')).toBeUndefined();
      expect(await store.getByExternalId('ws-nothing')).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses a taken external id with a ConflictError saying what to do, %p',
    async databaseId => {
      const store = await createStore(databaseId);
      await store.insert(aWorkspace({ externalId: 'ws-abc' }));

      const second = store.insert(aWorkspace({ externalId: 'ws-abc' }));
      await expect(second).rejects.toThrow(ConflictError);
      await expect(second).rejects.toThrow(
        "External workspace ID 'ws-abc' is already used by another workspace; choose another or let one be generated",
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'updates only the fields in the patch, %p',
    async databaseId => {
      const store = await createStore(databaseId);
      const workspace = aWorkspace({ description: 'Before' });
      await store.insert(workspace);

      const updated = await store.update(workspace.id, {
        status: 'provisioning',
        outputs: { url: 'https://example.test' },
        updatedAt: '2026-12-01T08:00:00.000Z',
      });

      const expected = {
        ...workspace,
        status: 'provisioning',
        outputs: { url: 'https://example.test' },
        updatedAt: '2026-12-01T08:00:00.000Z',
      };
      expect(updated).toStrictEqual(expected);
      expect(await store.get(workspace.id)).toStrictEqual(expected);
    },
  );

  it.each(databases.eachSupportedId())(
    'clears an optional field present as undefined in the patch, %p',
    async databaseId => {
      const store = await createStore(databaseId);
      const workspace = aWorkspace({
        status: 'failed',
        failureReason: 'Quota exceeded',
      });
      await store.insert(workspace);

      const updated = await store.update(workspace.id, {
        status: 'provisioning',
        failureReason: undefined,
      });

      expect(updated).not.toHaveProperty('failureReason');
      expect(updated?.status).toBe('provisioning');
    },
  );

  it.each(databases.eachSupportedId())(
    'applies a guarded update only while the status is expected, %p',
    async databaseId => {
      const store = await createStore(databaseId);
      const workspace = aWorkspace({ status: 'running' });
      await store.insert(workspace);

      const refused = await store.update(
        workspace.id,
        { status: 'provisioning', name: 'Renamed' },
        { expectedStatuses: ['created', 'failed'] },
      );
      expect(refused).toBeUndefined();
      expect(await store.get(workspace.id)).toStrictEqual(workspace);

      const applied = await store.update(
        workspace.id,
        { status: 'deleting' },
        { expectedStatuses: ['running', 'failed'] },
      );
      expect(applied?.status).toBe('deleting');
      expect((await store.get(workspace.id))?.status).toBe('deleting');
    },
  );

  it.each(databases.eachSupportedId())(
    'applies a guarded update only while the approval is expected, %p',
    async databaseId => {
      const store = await createStore(databaseId);
      const workspace = aWorkspace({
        status: 'created',
        approval: { state: 'approved' },
      });
      await store.insert(workspace);

      const refused = await store.update(
        workspace.id,
        { approval: { state: 'rejected' } },
        { expectedStatuses: ['created'], expectedApproval: ['pending'] },
      );
      expect(refused).toBeUndefined();
      expect(await store.get(workspace.id)).toStrictEqual(workspace);

      const applied = await store.update(
        workspace.id,
        { name: 'Renamed' },
        { expectedStatuses: ['created'], expectedApproval: ['approved'] },
      );
      expect(applied?.name).toBe('Renamed');
    },
  );

  it.each(databases.eachSupportedId())(
    'returns undefined when updating a workspace that does not exist, %p',
    async databaseId => {
      const store = await createStore(databaseId);
      expect(
        await store.update('00000000-0000-4000-8000-000000000000', {
          name: 'Ghost',
        }),
      ).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'lists the live workspaces built from an account resource, %p',
    async databaseId => {
      const store = await createStore(databaseId);
      const provisioning = {
        stackTemplate: 'data-lake',
        cloudCredential: 'aws-prod',
        stateStorage: 's3-state',
        network: 'shared-vpc',
      };
      const alpha = aWorkspace({ name: 'Alpha', provisioning });
      const beta = aWorkspace({
        name: 'Beta',
        provisioning,
        status: 'created',
        approval: { state: 'pending', requestedBy: 'user:default/dana.dev' },
      });
      const gone = aWorkspace({
        name: 'Gone',
        provisioning,
        status: 'deleted',
      });
      const other = aWorkspace({ name: 'Other' });
      for (const workspace of [beta, gone, other, alpha]) {
        await store.insert(workspace);
      }

      const summary = (w: typeof alpha) => ({
        id: w.id,
        name: w.name,
        externalId: w.externalId,
        status: w.status,
        // The state only: who asked and decided stays on the workspace.
        approval: { state: w.approval.state },
      });
      for (const [kind, name] of [
        ['stack-templates', 'data-lake'],
        ['cloud-credentials', 'aws-prod'],
        ['state-storages', 's3-state'],
        ['networks', 'shared-vpc'],
      ] as const) {
        const using = await store.listUsingResource(kind, name);
        const expected =
          kind === 'stack-templates' ? [alpha, beta, other] : [alpha, beta];
        expect(using).toEqual(expected.map(summary));
      }
      expect(await store.listUsingResource('networks', 'nope')).toEqual([]);
    },
  );
});
