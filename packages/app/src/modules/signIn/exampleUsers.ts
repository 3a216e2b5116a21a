import { ConfigApi } from '@backstage/frontend-plugin-api';

/** An example user of the embedded portal, as configured for the sign-in page. */
export type ExampleUser = {
  name: string;
  displayName: string;
  role: string;
  description?: string;
};

/** Must match EXAMPLE_USER_HEADER and the provider id in packages/backend. */
export const EXAMPLE_USER_HEADER = 'x-oqullus-example-user';
export const EXAMPLE_USERS_PROVIDER_ID = 'example-users';

const STORAGE_KEY = 'oqullus.exampleUser';

export function readExampleUsers(config: ConfigApi): ExampleUser[] {
  const users =
    config.getOptionalConfigArray(
      `auth.providers.${EXAMPLE_USERS_PROVIDER_ID}.users`,
    ) ?? [];
  return users.map(user => ({
    name: user.getString('name'),
    displayName: user.getString('displayName'),
    role: user.getString('role'),
    description: user.getOptionalString('description'),
  }));
}

// The choice survives reloads so a person stays signed in, like a session cookie would.
export const chosenExampleUser = {
  get: (): string | undefined =>
    window.localStorage.getItem(STORAGE_KEY) ?? undefined,
  set: (name: string) => window.localStorage.setItem(STORAGE_KEY, name),
  clear: () => window.localStorage.removeItem(STORAGE_KEY),
};
