import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { mockServices } from '@backstage/backend-test-utils';
import type { StateStorage } from '@oqullus/plugin-workspaces-common';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { aStateStorage } from '../account/__testUtils__/resources';
import { aJob, aWorkspace } from '../database/__testUtils__/fixtures';
import { createMigratedDatabase } from '../database/__testUtils__/migratedDatabase';
import { EventBroadcaster } from '../publishing/EventBroadcaster';
import {
  aLock,
  aStateDocument,
  aStateVersion,
} from '../state/__testUtils__/stateDocuments';
import { DatabaseStateStore } from '../state/DatabaseStateStore';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { ErroredStateKeeper } from './ErroredStateKeeper';

jest.setTimeout(60_000);

describe('ErroredStateKeeper', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'oq-keeper-'));
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  async function setUp(databaseId: TestDatabaseId, storage: StateStorage) {
    const { knex, database } = await createMigratedDatabase(
      databases,
      databaseId,
    );
    const workspace = aWorkspace({
      provisioning: {
        stackTemplate: 'data-lake',
        cloudCredential: 'aws-dev',
        stateStorage: storage.name,
      },
    });
    await database.stores.workspaces.insert(workspace);
    const job = await database.stores.jobs.insert(aJob(workspace.id));
    const stateStore = new DatabaseStateStore(knex);
    const keeper = new ErroredStateKeeper({
      database,
      registry: { get: async () => storage as any },
      stateStore,
      broadcaster: new EventBroadcaster(undefined, mockServices.logger.mock(), {
        of: async () => [],
      }),
      logger: mockServices.logger.mock(),
      clock: () => new Date(),
    });
    const file = path.join(directory, 'errored.tfstate');
    await writeFile(file, aStateDocument(2, 'lineage-a'));
    const events = async () =>
      (
        await database.stores.events.list(workspace.id, { limit: 50 })
      ).items.map(e => [e.type, e.message]);
    const key = { workspaceId: workspace.id, component: 'infrastructure' };
    return {
      knex,
      database,
      workspace,
      job,
      stateStore,
      keeper,
      file,
      events,
      key,
    };
  }

  it.each(databases.eachSupportedId())(
    'pushes it into the built-in storage, says so in an event, and removes the file, %p',
    async databaseId => {
      const { workspace, job, stateStore, keeper, file, events, key } =
        await setUp(databaseId, aStateStorage({ name: 'builtin' }));
      expect(
        await keeper.secure(job, workspace, 'infrastructure', file),
      ).toEqual({
        saved: true,
        sentence:
          'The runner pushed that state of infrastructure into the storage (serial 2): nothing is lost.',
      });
      expect((await stateStore.current(key))?.serial).toBe(2);
      expect(await events()).toEqual([
        [
          'state.pushed',
          'Pushed the state of infrastructure that Terraform could not save into the built-in storage (serial 2)',
        ],
      ]);
      expect(await readdir(directory)).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps it with the job in the database when the push is refused, %p',
    async databaseId => {
      const {
        database,
        workspace,
        job,
        stateStore,
        keeper,
        file,
        events,
        key,
      } = await setUp(databaseId, aStateStorage({ name: 'builtin' }));
      const lock = aLock(key, { holder: 'user:default/adrian.admin' });
      await stateStore.lock(lock, new Date().toISOString());
      await stateStore.writeVersion(
        aStateVersion(key, 5, 'lineage-a'),
        { lockId: lock.lockId, holder: lock.holder },
        new Date().toISOString(),
      );
      await stateStore.unlock(key, {
        lockId: lock.lockId,
        holder: lock.holder,
      });

      const reason =
        'Pushing it into the built-in storage was refused: the stored state has moved on since (serial 5, the kept one has 2); pushing it would undo what came after';
      expect(
        await keeper.secure(job, workspace, 'infrastructure', file),
      ).toEqual({
        saved: false,
        sentence: `The state of infrastructure Terraform could not save is kept with the job (${reason}); an Account Owner or Admin can push it from the workspace page once the cause is fixed.`,
      });
      expect(
        await database.stores.keptStates.listPending(workspace.id),
      ).toEqual([
        {
          jobId: job.id,
          component: 'infrastructure',
          serial: 2,
          reason,
          keptAt: expect.any(String),
        },
      ]);
      expect(
        (await database.stores.keptStates.get(job.id, 'infrastructure'))?.state,
      ).toBe(aStateDocument(2, 'lineage-a'));
      expect((await events()).map(([type]) => type)).toEqual(['state.kept']);
      expect(await readdir(directory)).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps it with the job when the storage is not the built-in one, %p',
    async databaseId => {
      const { database, workspace, job, keeper, file } = await setUp(
        databaseId,
        aStateStorage({ name: 'team-s3', kind: 's3' }),
      );
      const { saved, sentence } = await keeper.secure(
        job,
        workspace,
        'infrastructure',
        file,
      );
      expect(saved).toBe(false);
      expect(sentence).toContain(
        "The workspace's state is in s3 storage, which only Terraform writes",
      );
      expect(
        (await database.stores.keptStates.listPending(workspace.id)).length,
      ).toBe(1);
    },
  );
});
