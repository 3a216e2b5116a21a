import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { migrateWorkspacesDatabase } from '../database';
import {
  aCreateRequest,
  startWorkspacesTestBackend,
  TEST_SECRET_ENV,
} from '../__testUtils__/startWorkspacesTestBackend';
import { requireStatus } from '../__testUtils__/teamWorkspace';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';

jest.setTimeout(180_000);

type Chunk = { seq: number; text: string };
type Poll = { after?: string; items: Chunk[]; nextCursor?: string };

/**
 * The documented way to follow a job: poll its log with the last nextCursor as
 * `after`. The runner and terraform are real; the lakehouse waits while applying,
 * so the log grows between polls.
 */
describe("tailing a running job's log", () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);
  let workDirectory: string;

  beforeEach(async () => {
    workDirectory = await mkdtemp(path.join(os.tmpdir(), 'oq-log-tail-'));
    process.env[TEST_SECRET_ENV] = 'sandbox-secret-for-runner-tests';
  });
  afterEach(async () => {
    await rm(workDirectory, { recursive: true, force: true, maxRetries: 10 });
  });

  it.each(databases.eachSupportedId())(
    'gets only the new lines on each poll with the cursor, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateWorkspacesDatabase(knex);
      const backend = await startWorkspacesTestBackend({
        knex,
        runner: {
          enabled: true,
          pollIntervalMilliseconds: 50,
          leaseSeconds: 20,
          heartbeatSeconds: 1,
          workDirectory,
        },
      });
      const as = backend.as('admin');
      const created = await as.post('/workspaces').send(
        aCreateRequest({
          parameters: { region: 'eu-west-1', apply_delay_seconds: 3 },
        }),
      );
      requireStatus(created, 201, 'creating the workspace');
      const jobId = (await as.get(`/workspaces/${created.body.id}/jobs`)).body
        .items[0].id;

      const polls: Poll[] = [];
      let after: string | undefined;
      for (;;) {
        const job = (await as.get(`/jobs/${jobId}`)).body;
        const query = after ? `?after=${after}` : '';
        const page = await as.get(`/jobs/${jobId}/log${query}`);
        requireStatus(page, 200, 'reading the log');
        polls.push({ after, ...page.body });
        after = page.body.nextCursor ?? after;
        if (job.finishedAt) break;
        await new Promise(resolve => setTimeout(resolve, 250));
      }

      const whole = (await as.get(`/jobs/${jobId}/log?limit=1000`)).body
        .items as Chunk[];
      expect(whole.length).toBeGreaterThan(0);
      // Each poll returned only chunks after its cursor, and together exactly the log.
      for (const poll of polls) {
        for (const chunk of poll.items) {
          expect(chunk.seq).toBeGreaterThan(Number(poll.after ?? 0));
        }
      }
      expect(polls.flatMap(poll => poll.items)).toEqual(whole);
      // The log grew while the job ran: more than one poll brought lines.
      expect(
        polls.filter(poll => poll.items.length > 0).length,
      ).toBeGreaterThan(1);
      // Every page says where to read on: its last chunk, or the cursor it was asked with.
      for (const poll of polls) {
        expect(poll.nextCursor).toBe(
          poll.items.length > 0 ? String(poll.items.at(-1)!.seq) : poll.after,
        );
      }
      // While terraform slept nothing was written: an empty page kept the cursor.
      expect(
        polls.some(poll => poll.items.length === 0 && poll.after !== undefined),
      ).toBe(true);
    },
  );
});
