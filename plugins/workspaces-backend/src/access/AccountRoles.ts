import type { Config } from '@backstage/config';
import type { AccountRole } from '@oqullus/plugin-workspaces-common';
import { readAccountRoleHolders } from '@oqullus/plugin-workspaces-node';

/**
 * Who holds the account-wide roles, from `workspaces.roles`: entity refs of users or
 * groups. The same config feeds the ready-made permission policy, so the lifecycle
 * machine's role checks and the policy's decisions agree.
 */
export class AccountRoles {
  static fromConfig(config: Config): AccountRoles {
    const { accountOwners, admins } = readAccountRoleHolders(config);
    return new AccountRoles(accountOwners, admins);
  }

  constructor(
    private readonly accountOwners: string[],
    private readonly admins: string[],
  ) {}

  /** The strongest account role held by any of the refs (a user and their groups). */
  roleOf(ownershipRefs: string[]): AccountRole | null {
    const refs = ownershipRefs.map(ref => ref.toLocaleLowerCase('en-US'));
    if (refs.some(ref => this.accountOwners.includes(ref))) {
      return 'account-owner';
    }
    if (refs.some(ref => this.admins.includes(ref))) {
      return 'admin';
    }
    return null;
  }

  /** Groups and users to notify when a request waits for an Account Owner or Admin. */
  approvers(): string[] {
    return [...new Set([...this.accountOwners, ...this.admins])];
  }
}
