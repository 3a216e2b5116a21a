import {
  isInOperationAudience,
  workspaceOperationLabels,
  workspaceOperations,
  type MemberRole,
} from '@oqullus/plugin-workspaces-common';

const actorOf = {
  admin: 'member-admin',
  operator: 'member-operator',
  viewer: 'member-viewer',
} as const;

/**
 * The operations a member role runs under the ready-made permission policy, which
 * gives each operation to the roles of its audience (an installation's own policy
 * may give more or less; the API's decisions on the workspace say what holds).
 */
export function operationsOfRole(role: MemberRole): string[] {
  return workspaceOperations
    .filter(operation => isInOperationAudience(operation, actorOf[role]))
    .map(operation => workspaceOperationLabels[operation]);
}

/** What a member with each role may do, in one sentence for where roles are chosen. */
export function memberRoleDescription(role: MemberRole): string {
  const operations = operationsOfRole(role);
  const runs =
    operations.length > 0 ? `Runs ${operations.join(', ')}` : 'Runs nothing';
  switch (role) {
    case 'admin':
      return `${runs}; changes the name, template inputs and members`;
    case 'operator':
      return `${runs}; cannot change settings or members`;
    default:
      return 'Sees the workspace, its events and outputs; changes nothing';
  }
}
