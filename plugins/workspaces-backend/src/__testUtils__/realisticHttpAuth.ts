/* eslint-disable @backstage/no-undeclared-imports -- used by test files only */
import {
  coreServices,
  createServiceFactory,
  type HttpAuthService,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';

const SERVICE_TOKEN_PREFIX = 'mock-service-token:';

/**
 * Backstage's mock httpAuth with two changes that make the test backend behave like a
 * real one: a request without a token is unauthenticated (the mock's default is to
 * treat it as a user), and an on-behalf-of token keeps the plugin acting for the user
 * (the mock drops it, so the permission backend would refuse our plugin's requests as
 * direct user requests).
 *
 * @public
 */
export const realisticHttpAuthFactory = createServiceFactory({
  service: coreServices.httpAuth,
  deps: { plugin: coreServices.pluginMetadata },
  factory({ plugin }): HttpAuthService {
    const inner = mockServices.httpAuth({
      pluginId: plugin.getId(),
      defaultCredentials: mockCredentials.none(),
    });
    const wrapper: HttpAuthService = Object.create(inner);
    wrapper.credentials = (async (req, options) => {
      const credentials = await inner.credentials(req, options);
      const token = req.headers.authorization?.match(/^Bearer[ ]+(\S+)$/i)?.[1];
      if (
        (credentials.principal as { type: string }).type === 'user' &&
        token?.startsWith(SERVICE_TOKEN_PREFIX)
      ) {
        const { sub, obo } = JSON.parse(
          token.slice(SERVICE_TOKEN_PREFIX.length),
        );
        if (obo) {
          return mockCredentials.user(obo, {
            actor: { subject: sub ?? 'external:test-service' },
          });
        }
      }
      return credentials;
    }) as HttpAuthService['credentials'];
    return wrapper;
  },
});
