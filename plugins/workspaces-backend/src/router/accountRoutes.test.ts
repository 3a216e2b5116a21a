import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { migrateWorkspacesDatabase } from '../database';
import {
  aCreateRequest,
  startWorkspacesTestBackend,
} from '../__testUtils__/startWorkspacesTestBackend';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

const aNetwork = {
  name: 'team-vpc',
  title: 'Team VPC',
  provider: 'aws',
  networkId: 'vpc-0123',
  cidr: '10.20.0.0/16',
  region: 'eu-west-1',
};

describe('account routes', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function start(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await migrateWorkspacesDatabase(knex);
    return startWorkspacesTestBackend({ knex });
  }

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it('registers, replaces and checks a network, shows its usage and refuses to delete it while used', async () => {
      const { as } = await start(databaseId);
      const created = await as('admin')
        .post('/account/networks')
        .send(aNetwork);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        name: 'team-vpc',
        origin: 'database',
        validation: { status: 'unknown' },
        usedBy: [],
      });

      const listed = await as('developer').get('/account/networks');
      expect(listed.body.items.map((n: { name: string }) => n.name)).toEqual([
        'shared-dev-network',
        'team-vpc',
      ]);

      const replaced = await as('admin')
        .put('/account/networks/team-vpc')
        .send({ ...aNetwork, title: 'Team VPC (Ireland)' });
      expect(replaced.status).toBe(200);
      expect(replaced.body.title).toBe('Team VPC (Ireland)');

      const checked = await as('admin').post(
        '/account/networks/team-vpc/check',
      );
      expect(checked.status).toBe(200);
      expect(checked.body).toMatchObject({ status: 'valid' });
      expect(
        (await as('developer').get('/account/networks/team-vpc')).body
          .validation.status,
      ).toBe('valid');

      const workspace = await as('admin')
        .post('/workspaces')
        .send(
          aCreateRequest({
            provisioning: {
              ...aCreateRequest().provisioning,
              network: 'team-vpc',
            },
          }),
        );
      expect(workspace.status).toBe(201);
      expect(
        (await as('admin').get('/account/networks/team-vpc')).body.usedBy,
      ).toEqual([
        expect.objectContaining({
          id: workspace.body.id,
          externalId: workspace.body.externalId,
        }),
      ]);
      const refused = await as('admin').delete('/account/networks/team-vpc');
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toContain(workspace.body.externalId);

      const unused = await as('admin')
        .post('/account/networks')
        .send({
          ...aNetwork,
          name: 'spare-vpc',
        });
      expect(unused.status).toBe(201);
      await as('admin').delete('/account/networks/spare-vpc').expect(204);
      expect(
        (await as('admin').get('/account/networks/spare-vpc')).status,
      ).toBe(404);
    });

    it('lists in Used by only the workspaces the reader may read', async () => {
      const { as } = await start(databaseId);
      const onSharedNetwork = (overrides: Record<string, unknown>) =>
        aCreateRequest({
          ...overrides,
          provisioning: {
            ...aCreateRequest().provisioning,
            network: 'shared-dev-network',
          },
        });
      const created: Record<string, string> = {};
      for (const [externalId, person, owner] of [
        ['used-by-dana', 'developer', 'user:default/dana.dev'],
        ['used-by-team', 'developer', 'group:default/data-engineering'],
        ['used-by-adrian', 'admin', 'user:default/adrian.admin'],
      ] as const) {
        const response = await as(person)
          .post('/workspaces')
          .send(onSharedNetwork({ name: externalId, externalId, owner }));
        expect(response.status).toBe(201);
        created[externalId] = response.body.id;
      }
      const usedBy = async (
        person: Parameters<typeof as>[0],
      ): Promise<string[]> => {
        const one = await as(person).get(
          '/account/networks/shared-dev-network',
        );
        const list = await as(person).get('/account/networks');
        const listed = list.body.items.find(
          (n: { name: string }) => n.name === 'shared-dev-network',
        );
        const ids = (items: Array<{ externalId: string }>) =>
          items.map(w => w.externalId).sort();
        // The list and the single resource say the same.
        expect(ids(listed.usedBy)).toEqual(ids(one.body.usedBy));
        return ids(one.body.usedBy);
      };
      const all = ['used-by-adrian', 'used-by-dana', 'used-by-team'];
      expect(await usedBy('admin')).toEqual(all);
      expect(await usedBy('developer')).toEqual([
        'used-by-dana',
        'used-by-team',
      ]);
      expect(await usedBy('teamLead')).toEqual([
        'used-by-dana',
        'used-by-team',
      ]);
      expect(await usedBy('outsider')).toEqual([]);
      expect(await usedBy('grantedService')).toEqual(all);
    });

    it('gives each Used by workspace its approval state, and nothing else of the approval', async () => {
      const { as } = await start(databaseId);
      const requested = await as('developer')
        .post('/workspaces')
        .send(aCreateRequest({ name: 'Waiting lake' }));
      expect(requested.status).toBe(201);
      const built = await as('admin')
        .post('/workspaces')
        .send(aCreateRequest({ name: 'Built lake' }));
      expect(built.status).toBe(201);
      const template = requested.body.provisioning.stackTemplate;

      const one = await as('admin').get(`/account/stack-templates/${template}`);
      expect(one.status).toBe(200);
      expect(
        one.body.usedBy.map((w: { name: string; approval: unknown }) => [
          w.name,
          w.approval,
        ]),
      ).toEqual([
        ['Built lake', { state: 'not-required' }],
        ['Waiting lake', { state: 'pending' }],
      ]);
    });

    it('keeps config-declared resources read-only', async () => {
      const { as } = await start(databaseId);
      const refused = await as('accountOwner')
        .put('/account/networks/shared-dev-network')
        .send({ ...aNetwork, name: 'shared-dev-network' });
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toContain('read-only');
      expect(
        (
          await as('accountOwner').delete(
            '/account/networks/shared-dev-network',
          )
        ).status,
      ).toBe(409);
    });

    it('checks the example stack template as valid', async () => {
      const { as } = await start(databaseId);
      const checked = await as('admin').post(
        '/account/stack-templates/lakehouse-local/check',
      );
      expect(checked.status).toBe(200);
      expect(checked.body).toMatchObject({ status: 'valid' });
    });

    it('answers unknown kinds and names with what exists', async () => {
      const { as } = await start(databaseId);
      const kind = await as('admin').get('/account/secrets');
      expect(kind.status).toBe(400);
      expect(kind.body.error.message).toContain(
        'use one of stack-templates, cloud-credentials, state-storages, networks',
      );
      const name = await as('admin').get('/account/networks/nowhere');
      expect(name.status).toBe(404);
    });
  });
});
