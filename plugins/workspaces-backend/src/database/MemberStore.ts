import type {
  MemberRole,
  WorkspaceMember,
} from '@oqullus/plugin-workspaces-common';

/** Stores the members (users or groups, each with a role) of workspaces. */
export interface MemberStore {
  list(workspaceId: string): Promise<WorkspaceMember[]>;
  /** Adds the member or changes their role; says which role they had before, if any. */
  upsert(
    workspaceId: string,
    member: WorkspaceMember,
  ): Promise<{ previousRole?: MemberRole }>;
  /** Returns false when the ref was not a member. */
  remove(workspaceId: string, ref: string): Promise<boolean>;
  /** The roles that any of these refs (a user and their groups) hold in the workspace. */
  rolesOf(workspaceId: string, refs: string[]): Promise<MemberRole[]>;
}
