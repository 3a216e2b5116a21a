import type { Config } from '@backstage/config';
import {
  AuthorizeResult,
  isResourcePermission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  accountReadPermission,
  workspaceCreatePermission,
  workspaceOperatePermission,
  workspaceReadPermission,
  workspaceStateReadPermission,
  workspaceUpdatePermission,
  type MemberRole,
} from '@oqullus/plugin-workspaces-common';
import {
  createWorkspaceConditionalDecision,
  readAccountRoleHolders,
  workspaceConditions,
} from '@oqullus/plugin-workspaces-node';

/** Which member roles may use each workspace permission, besides the owner. */
const memberRolesFor: Record<string, MemberRole[] | undefined> = {
  [workspaceReadPermission.name]: ['admin', 'operator', 'viewer'],
  [workspaceOperatePermission.name]: ['admin', 'operator'],
  [workspaceStateReadPermission.name]: ['admin', 'operator'],
  [workspaceUpdatePermission.name]: ['admin'],
};

/** Everybody signed in may do these: run portal templates and request workspaces. */
const allowedToEveryone = new Set([
  workspaceCreatePermission.name,
  accountReadPermission.name,
  'scaffolder.task.create',
  'scaffolder.task.cancel',
  'scaffolder.action.execute',
]);

/**
 * The portal's permission policy: Account Owners and Admins (from `workspaces.roles`)
 * may do everything; everybody else reads the catalog, requests workspaces (which then
 * wait for approval) and uses the workspaces they own or belong to, by member role.
 *
 * @public
 */
export class WorkspacesPermissionPolicy implements PermissionPolicy {
  static fromConfig(config: Config) {
    const { accountOwners, admins } = readAccountRoleHolders(config);
    return new WorkspacesPermissionPolicy([...accountOwners, ...admins]);
  }

  constructor(private readonly accountRoleHolders: string[]) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (!user) {
      return { result: AuthorizeResult.DENY };
    }
    const claims = user.info.ownershipEntityRefs;
    const normalized = claims.map(ref => ref.toLocaleLowerCase('en-US'));
    if (normalized.some(ref => this.accountRoleHolders.includes(ref))) {
      return { result: AuthorizeResult.ALLOW };
    }
    const { permission } = request;
    if (allowedToEveryone.has(permission.name)) {
      return { result: AuthorizeResult.ALLOW };
    }
    const memberRoles = memberRolesFor[permission.name];
    if (memberRoles && isResourcePermission(permission, 'workspace')) {
      return createWorkspaceConditionalDecision(permission, {
        anyOf: [
          workspaceConditions.isWorkspaceOwner({ claims }),
          workspaceConditions.isWorkspaceMember({ claims, roles: memberRoles }),
        ],
      });
    }
    if (permission.name.startsWith('workspaces.')) {
      // Approve, delete and account management belong to the account roles.
      return { result: AuthorizeResult.DENY };
    }
    return {
      result:
        permission.attributes.action === 'read'
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
    };
  }
}
