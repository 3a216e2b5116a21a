import type { Config } from '@backstage/config';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  isPermission,
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
  createWorkspaceEntityConditionalDecision,
  readAccountRoleHolders,
  readTeamLeads,
  workspaceConditions,
  workspaceEntityConditions,
} from '@oqullus/plugin-workspaces-node';
import { TeamLeadership } from './TeamLeadership';
import type { TeamMembers } from './TeamMembers';

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

const noTeamMembers: TeamMembers = { membersOf: async () => [] };

/**
 * The portal's permission policy: Account Owners and Admins (from `workspaces.roles`)
 * may do everything; everybody else reads the catalog, requests workspaces (which then
 * wait for approval) and uses the workspaces they own or belong to, by member role.
 * Team leads (`workspaces.roles.teamLeads`) also read the workspaces of their teams.
 * A workspace's catalog entity is visible to exactly those who may read the workspace.
 *
 * @public
 */
export class WorkspacesPermissionPolicy implements PermissionPolicy {
  /**
   * Reads `workspaces.roles`. Without `teamMembers`, a team lead reads only the
   * workspaces their teams own themselves, not those of the teams' members.
   */
  static fromConfig(
    config: Config,
    options: { teamMembers?: TeamMembers } = {},
  ) {
    const { accountOwners, admins } = readAccountRoleHolders(config);
    return new WorkspacesPermissionPolicy(
      [...accountOwners, ...admins],
      new TeamLeadership(
        readTeamLeads(config),
        options.teamMembers ?? noTeamMembers,
      ),
    );
  }

  private constructor(
    private readonly accountRoleHolders: string[],
    private readonly teamLeadership: TeamLeadership,
  ) {}

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
    if (isPermission(permission, catalogEntityReadPermission)) {
      // Other entities stay visible to all; a workspace's only to its readers.
      return createWorkspaceEntityConditionalDecision(permission, {
        anyOf: [
          { not: workspaceEntityConditions.isWorkspaceEntity() },
          workspaceEntityConditions.isWorkspaceEntityOwner({
            claims: await this.ownersReadBy(claims),
          }),
          workspaceEntityConditions.hasWorkspaceEntityMember({ claims }),
        ],
      });
    }
    const memberRoles = memberRolesFor[permission.name];
    if (memberRoles && isResourcePermission(permission, 'workspace')) {
      const owners = isPermission(permission, workspaceReadPermission)
        ? await this.ownersReadBy(claims)
        : claims;
      return createWorkspaceConditionalDecision(permission, {
        anyOf: [
          workspaceConditions.isWorkspaceOwner({ claims: owners }),
          workspaceConditions.isWorkspaceMember({ claims, roles: memberRoles }),
        ],
      });
    }
    if (permission.name.startsWith('workspaces.')) {
      // Approve, delete, force-unlock, push a kept state, manage the account, create for
      // others and skip approval (workspaces.create.onBehalf, workspaces.approval.skip)
      // belong to the account roles.
      return { result: AuthorizeResult.DENY };
    }
    return {
      result:
        permission.attributes.action === 'read'
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
    };
  }

  /** The owners whose workspaces the user reads: themselves, and as a lead their teams. */
  private async ownersReadBy(claims: string[]): Promise<string[]> {
    const led = await this.teamLeadership.ownersLedBy(claims);
    return [...new Set([...claims, ...led])];
  }
}
