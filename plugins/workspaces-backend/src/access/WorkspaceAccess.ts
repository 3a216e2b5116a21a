import type { PermissionsService } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  type BasicPermission,
  type PermissionCriteria,
  type ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  createConditionTransformer,
  type PermissionRuleset,
} from '@backstage/plugin-permission-node';
import { workspacesPermissions } from '@oqullus/plugin-workspaces-common';
import type {
  WorkspaceAccessResource,
  WorkspaceFilterCondition,
} from '@oqullus/plugin-workspaces-node';
import type { Caller } from './Caller';

/** The policy's decisions for one caller, applicable to any workspace. */
export type WorkspacePolicy = {
  allows(
    permission: ResourcePermission<'workspace'>,
    workspace: WorkspaceAccessResource,
  ): boolean;
};

const workspaceResourcePermissions = workspacesPermissions.filter(
  (permission): permission is ResourcePermission<'workspace'> =>
    permission.type === 'resource',
);

/** What a caller may see in a list: nothing, everything, or what matches a filter. */
export type ListAccess =
  | { result: 'deny' }
  | { result: 'allow' }
  | { result: 'filter'; filter: PermissionCriteria<WorkspaceFilterCondition> };

/**
 * Asks the permission framework about workspaces. Conditional decisions are applied
 * here to the loaded workspace (one request), and turned into SQL filters for lists.
 */
export class WorkspaceAccess {
  private readonly toFilter;
  private readonly matches;

  constructor(
    private readonly permissions: PermissionsService,
    ruleset: PermissionRuleset<
      WorkspaceAccessResource,
      WorkspaceFilterCondition,
      'workspace'
    >,
  ) {
    this.toFilter = createConditionTransformer(ruleset);
    this.matches = createConditionAuthorizer(ruleset);
  }

  /** Throws NotAllowedError unless the caller holds the basic permission. */
  async require(
    caller: Caller,
    permission: BasicPermission,
    refusal: string,
  ): Promise<void> {
    const [decision] = await this.permissions.authorize([{ permission }], {
      credentials: caller.credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(refusal);
    }
  }

  /**
   * The names of the basic permissions the policy allows the caller, out of those
   * asked: several decisions in one request.
   */
  async allowedOf(
    caller: Caller,
    permissions: BasicPermission[],
  ): Promise<ReadonlySet<string>> {
    const decisions = await this.permissions.authorize(
      permissions.map(permission => ({ permission })),
      { credentials: caller.credentials },
    );
    return new Set(
      permissions
        .filter((_, index) => decisions[index].result === AuthorizeResult.ALLOW)
        .map(permission => permission.name),
    );
  }

  async isAllowed(caller: Caller, permission: BasicPermission) {
    const [decision] = await this.permissions.authorize([{ permission }], {
      credentials: caller.credentials,
    });
    return decision.result === AuthorizeResult.ALLOW;
  }

  /**
   * Asks the policy about every workspace permission in one request, before any
   * transaction starts: a permission request may need the plugin's own database (for
   * its service token keys), and SQLite has one connection. Conditional decisions are
   * then applied to whichever version of the workspace the caller is looking at.
   */
  async policyFor(caller: Caller): Promise<WorkspacePolicy> {
    const decisions = await this.permissions.authorizeConditional(
      workspaceResourcePermissions.map(permission => ({ permission })),
      { credentials: caller.credentials },
    );
    const byName = new Map(
      workspaceResourcePermissions.map((permission, index) => [
        permission.name,
        decisions[index],
      ]),
    );
    return {
      allows: (permission, workspace) => {
        const decision = byName.get(permission.name);
        return decision ? this.matches(decision, workspace) : false;
      },
    };
  }

  async listAccess(
    caller: Caller,
    permission: ResourcePermission<'workspace'>,
  ): Promise<ListAccess> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission }],
      { credentials: caller.credentials },
    );
    if (decision.result === AuthorizeResult.CONDITIONAL) {
      return { result: 'filter', filter: this.toFilter(decision.conditions) };
    }
    return decision.result === AuthorizeResult.ALLOW
      ? { result: 'allow' }
      : { result: 'deny' };
  }
}
