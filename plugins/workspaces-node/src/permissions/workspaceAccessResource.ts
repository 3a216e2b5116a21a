import type {
  WorkspaceMember,
  WorkspaceStatus,
} from '@oqullus/plugin-workspaces-common';

/**
 * What the workspace permission rules look at when they decide on one workspace.
 *
 * @public
 */
export type WorkspaceAccessResource = {
  id: string;
  owner: string;
  status: WorkspaceStatus;
  members: Pick<WorkspaceMember, 'ref' | 'role'>[];
};
