import type { Config } from '@backstage/config';

/**
 * Who holds the account-wide roles, from `workspaces.roles`: entity refs of users or
 * groups, lower-cased so that comparisons ignore case as entity refs do. The backend's
 * lifecycle checks and the ready-made permission policy both read it, so they agree.
 *
 * @public
 */
export function readAccountRoleHolders(config: Config): {
  accountOwners: string[];
  admins: string[];
} {
  const refs = (key: string) =>
    (config.getOptionalStringArray(`workspaces.roles.${key}`) ?? []).map(ref =>
      ref.toLocaleLowerCase('en-US'),
    );
  return { accountOwners: refs('accountOwners'), admins: refs('admins') };
}
