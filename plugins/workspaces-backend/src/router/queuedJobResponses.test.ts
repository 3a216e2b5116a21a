import { schemaErrors } from '../schema/__testUtils__/specValidator';
import { aCreateRequest } from '../__testUtils__/startWorkspacesTestBackend';
import {
  requestTeamWorkspace,
  startOnDatabase,
} from '../__testUtils__/teamWorkspace';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

/**
 * Create and approve answer with the job they queued, so a caller can follow it
 * without a second request; the bodies are checked against the spec's schema.
 */
describe('responses that queue a job', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it('create returns the provision job it queued, replays it with the same key, and null when approval is needed', async () => {
      const backend = await startOnDatabase(databases, databaseId);
      const admin = backend.as('admin');
      const created = await admin
        .post('/workspaces')
        .set('Idempotency-Key', 'queued-job-1')
        .send(aCreateRequest());
      expect(created.status).toBe(201);
      expect(schemaErrors('WorkspaceWithQueuedJob', created.body)).toEqual([]);
      const [queued] = (await admin.get(`/workspaces/${created.body.id}/jobs`))
        .body.items;
      expect(created.body.job).toEqual(queued);
      expect(created.body.job).toMatchObject({
        operation: 'provision',
        status: 'queued',
        workspaceId: created.body.id,
      });

      const replayed = await admin
        .post('/workspaces')
        .set('Idempotency-Key', 'queued-job-1')
        .send(aCreateRequest());
      expect(replayed.status).toBe(201);
      expect(replayed.headers['idempotent-replayed']).toBe('true');
      expect(replayed.body.job).toEqual(queued);

      const requested = await backend
        .as('developer')
        .post('/workspaces')
        .send(aCreateRequest());
      expect(requested.status).toBe(201);
      expect(requested.body.approval.state).toBe('pending');
      expect(requested.body.job).toBeNull();
      expect(schemaErrors('WorkspaceWithQueuedJob', requested.body)).toEqual(
        [],
      );
    });

    it('approve returns the provision job it queued, reject returns null', async () => {
      const backend = await startOnDatabase(databases, databaseId);
      const admin = backend.as('admin');
      const approvedId = await requestTeamWorkspace(backend);
      const approved = await admin
        .post(`/workspaces/${approvedId}/approval`)
        .send({ decision: 'approve' });
      expect(approved.status).toBe(200);
      expect(schemaErrors('WorkspaceWithQueuedJob', approved.body)).toEqual([]);
      const [queued] = (await admin.get(`/workspaces/${approvedId}/jobs`)).body
        .items;
      expect(approved.body.job).toEqual(queued);
      expect(approved.body.job.operation).toBe('provision');

      const rejectedId = await requestTeamWorkspace(backend);
      const rejected = await admin
        .post(`/workspaces/${rejectedId}/approval`)
        .send({ decision: 'reject', comment: 'Use the shared lab' });
      expect(rejected.status).toBe(200);
      expect(rejected.body.approval.state).toBe('rejected');
      expect(rejected.body.job).toBeNull();
      expect(schemaErrors('WorkspaceWithQueuedJob', rejected.body)).toEqual([]);
    });
  });
});
