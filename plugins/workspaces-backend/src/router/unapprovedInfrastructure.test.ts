import { statusWhenJobEnds } from '@oqullus/plugin-workspaces-common';
import type { Knex } from 'knex';
import type { ExampleCaller } from '../__testUtils__/exampleOrg';
import type { WorkspacesTestBackend } from '../__testUtils__/startWorkspacesTestBackend';
import {
  requestTeamWorkspace,
  requireStatus,
  startOnDatabase,
} from '../__testUtils__/teamWorkspace';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';

jest.setTimeout(120_000);

const everyOperator: ExampleCaller[] = [
  'accountOwner',
  'admin',
  'developer',
  'adminMember',
  'operatorMember',
];

/**
 * A request that was rejected, or never approved, must never reach Terraform: not
 * even after an Admin's Delete failed and left it Failed, the status from which a
 * Provision is otherwise retried.
 */
describe('infrastructure of an unapproved request', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  /** Deletes as an Admin, then fails the destroy job as the runner does when Terraform fails. */
  async function failDelete(
    backend: WorkspacesTestBackend,
    knex: Knex,
    id: string,
  ) {
    const deleted = await backend.as('admin').delete(`/workspaces/${id}`);
    requireStatus(deleted, 202, 'deleting the workspace');
    const at = new Date().toISOString();
    await knex('jobs')
      .where({ id: deleted.body.job.id })
      .update({ status: 'failed', finished_at: at, error: 'destroy failed' });
    await knex('workspaces')
      .where({ id })
      .update({
        status: statusWhenJobEnds('destroy', 'failed', 'deleting'),
        failure_reason: 'destroy failed',
      });
  }

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it.each([
      [
        'rejected',
        'Provision Infrastructure cannot run: the request for this Failed workspace was rejected; delete it or create a new workspace',
      ],
      [
        'pending',
        'Provision Infrastructure cannot run: the request for this Failed workspace was never approved, and only a Created workspace can be approved; delete it or create a new workspace',
      ],
    ])(
      'refuses Provision of a %s request that a failed delete left Failed, to everyone',
      async (approval, sentence) => {
        const backend = await startOnDatabase(databases, databaseId);
        const id = await requestTeamWorkspace(backend);
        if (approval === 'rejected') {
          const rejected = await backend
            .as('admin')
            .post(`/workspaces/${id}/approval`)
            .send({ decision: 'reject', comment: 'Not this quarter' });
          requireStatus(rejected, 200, 'rejecting the request');
        }
        await failDelete(backend, backend.knex, id);

        const view = await backend.as('developer').get(`/workspaces/${id}`);
        expect(view.body).toMatchObject({
          status: 'failed',
          approval: { state: approval },
          allowedOperations: {
            provision: {
              allowed: false,
              code: 'wrong-status',
              reason: sentence,
            },
          },
        });
        for (const caller of everyOperator) {
          const provision = await backend
            .as(caller)
            .post(`/workspaces/${id}/operations`)
            .send({ operation: 'provision' });
          expect({ caller, status: provision.status }).toEqual({
            caller,
            status: 409,
          });
          expect(provision.body.error).toMatchObject({
            name: 'ConflictError',
            message: expect.stringContaining(sentence),
          });
        }
        const jobs = await backend.knex('jobs').where({ workspace_id: id });
        expect(jobs.map(job => [job.operation, job.status])).toEqual([
          ['destroy', 'failed'],
        ]);

        // Delete stays open: it is the way out of a closed request.
        const retried = await backend.as('admin').delete(`/workspaces/${id}`);
        expect(retried.status).toBe(202);
        expect(retried.body.job.operation).toBe('destroy');
      },
    );
  });
});
