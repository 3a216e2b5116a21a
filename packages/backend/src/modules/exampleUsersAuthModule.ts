import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError, NotAllowedError } from '@backstage/errors';
import {
  authProvidersExtensionPoint,
  createProxyAuthenticator,
  createProxyAuthProviderFactory,
} from '@backstage/plugin-auth-node';

/** The header that names the example user to sign in as. */
export const EXAMPLE_USER_HEADER = 'x-oqullus-example-user';

/** The id under auth.providers, and the path segment of /api/auth/<id>/refresh. */
export const EXAMPLE_USERS_PROVIDER_ID = 'example-users';

/** The configured example users: name to display name. */
type ExampleUsersContext = { allowedNames: Map<string, string> };

/**
 * Reads the example users from `auth.providers.example-users.users` and refuses to run
 * outside development: this provider signs anybody in without a password.
 */
export function readExampleUsersContext(
  providerConfig: Config,
  authEnvironment: string | undefined,
): ExampleUsersContext {
  if (
    authEnvironment !== 'development' &&
    !providerConfig.getOptionalBoolean('dangerouslyAllowOutsideDevelopment')
  ) {
    throw new NotAllowedError(
      `The ${EXAMPLE_USERS_PROVIDER_ID} sign-in signs people in without a password and only runs when auth.environment is 'development' (it is '${authEnvironment}'). Configure a real auth provider for this environment.`,
    );
  }
  const users = providerConfig.getOptionalConfigArray('users') ?? [];
  return {
    allowedNames: new Map(
      users.map(u => [u.getString('name'), u.getString('displayName')]),
    ),
  };
}

/** Picks the requested example user out of a refresh request. */
export function resolveExampleUser(
  requested: string | undefined,
  ctx: ExampleUsersContext,
): { name: string; displayName: string } {
  if (!requested) {
    throw new InputError(
      `Say which example user to sign in as in the ${EXAMPLE_USER_HEADER} header, one of: ${[
        ...ctx.allowedNames.keys(),
      ].join(', ')}`,
    );
  }
  const displayName = ctx.allowedNames.get(requested);
  if (displayName === undefined) {
    throw new NotAllowedError(
      `'${requested}' is not an example user; use one of: ${[
        ...ctx.allowedNames.keys(),
      ].join(', ')}`,
    );
  }
  return { name: requested, displayName };
}

/**
 * Sign-in as one of the example users of the embedded portal (examples/org.yaml), for
 * people (the portal's sign-in page) and scripts (`GET /api/auth/example-users/refresh`).
 */
export const exampleUsersAuthModule = createBackendModule({
  pluginId: 'auth',
  moduleId: 'example-users-provider',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: authProvidersExtensionPoint,
        rootConfig: coreServices.rootConfig,
      },
      async init({ providers, rootConfig }) {
        // Backstage's own default for auth.environment is 'development'.
        const authEnvironment =
          rootConfig.getOptionalString('auth.environment') ?? 'development';
        providers.registerProvider({
          providerId: EXAMPLE_USERS_PROVIDER_ID,
          factory: createProxyAuthProviderFactory<{
            name: string;
            displayName: string;
          }>({
            authenticator: createProxyAuthenticator({
              defaultProfileTransform: async result => ({
                profile: { displayName: result.displayName },
              }),
              initialize: ({ config }) =>
                readExampleUsersContext(config, authEnvironment),
              async authenticate({ req }, ctx) {
                return {
                  result: resolveExampleUser(
                    req.header(EXAMPLE_USER_HEADER),
                    ctx as ExampleUsersContext,
                  ),
                };
              },
            }),
            signInResolver: async ({ result }, ctx) =>
              ctx.signInWithCatalogUser({ entityRef: { name: result.name } }),
          }),
        });
      },
    });
  },
});
