import type { Knex } from 'knex';
import {
  badAccountRequests,
  PASTED_SECRET,
} from '../__testUtils__/badAccountRequests';
import { badBodies } from '../__testUtils__/badBodies';
import {
  badCreateRequests,
  SQL,
  type BadRequestTargets,
} from '../__testUtils__/badRequests';
import {
  badQueries,
  badRequestsOnDeleted,
  badWorkspaceRequests,
} from '../__testUtils__/badWorkspaceRequests';
import { aCreateRequest } from '../__testUtils__/startWorkspacesTestBackend';
import { countRows } from '../__testUtils__/tableRows';
import {
  cancelJob,
  requestTeamWorkspace,
  requireStatus,
  startOnDatabase,
} from '../__testUtils__/teamWorkspace';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';

jest.setTimeout(120_000);

const badRequests = [
  ...badCreateRequests,
  ...badQueries,
  ...badWorkspaceRequests,
  ...badRequestsOnDeleted,
  ...badAccountRequests,
  ...badBodies,
];

describe('bad input', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    let knex: Knex;
    let targets: BadRequestTargets;

    beforeAll(async () => {
      const backend = await startOnDatabase(databases, databaseId);
      knex = backend.knex;
      const admin = backend.as('admin');
      const pendingId = await requestTeamWorkspace(backend, {
        externalId: 'taken-id',
      });

      const adminOwned = await admin.post('/workspaces').send(aCreateRequest());
      requireStatus(adminOwned, 201, "creating the Admin's workspace");
      const jobs = await admin.get(`/workspaces/${adminOwned.body.id}/jobs`);
      const cancelledJobId = jobs.body.items[0].id;
      await cancelJob(backend, cancelledJobId);

      // A destroy that finished: the job runner would leave exactly this behind.
      const deletedId = await requestTeamWorkspace(backend);
      await knex('workspaces')
        .where({ id: deletedId })
        .update({ status: 'deleted' });

      for (const [kind, body] of [
        [
          'networks',
          {
            name: 'registered-net',
            title: 'Registered',
            provider: 'other',
            networkId: 'reg-1',
          },
        ],
        [
          'networks',
          {
            name: 'used-net',
            title: 'Used',
            provider: 'other',
            networkId: 'used-1',
          },
        ],
        [
          'cloud-credentials',
          {
            name: 'registered-credential',
            title: 'Registered',
            provider: 'env',
            secrets: [{ name: 'API_KEY', from: { env: 'REGISTERED_API_KEY' } }],
          },
        ],
      ] as const) {
        const registered = await admin.post(`/account/${kind}`).send(body);
        requireStatus(registered, 201, `registering ${body.name}`);
      }
      const user = await admin.post('/workspaces').send(
        aCreateRequest({
          provisioning: {
            ...aCreateRequest().provisioning,
            network: 'used-net',
          },
        }),
      );
      requireStatus(user, 201, 'creating a workspace on used-net');

      targets = {
        backend,
        pendingId,
        adminOwnedId: adminOwned.body.id,
        cancelledJobId,
        deletedId,
      };
    });

    it.each(badRequests)(
      'refuses $name with $status, says why, and writes nothing',
      async ({ send, status, message }) => {
        const before = await countRows(knex);
        const response = await send(targets);

        const refusal = {
          status: response.status,
          message: response.body?.error?.message,
        };
        // One of the allowed statuses, each with a message that names the problem.
        expect(
          [status].flat().map(allowed => ({
            status: allowed,
            message: expect.stringContaining(message),
          })),
        ).toContainEqual(refusal);
        expect(JSON.stringify(response.body)).not.toContain(PASTED_SECRET);
        expect(await countRows(knex)).toEqual(before);
      },
    );

    it('keeps SQL-looking text as text: stored, shown and searched literally', async () => {
      const { backend, pendingId } = targets;
      const changed = await backend
        .as('developer')
        .patch(`/workspaces/${pendingId}`)
        .send({ description: SQL });
      expect(changed.status).toBe(200);
      expect(changed.body.description).toBe(SQL);

      const found = await backend
        .as('developer')
        .get(`/workspaces?q=${encodeURIComponent(SQL)}`);
      expect(found.status).toBe(200);
      expect(found.body.items.map((w: { id: string }) => w.id)).toEqual([
        pendingId,
      ]);
      expect((await countRows(knex)).workspaces).toBeGreaterThan(0);
    });
  });
});
