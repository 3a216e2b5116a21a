import type { components } from '../generated/openapi';
import { specValues } from './specValues';

/**
 * Every role a member can hold in a workspace, strongest first.
 *
 * @public
 */
export const memberRoles = specValues<components['schemas']['MemberRole']>()([
  'admin',
  'operator',
  'viewer',
]);

/**
 * What a member may do in one workspace: admins manage members and
 * settings, operators run operations, viewers only look.
 *
 * @public
 */
export type MemberRole = (typeof memberRoles)[number];

/**
 * The name of each member role as people read it; "Workspace admin" keeps it
 * apart from the account-wide Admin.
 *
 * @public
 */
export const memberRoleLabels: Readonly<Record<MemberRole, string>> = {
  admin: 'Workspace admin',
  operator: 'Operator',
  viewer: 'Viewer',
};

/**
 * A user or group given a role in a workspace: a `user:` or `group:` entity ref
 * (a group grants the role to all its members), who added it and when.
 *
 * @public
 */
export type WorkspaceMember = components['schemas']['WorkspaceMember'];
