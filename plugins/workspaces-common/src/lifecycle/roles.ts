import type { MemberRole } from '../types/member';

/**
 * Every role someone can have towards one workspace, strongest first.
 *
 * @public
 */
export const actorRoles = [
  'account-owner',
  'admin',
  'workspace-owner',
  'member-admin',
  'member-operator',
  'member-viewer',
  'none',
] as const;

/**
 * The strongest role a person has towards one workspace: an account-wide
 * role, ownership of the workspace, or a membership in it.
 *
 * @public
 */
export type ActorRole = (typeof actorRoles)[number];

/**
 * The name of each actor role as it appears in reasons ("you are a viewer").
 *
 * @public
 */
export const actorRoleLabels: Readonly<Record<ActorRole, string>> = {
  'account-owner': 'Account Owner',
  admin: 'Admin',
  'workspace-owner': 'owner of this workspace',
  'member-admin': 'workspace admin',
  'member-operator': 'operator',
  'member-viewer': 'viewer',
  none: 'not a member',
};

/**
 * An account-wide role, given by the permission policy.
 *
 * @public
 */
export type AccountRole = 'account-owner' | 'admin';

/**
 * What is known about a person and one workspace, to resolve their role.
 *
 * @public
 */
export type ActorRoleFacts = {
  accountRole?: AccountRole | null;
  /** True when the person is the owner, or belongs to the owning group. */
  isOwner: boolean;
  /** The strongest role among the person's own and their groups' memberships. */
  memberRole?: MemberRole | null;
};

const memberActorRoles: Record<MemberRole, ActorRole> = {
  admin: 'member-admin',
  operator: 'member-operator',
  viewer: 'member-viewer',
};

/**
 * Picks the strongest role: account roles first, then ownership, then the
 * membership role.
 *
 * @public
 */
export function resolveActorRole(facts: ActorRoleFacts): ActorRole {
  if (facts.accountRole) {
    return facts.accountRole;
  }
  if (facts.isOwner) {
    return 'workspace-owner';
  }
  if (facts.memberRole) {
    return memberActorRoles[facts.memberRole];
  }
  return 'none';
}
