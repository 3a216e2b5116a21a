import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogTeamMembers } from './TeamMembers';

const dataEngineering: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'data-engineering', namespace: 'default' },
  spec: { type: 'team', children: [] },
  relations: [
    { type: 'hasMember', targetRef: 'user:default/tara.lead' },
    { type: 'hasMember', targetRef: 'user:default/dana.dev' },
    { type: 'childOf', targetRef: 'group:default/oqullus' },
  ],
};

describe('CatalogTeamMembers', () => {
  function setUp(
    catalog = catalogServiceMock({ entities: [dataEngineering] }),
  ) {
    let now = 0;
    const logger = mockServices.logger.mock();
    const members = new CatalogTeamMembers({
      catalog,
      auth: mockServices.auth(),
      logger,
      ttlMs: 30_000,
      now: () => now,
    });
    return {
      members,
      logger,
      advance: (ms: number) => {
        now += ms;
      },
    };
  }

  it("lists a group's members from its hasMember relations", async () => {
    const { members } = setUp();
    expect(await members.membersOf('group:default/data-engineering')).toEqual([
      'user:default/tara.lead',
      'user:default/dana.dev',
    ]);
  });

  it('asks the catalog once per team within the cache time, and again after it', async () => {
    const catalog = catalogServiceMock({ entities: [dataEngineering] });
    const getEntityByRef = jest.spyOn(catalog, 'getEntityByRef');
    const { members, advance } = setUp(catalog);
    await members.membersOf('group:default/data-engineering');
    await members.membersOf('group:default/data-engineering');
    expect(getEntityByRef).toHaveBeenCalledTimes(1);
    advance(30_001);
    await members.membersOf('group:default/data-engineering');
    expect(getEntityByRef).toHaveBeenCalledTimes(2);
  });

  it('gives no members for a team the catalog does not have, and says so', async () => {
    const { members, logger } = setUp();
    expect(await members.membersOf('group:default/nobody')).toEqual([]);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('group:default/nobody'),
    );
  });

  it('fails closed while the catalog cannot answer, and asks again on the next decision', async () => {
    const catalog = catalogServiceMock({ entities: [dataEngineering] });
    const getEntityByRef = jest
      .spyOn(catalog, 'getEntityByRef')
      .mockRejectedValueOnce(new Error('catalog is down'));
    const { members, logger } = setUp(catalog);
    expect(await members.membersOf('group:default/data-engineering')).toEqual(
      [],
    );
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('catalog is down'),
    );
    expect(await members.membersOf('group:default/data-engineering')).toEqual([
      'user:default/tara.lead',
      'user:default/dana.dev',
    ]);
    expect(getEntityByRef).toHaveBeenCalledTimes(2);
  });
});
