import {
  requestTeamWorkspace,
  startOnDatabase,
} from '../__testUtils__/teamWorkspace';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';

jest.setTimeout(120_000);

const decisionBody = {
  approve: { decision: 'approve' },
  reject: { decision: 'reject', comment: 'Not this quarter' },
} as const;

// Written out by hand: only a Created workspace with a pending request can be decided.
const refusals = [
  {
    status: 'failed',
    approval: 'pending',
    decision: 'approve',
    sentence:
      'Approve needs a Created workspace with a pending request; this one is Failed: there is no pending request to decide',
  },
  {
    status: 'running',
    approval: 'approved',
    decision: 'reject',
    sentence:
      'Reject needs a Created workspace with a pending request; this one is Running: there is no pending request to decide',
  },
  {
    status: 'running',
    approval: 'pending',
    decision: 'approve',
    sentence:
      'Approve needs a Created workspace with a pending request; this one is Running: there is no pending request to decide',
  },
  {
    status: 'created',
    approval: 'rejected',
    decision: 'approve',
    sentence:
      'Approve has nothing to decide: this Created workspace was already rejected; the requester can create a new workspace',
  },
  {
    status: 'created',
    approval: 'approved',
    decision: 'reject',
    sentence:
      'Reject has nothing to decide: this Created workspace was already approved; delete it if it should not be built',
  },
  {
    status: 'created',
    approval: 'not-required',
    decision: 'approve',
    sentence:
      'Approve has nothing to decide: this Created workspace needs no approval, so there is no pending request',
  },
  {
    status: 'deleting',
    approval: 'pending',
    decision: 'approve',
    sentence:
      'Approve is not possible while this workspace is Deleting; wait for the deletion to finish or cancel it',
  },
  {
    status: 'deleted',
    approval: 'pending',
    decision: 'reject',
    sentence:
      'Reject is not possible: this workspace is Deleted and nothing can be done with it; create a new workspace if you need one',
  },
] as const;

describe('approval decisions', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it.each(refusals)(
      'refuses to $decision a $status workspace with approval $approval, with a sentence, and changes nothing',
      async ({ status, approval, decision, sentence }) => {
        const backend = await startOnDatabase(databases, databaseId);
        const id = await requestTeamWorkspace(backend);
        await backend
          .knex('workspaces')
          .where({ id })
          .update({ status, approval_state: approval });

        const response = await backend
          .as('accountOwner')
          .post(`/workspaces/${id}/approval`)
          .send(decisionBody[decision]);

        expect(response.status).toBe(409);
        expect(response.body.error).toMatchObject({
          name: 'ConflictError',
          message: expect.stringContaining(sentence),
        });
        const [row] = await backend.knex('workspaces').where({ id });
        expect([row.status, row.approval_state]).toEqual([status, approval]);
        expect(await backend.knex('jobs').where({ workspace_id: id })).toEqual(
          [],
        );
      },
    );

    it('takes exactly one of 20 simultaneous approvals and rejections, and a rejection leaves no job', async () => {
      const backend = await startOnDatabase(databases, databaseId);
      const id = await requestTeamWorkspace(backend);

      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          backend
            .as(i % 2 ? 'admin' : 'accountOwner')
            .post(`/workspaces/${id}/approval`)
            .send(decisionBody[i % 2 ? 'approve' : 'reject']),
        ),
      );

      const statuses = responses.map(r => r.status).sort();
      expect(statuses).toEqual([200, ...Array(19).fill(409)]);
      const accepted = responses.find(r => r.status === 200)!;
      const [row] = await backend.knex('workspaces').where({ id });
      expect(row.approval_state).toBe(accepted.body.approval.state);
      const jobs = await backend.knex('jobs').where({ workspace_id: id });
      expect(jobs.map(job => job.operation)).toEqual(
        row.approval_state === 'approved' ? ['provision'] : [],
      );
    });
  });
});
