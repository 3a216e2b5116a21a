import type { ExampleService } from '../__testUtils__/exampleOrg';
import {
  aCreateRequest,
  authorizationOf,
  type WorkspacesTestBackend,
} from '../__testUtils__/startWorkspacesTestBackend';
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

/** The same Basic credentials Terraform's http backend sends, with a Backstage token. */
const basicAuthOf = (service: ExampleService) =>
  `Basic ${Buffer.from(
    `backstage:${authorizationOf(service).replace(/^Bearer /, '')}`,
  ).toString('base64')}`;

describe('service principals get what workspaces.roles.services grants them', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    let backend: WorkspacesTestBackend;

    beforeAll(async () => {
      backend = await startOnDatabase(databases, databaseId);
    });

    it('makes what a service requests wait for approval, even from a template that needs none', async () => {
      const created = await backend
        .as('grantedService')
        .post('/workspaces')
        .send(
          aCreateRequest({
            name: 'Scripted',
            owner: 'user:default/dana.dev',
          }),
        );
      expect(created.status).toBe(201);
      expect(created.body.approval).toMatchObject({
        state: 'pending',
        requestedBy: 'service:example-scripts',
      });
      const view = await backend
        .as('grantedService')
        .get(`/workspaces/${created.body.id}`);
      expect(view.body.activeJob).toBeNull();
      expect(view.body.allowedOperations.approve).toMatchObject({
        allowed: false,
        code: 'forbidden',
      });
    });

    it('lets a service approve only when approval is granted to it', async () => {
      const id = await requestTeamWorkspace(backend);
      const refused = await backend
        .as('grantedService')
        .post(`/workspaces/${id}/approval`)
        .send({ decision: 'approve' });
      expect(refused.status).toBe(403);
      const approved = await backend
        .as('trustedService')
        .post(`/workspaces/${id}/approval`)
        .send({ decision: 'approve' });
      expect(approved.status).toBe(200);
      expect(approved.body.approval).toMatchObject({
        state: 'approved',
        decidedBy: 'service:release-bot',
      });
    });

    it('lets a service read and force-unlock a state only with those grants', async () => {
      const id = await requestTeamWorkspace(backend);
      const state = `/api/workspaces/state/${id}/infrastructure`;
      const statuses = async (service: ExampleService) => ({
        read: (
          await backend.http
            .get(state)
            .set('Authorization', basicAuthOf(service))
        ).status,
        forceUnlock: (
          await backend.http
            .unlock(state)
            .set('Authorization', basicAuthOf(service))
        ).status,
      });
      expect(await statuses('grantedService')).toEqual({
        read: 403,
        forceUnlock: 403,
      });
      expect(await statuses('catalogService')).toEqual({
        read: 403,
        forceUnlock: 403,
      });
      expect(await statuses('trustedService')).toEqual({
        read: 204,
        forceUnlock: 200,
      });
    });

    it('lets a service manage the account and delete workspaces only when granted', async () => {
      const network = {
        name: 'robot-network',
        title: 'Registered by a robot',
        provider: 'other',
        networkId: 'robot-net',
      };
      const refused = await backend
        .as('grantedService')
        .post('/account/networks')
        .send(network);
      expect(refused.status).toBe(403);
      const registered = await backend
        .as('trustedService')
        .post('/account/networks')
        .send(network);
      expect(registered.status).toBe(201);

      const id = await requestTeamWorkspace(backend);
      const deleted = await backend
        .as('trustedService')
        .delete(`/workspaces/${id}`);
      expect(deleted.status).toBe(202);
    });

    it("gives the catalog's service read access by default, and nothing more", async () => {
      const id = await requestTeamWorkspace(backend);
      const listed = await backend
        .as('catalogService')
        .get('/workspaces?scope=all&limit=100');
      requireStatus(listed, 200, 'listing as the catalog');
      expect(listed.body.items.map((w: { id: string }) => w.id)).toContain(id);
      const members = await backend
        .as('catalogService')
        .get(`/workspaces/${id}/members`);
      expect(members.status).toBe(200);
      const account = await backend
        .as('catalogService')
        .get('/account/networks');
      expect(account.status).toBe(200);

      const created = await backend
        .as('catalogService')
        .post('/workspaces')
        .send(aCreateRequest({ owner: 'user:default/dana.dev' }));
      expect(created.status).toBe(403);
      expect(created.body.error.message).toBe(
        'You may not create workspaces: the portal permission policy does not allow it; ask an Account Owner or Admin to create one for you and add you to its members',
      );
      const approval = await backend
        .as('catalogService')
        .post(`/workspaces/${id}/approval`)
        .send({ decision: 'approve' });
      expect(approval.status).toBe(403);
    });
  });
});
