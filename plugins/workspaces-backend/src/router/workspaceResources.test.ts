import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { migrateWorkspacesDatabase } from '../database';
import { waitForStatus } from '../runner/__testUtils__/workspaceProgress';
import { DatabaseStateStore } from '../state/DatabaseStateStore';
import {
  aCreateRequest,
  startWorkspacesTestBackend,
  TEST_SECRET_ENV,
  testAccountConfig,
  type WorkspacesTestBackend,
} from '../__testUtils__/startWorkspacesTestBackend';
import { requireStatus } from '../__testUtils__/teamWorkspace';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';

jest.setTimeout(180_000);

const COMPONENTS = ['infrastructure', 'notebooks', 'orchestrator'];

/** Every string value anywhere in a state's resource attributes. */
function attributeStrings(stateText: string): string[] {
  const strings: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string' && value.length >= 6) strings.push(value);
    else if (value && typeof value === 'object') {
      Object.values(value).forEach(walk);
    }
  };
  for (const resource of JSON.parse(stateText).resources ?? []) {
    for (const instance of resource.instances ?? []) walk(instance.attributes);
  }
  return strings;
}

function addressesOf(stateText: string): string[] {
  return (JSON.parse(stateText).resources ?? []).flatMap((r: any) =>
    (r.instances ?? []).map((instance: any) =>
      [r.module, r.mode === 'data' ? 'data' : undefined, r.type, r.name]
        .filter(Boolean)
        .join('.')
        .concat(
          instance.index_key === undefined
            ? ''
            : `[${JSON.stringify(instance.index_key)}]`,
        ),
    ),
  );
}

/**
 * The Resources card's list, with the real runner and terraform on the offline
 * lakehouse: read from the built-in storage's states, or, for a storage the portal
 * cannot read, from what the applies reported.
 */
describe('GET /workspaces/{id}/resources', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'oq-resources-'));
    process.env[TEST_SECRET_ENV] = 'sandbox-secret-for-resource-list';
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true, maxRetries: 10 });
  });

  async function start(databaseId: TestDatabaseId, stateStorage = 'builtin') {
    const knex = await databases.init(databaseId);
    await migrateWorkspacesDatabase(knex);
    const account = testAccountConfig();
    const backend = await startWorkspacesTestBackend({
      knex,
      runner: {
        enabled: true,
        pollIntervalMilliseconds: 50,
        workDirectory: path.join(root, 'jobs'),
      },
      account: {
        ...account,
        stateStorages: [
          ...account.stateStorages,
          {
            name: 'local-files',
            title: 'Local files',
            kind: 'local',
            settings: { path: path.join(root, 'states') },
          } as any,
        ],
      },
    });
    const created = await backend
      .as('admin')
      .post('/workspaces')
      .send(
        aCreateRequest({
          owner: 'user:default/dana.dev',
          provisioning: {
            ...aCreateRequest().provisioning,
            stateStorage,
          },
        }),
      );
    requireStatus(created, 201, 'creating the workspace');
    const id: string = created.body.id;
    const view = await waitForStatus(backend.as, id, ['running', 'failed']);
    expect(view.status).toBe('running');
    return { ...backend, knex, id, externalId: view.externalId as string };
  }

  async function deleteAndList(backend: WorkspacesTestBackend, id: string) {
    const deleted = await backend.as('admin').delete(`/workspaces/${id}`);
    requireStatus(deleted, 202, 'deleting the workspace');
    const view = await waitForStatus(backend.as, id, ['deleted', 'failed']);
    expect(view.status).toBe('deleted');
    return backend.as('developer').get(`/workspaces/${id}/resources`);
  }

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it('lists what the built-in states hold, without a single attribute value, to readers only', async () => {
      const backend = await start(databaseId);
      const { as, id, knex } = backend;
      const store = new DatabaseStateStore(knex);
      const states = await Promise.all(
        COMPONENTS.map(component =>
          store.current({ workspaceId: id, component }),
        ),
      );

      const listed = await as('developer').get(`/workspaces/${id}/resources`);
      expect(listed.status).toBe(200);
      expect(listed.body.source).toBe('state');
      expect(
        listed.body.items.map((r: any) => `${r.component} ${r.address}`),
      ).toEqual(
        states.flatMap((state, i) =>
          addressesOf(state!.state)
            .sort()
            .map(address => `${COMPONENTS[i]} ${address}`),
        ),
      );
      expect(listed.body.items).toContainEqual({
        component: 'infrastructure',
        address: 'terraform_data.storage',
        type: 'terraform_data',
        mode: 'managed',
        provider: 'terraform.io/builtin/terraform',
      });

      // The states do hold values (the sandbox secret among what Terraform saw);
      // none of them comes back.
      const values = states.flatMap(state => attributeStrings(state!.state));
      expect(values.length).toBeGreaterThan(0);
      const body = JSON.stringify(listed.body);
      for (const value of [...values, process.env[TEST_SECRET_ENV]!]) {
        if (COMPONENTS.some(c => value === c)) continue;
        expect(body.includes(JSON.stringify(value).slice(1, -1))).toBe(false);
      }

      const outsider = await as('outsider').get(`/workspaces/${id}/resources`);
      expect(outsider.status).toBe(404);
      expect(outsider.body.error.message).toContain(id);
      expect(
        (await backend.http.get(`/api/workspaces/workspaces/${id}/resources`))
          .status,
      ).toBe(401);

      const afterDelete = await deleteAndList(backend, id);
      expect([afterDelete.status, afterDelete.body]).toEqual([
        200,
        { items: [], source: 'state' },
      ]);
    });

    it('lists what the applies reported for a storage the portal cannot read, and nothing once deleted', async () => {
      const backend = await start(databaseId, 'local-files');
      const { as, id, externalId } = backend;

      const listed = await as('developer').get(`/workspaces/${id}/resources`);
      expect(listed.status).toBe(200);
      expect(listed.body.source).toBe('last-apply');
      // The same addresses as the state files Terraform wrote, with no provider.
      const fromFiles = await Promise.all(
        COMPONENTS.map(async component =>
          addressesOf(
            await readFile(
              path.join(root, 'states', externalId, `${component}.tfstate`),
              'utf8',
            ),
          )
            .filter(address => !address.startsWith('data.'))
            .sort()
            .map(address => `${component} ${address}`),
        ),
      );
      expect(
        listed.body.items
          .filter((r: any) => r.mode === 'managed')
          .map((r: any) => `${r.component} ${r.address}`),
      ).toEqual(fromFiles.flat());
      expect(listed.body.items).toContainEqual({
        component: 'infrastructure',
        address: 'terraform_data.storage',
        type: 'terraform_data',
        mode: 'managed',
      });

      const afterDelete = await deleteAndList(backend, id);
      expect([afterDelete.status, afterDelete.body]).toEqual([
        200,
        { items: [], source: 'last-apply' },
      ]);
    });
  });
});
