import type { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { aJob, aWorkspace } from './__testUtils__/fixtures';
import { createMigratedDatabase } from './__testUtils__/migratedDatabase';

jest.setTimeout(60_000);

describe('DatabaseJobLogStore', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function setUp(databaseId: TestDatabaseId) {
    const { database } = await createMigratedDatabase(databases, databaseId);
    const workspace = aWorkspace();
    await database.stores.workspaces.insert(workspace);
    const job = await database.stores.jobs.insert(aJob(workspace.id));
    return { logs: database.stores.jobLogs, job };
  }

  it.each(databases.eachSupportedId())(
    'numbers chunks from 1 across appends and pages through them, %p',
    async databaseId => {
      const { logs, job } = await setUp(databaseId);
      const at = '2026-11-28T12:00:00.000Z';
      expect(await logs.append(job.id, ['init', 'plan'], at)).toEqual([
        { seq: 1, text: 'init', createdAt: at },
        { seq: 2, text: 'plan', createdAt: at },
      ]);
      await logs.append(job.id, ['apply 1', 'apply 2', 'apply 3'], at);
      expect(await logs.append(job.id, [], at)).toEqual([]);

      const first = await logs.list(job.id, { limit: 2 });
      expect(first.items.map(c => c.text)).toEqual(['init', 'plan']);
      expect(first.nextCursor).toBe('2');
      const rest = await logs.list(job.id, { after: 2, limit: 10 });
      expect(rest.items.map(c => [c.seq, c.text])).toEqual([
        [3, 'apply 1'],
        [4, 'apply 2'],
        [5, 'apply 3'],
      ]);
      // A short page still says where to read on from: a tail polls with it.
      expect(rest.nextCursor).toBe('5');
      // Nothing newer yet: the cursor comes back, so the next poll asks the same.
      expect(await logs.list(job.id, { after: 5, limit: 10 })).toEqual({
        items: [],
        nextCursor: '5',
      });
      expect(
        (await logs.list('00000000-0000-4000-8000-000000000000', { limit: 5 }))
          .items,
      ).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps the step that wrote each chunk, and none for chunks stored without one, %p',
    async databaseId => {
      const { logs, job } = await setUp(databaseId);
      const at = '2026-11-28T12:00:00.000Z';
      await logs.append(job.id, ['old\n'], at);
      expect(
        await logs.append(job.id, ['init\n'], at, 'infrastructure'),
      ).toEqual([
        { seq: 2, text: 'init\n', createdAt: at, step: 'infrastructure' },
      ]);
      await logs.append(job.id, ['apply\n'], at, 'orchestrator');

      const page = await logs.list(job.id, { limit: 10 });
      expect(page.items.map(c => [c.seq, c.step])).toEqual([
        [1, undefined],
        [2, 'infrastructure'],
        [3, 'orchestrator'],
      ]);
      expect(page.items[0]).not.toHaveProperty('step');
    },
  );
});
