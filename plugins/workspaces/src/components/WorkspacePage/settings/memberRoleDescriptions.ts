import {
  decideOperation,
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
 * The operations a member role may ever run, asked of the lifecycle machine:
 * the role is checked before status, so any status shows what the role allows.
 */
export function operationsOfRole(role: MemberRole): string[] {
  return workspaceOperations
    .filter(operation => {
      const decision = decideOperation({
        operation,
        status: 'running',
        approval: 'not-required',
        actor: actorOf[role],
      });
      return decision.allowed || decision.code !== 'forbidden';
    })
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
