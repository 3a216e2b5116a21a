import type { WorkspaceRecord } from '../database/WorkspaceStore';

// Enough to find them; a long list would bury the advice that follows it.
const MAX_NAMED = 10;

/** "2 live workspaces: 'Analytics' (ws-abc), 'ML' (ws-def)", for conflict messages. */
export function describeWorkspacesInUse(
  workspaces: Pick<WorkspaceRecord, 'name' | 'externalId'>[],
): string {
  const named = workspaces
    .slice(0, MAX_NAMED)
    .map(workspace => `'${workspace.name}' (${workspace.externalId})`)
    .join(', ');
  const more =
    workspaces.length > MAX_NAMED
      ? ` and ${workspaces.length - MAX_NAMED} more`
      : '';
  const noun = workspaces.length === 1 ? 'live workspace' : 'live workspaces';
  return `${workspaces.length} ${noun}: ${named}${more}`;
}
