import type {
  MemberRole,
  WorkspaceStatus,
} from '@oqullus/plugin-workspaces-common';

/**
 * One condition of a workspace query, produced by the workspace permission rules. The
 * backend's store turns a tree of these (allOf / anyOf / not) into SQL, so conditional
 * permission decisions filter lists in the database instead of in memory.
 *
 * @public
 */
export type WorkspaceFilterCondition =
  | { property: 'owner'; values: string[] }
  | { property: 'member'; refs: string[]; roles?: MemberRole[] }
  | { property: 'status'; values: WorkspaceStatus[] };
