import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogMemberDirectory } from './MemberDirectory';

describe('CatalogMemberDirectory', () => {
  const auth = mockServices.auth();
  const logger = mockServices.logger.mock();

  it('finds users and groups the catalog holds, and not others', async () => {
    const directory = new CatalogMemberDirectory({
      catalog: catalogServiceMock({
        entities: [
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'User',
            metadata: { name: 'dana.dev', namespace: 'default' },
            spec: {},
          },
        ],
      }),
      auth,
      logger,
    });
    await expect(directory.exists('user:default/dana.dev')).resolves.toBe(true);
    await expect(directory.exists('user:default/nobody.here')).resolves.toBe(
      false,
    );
  });

  it('says the member was not added when the catalog does not answer', async () => {
    const catalog = catalogServiceMock.mock({
      getEntityByRef: async () => {
        throw new Error('connect ECONNREFUSED');
      },
    });
    const directory = new CatalogMemberDirectory({ catalog, auth, logger });
    await expect(directory.exists('user:default/dana.dev')).rejects.toThrow(
      'The catalog did not answer whether user:default/dana.dev exists, so the member was not added; try again in a moment',
    );
  });
});
