import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ConfigReader } from '@backstage/config';
import authPlugin from '@backstage/plugin-auth-backend';
import request from 'supertest';
import {
  EXAMPLE_USER_HEADER,
  exampleUsersAuthModule,
  readExampleUsersContext,
  resolveExampleUser,
} from './exampleUsersAuthModule';

const users = [
  { name: 'olivia.owner', displayName: 'Olivia Owner', role: 'Account Owner' },
  { name: 'dana.dev', displayName: 'Dana Developer', role: 'Developer' },
];

const userEntities = users.map(u => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: u.name, namespace: 'default' },
  spec: { profile: { displayName: u.displayName }, memberOf: [] },
}));

describe('readExampleUsersContext', () => {
  const providerConfig = new ConfigReader({ users });

  it('lists the configured users in development', () => {
    const ctx = readExampleUsersContext(providerConfig, 'development');
    expect([...ctx.allowedNames]).toEqual([
      ['olivia.owner', 'Olivia Owner'],
      ['dana.dev', 'Dana Developer'],
    ]);
  });

  it('refuses to run outside development, saying why', () => {
    expect(() => readExampleUsersContext(providerConfig, 'production')).toThrow(
      /only runs when auth.environment is 'development' \(it is 'production'\)/,
    );
  });

  it('runs outside development only when explicitly allowed', () => {
    const allowed = new ConfigReader({
      users,
      dangerouslyAllowOutsideDevelopment: true,
    });
    expect(
      readExampleUsersContext(allowed, 'production').allowedNames.size,
    ).toBe(2);
  });
});

describe('resolveExampleUser', () => {
  const ctx = { allowedNames: new Map([['dana.dev', 'Dana Developer']]) };

  it('accepts a configured user', () => {
    expect(resolveExampleUser('dana.dev', ctx)).toEqual({
      name: 'dana.dev',
      displayName: 'Dana Developer',
    });
  });

  it('asks for the header when it is missing', () => {
    expect(() => resolveExampleUser(undefined, ctx)).toThrow(
      `Say which example user to sign in as in the ${EXAMPLE_USER_HEADER} header, one of: dana.dev`,
    );
  });

  it('refuses names that are not example users', () => {
    expect(() => resolveExampleUser('mallory', ctx)).toThrow(
      "'mallory' is not an example user; use one of: dana.dev",
    );
  });
});

describe('example-users sign-in through the auth backend', () => {
  const databases = TestDatabases.create({
    ids: ['SQLITE_3', 'POSTGRES_15'],
  });

  if (process.env.CI) {
    it('runs on PostgreSQL in CI', () => {
      expect(databases.supports('POSTGRES_15')).toBe(true);
    });
  }

  it.each(databases.eachSupportedId())(
    'issues a token for a catalog user on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const { server } = await startTestBackend({
        features: [
          authPlugin,
          exampleUsersAuthModule,
          catalogServiceMock.factory({ entities: userEntities }),
          mockServices.database.factory({ knex }),
          mockServices.rootConfig.factory({
            data: {
              app: { baseUrl: 'http://localhost:3000' },
              auth: {
                environment: 'development',
                providers: { 'example-users': { users } },
              },
            },
          }),
        ],
      });

      const signedIn = await request(server)
        .get('/api/auth/example-users/refresh')
        .set(EXAMPLE_USER_HEADER, 'dana.dev');
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.backstageIdentity.identity.userEntityRef).toBe(
        'user:default/dana.dev',
      );
      expect(signedIn.body.backstageIdentity.token).toMatch(/^ey/);
      expect(signedIn.body.profile.displayName).toBe('Dana Developer');

      const stranger = await request(server)
        .get('/api/auth/example-users/refresh')
        .set(EXAMPLE_USER_HEADER, 'mallory');
      expect(stranger.status).toBe(403);
    },
    60_000,
  );
});
