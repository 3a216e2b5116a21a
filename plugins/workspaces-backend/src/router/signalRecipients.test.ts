import {
  WORKSPACES_SIGNAL_CHANNEL,
  workspaceSignalChannel,
} from '@oqullus/plugin-workspaces-common';
import { exampleOrg, type ExamplePerson } from '../__testUtils__/exampleOrg';
import { signalsDeliveredTo } from '../__testUtils__/recordingServices';
import { aCreateRequest } from '../__testUtils__/startWorkspacesTestBackend';
import { startOnDatabase } from '../__testUtils__/teamWorkspace';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

const ownershipRefs = (person: ExamplePerson) => [
  exampleOrg[person].ref,
  ...exampleOrg[person].groups,
];

describe('workspace signals', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    async function workspaceWithHistory() {
      const backend = await startOnDatabase(databases, databaseId);
      const { as } = backend;
      // Requested by a developer, a viewer added, approved: provisioning is queued.
      const created = await as('developer')
        .post('/workspaces')
        .send(aCreateRequest());
      expect(created.status).toBe(201);
      const { id, externalId } = created.body;
      await as('admin')
        .put(
          `/workspaces/${id}/members/${encodeURIComponent(
            exampleOrg.viewerMember.ref,
          )}`,
        )
        .send({ role: 'viewer' })
        .expect(200);
      await as('admin')
        .post(`/workspaces/${id}/approval`)
        .send({ decision: 'approve' })
        .expect(200);
      const receivedBy = (person: ExamplePerson) =>
        signalsDeliveredTo(backend.recorded.signals, ownershipRefs(person));
      return { ...backend, id, externalId, receivedBy };
    }

    it('tell a user outside the workspace nothing about it: only that something changed, for their lists', async () => {
      const { id, externalId, receivedBy, as } = await workspaceWithHistory();

      const received = receivedBy('outsider');
      expect(received.length).toBeGreaterThan(0);
      for (const signal of received) {
        expect(signal).toEqual({
          recipients: { type: 'broadcast' },
          channel: WORKSPACES_SIGNAL_CHANNEL,
          message: { kind: 'changed' },
        });
      }
      expect(JSON.stringify(received)).not.toContain(id);
      expect(JSON.stringify(received)).not.toContain(externalId);
      // The API, which the lists refetch through on the tick, does not show it either.
      expect((await as('outsider').get(`/workspaces/${id}`)).status).toBe(404);
    });

    it("tell the owner, the members and the Account Owners and Admins what changed on the workspace's channel", async () => {
      const { id, receivedBy } = await workspaceWithHistory();

      const channel = workspaceSignalChannel(id);
      const onChannel = (person: ExamplePerson) =>
        receivedBy(person)
          .filter(signal => signal.channel === channel)
          .map(signal => signal.message);
      const approved = expect.objectContaining({
        workspaceId: id,
        kind: 'event',
        eventId: expect.any(String),
      });
      for (const reader of [
        'developer',
        'viewerMember',
        'accountOwner',
        'admin',
      ] as const) {
        expect(onChannel(reader)).toContainEqual(approved);
      }
      // The signal of the creation went out before the viewer was a member.
      expect(onChannel('viewerMember').length).toBeLessThan(
        onChannel('developer').length,
      );
      expect(onChannel('outsider')).toEqual([]);
    });

    it('leave a reader only the policy knows of, a team lead, to the tick and the API', async () => {
      const { id, receivedBy, as } = await workspaceWithHistory();

      const received = receivedBy('teamLead');
      expect(received.map(signal => signal.channel)).not.toContain(
        workspaceSignalChannel(id),
      );
      expect(received.length).toBeGreaterThan(0);
      expect((await as('teamLead').get(`/workspaces/${id}`)).status).toBe(200);
    });
  });
});
