import { createPermissionRule } from '@backstage/plugin-permission-node';
import {
  memberRoles,
  workspaceStatuses,
} from '@oqullus/plugin-workspaces-common';
import { z } from 'zod';
import { workspacePermissionResourceRef } from './workspacePermissionResourceRef';

const claimsSchema = z
  .array(z.string())
  .describe(
    'Entity refs of the user and the groups they belong to (their ownership refs)',
  );

/**
 * Allows a workspace whose owner is one of the claims (the user or one of their groups).
 *
 * @public
 */
export const isWorkspaceOwner = createPermissionRule({
  name: 'IS_WORKSPACE_OWNER',
  description: 'Allow workspaces owned by the user or one of their groups',
  resourceRef: workspacePermissionResourceRef,
  paramsSchema: z.object({ claims: claimsSchema }),
  apply: (resource, { claims }) => claims.includes(resource.owner),
  toQuery: ({ claims }) => ({ property: 'owner', values: claims }),
});

/**
 * Allows a workspace where one of the claims is a member, optionally with one of the
 * given roles.
 *
 * @public
 */
export const isWorkspaceMember = createPermissionRule({
  name: 'IS_WORKSPACE_MEMBER',
  description:
    'Allow workspaces where the user or one of their groups is a member, optionally with one of the given roles',
  resourceRef: workspacePermissionResourceRef,
  paramsSchema: z.object({
    claims: claimsSchema,
    roles: z
      .array(z.enum(memberRoles))
      .optional()
      .describe('Member roles that count; all roles when absent'),
  }),
  apply: (resource, { claims, roles }) =>
    resource.members.some(
      member =>
        claims.includes(member.ref) && (!roles || roles.includes(member.role)),
    ),
  toQuery: ({ claims, roles }) => ({ property: 'member', refs: claims, roles }),
});

/**
 * Allows a workspace in one of the given statuses.
 *
 * @public
 */
export const hasWorkspaceStatus = createPermissionRule({
  name: 'HAS_WORKSPACE_STATUS',
  description: 'Allow workspaces in one of the given statuses',
  resourceRef: workspacePermissionResourceRef,
  paramsSchema: z.object({
    statuses: z.array(z.enum(workspaceStatuses)),
  }),
  apply: (resource, { statuses }) => statuses.includes(resource.status),
  toQuery: ({ statuses }) => ({ property: 'status', values: statuses }),
});

/**
 * Every rule of the `workspace` resource type.
 *
 * @public
 */
export const workspacePermissionRules = {
  isWorkspaceOwner,
  isWorkspaceMember,
  hasWorkspaceStatus,
};
