import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import type {
  ApprovalState,
  SortOrder,
  Workspace,
  WorkspaceListSort,
  WorkspaceReference,
  WorkspaceStatus,
} from '@oqullus/plugin-workspaces-common';
import type { WorkspaceFilterCondition } from '@oqullus/plugin-workspaces-node';

/** A workspace as stored: the wire type without what is joined in from other tables. */
export type WorkspaceRecord = Omit<Workspace, 'activeJob'>;

/** What a new workspace is inserted with; times are set by the caller. */
export type NewWorkspaceRecord = WorkspaceRecord;

/** Fields that may change after a workspace was created. */
export type WorkspacePatch = Partial<
  Pick<
    WorkspaceRecord,
    | 'name'
    | 'description'
    | 'status'
    | 'approval'
    | 'parameters'
    | 'labels'
    | 'outputs'
    | 'apps'
    | 'failureReason'
    | 'updatedAt'
    | 'lastActivityAt'
  >
>;

/** What a guarded update expects the workspace to be in, checked in the same statement. */
export type WorkspaceUpdateGuard = {
  expectedStatuses?: WorkspaceStatus[];
  expectedApproval?: ApprovalState[];
};

/** One page of a workspace list, newest first. */
export type WorkspaceListQuery = {
  /** Only workspaces matching these permission conditions (a conditional decision). */
  filter?: PermissionCriteria<WorkspaceFilterCondition>;
  /** Only workspaces owned by, or with a member among, these entity refs ("mine"). */
  involving?: string[];
  statuses?: WorkspaceStatus[];
  approval?: ApprovalState;
  stackTemplate?: string;
  owner?: string;
  /** Case-insensitive substring of the name, external id or description. */
  q?: string;
  /** Deleted workspaces are tombstones: left out unless asked for or filtered by status. */
  includeDeleted?: boolean;
  limit: number;
  /** An opaque cursor from a previous page's nextCursor. */
  cursor?: string;
  /** The order; newest created first when absent. */
  sort?: WorkspaceListSort;
  /** With `sort`; ascending when absent. */
  order?: SortOrder;
};

export type WorkspacePage = { items: WorkspaceRecord[]; nextCursor?: string };

/** Stores workspaces. The only code that speaks SQL about them. */
export interface WorkspaceStore {
  /** Throws ConflictError when the external id is taken. */
  insert(workspace: NewWorkspaceRecord): Promise<WorkspaceRecord>;
  get(id: string): Promise<WorkspaceRecord | undefined>;
  getByExternalId(externalId: string): Promise<WorkspaceRecord | undefined>;
  /**
   * Applies the patch; with `expectedStatuses` (and `expectedApproval`), only while the
   * workspace is in one of them (a guarded update). Returns the updated workspace, or
   * undefined when nothing changed because it does not exist or the guard failed.
   */
  update(
    id: string,
    patch: WorkspacePatch,
    options?: WorkspaceUpdateGuard,
  ): Promise<WorkspaceRecord | undefined>;
  /** Throws InputError for a cursor it did not issue. */
  list(query: WorkspaceListQuery): Promise<WorkspacePage>;
  /**
   * Live (not deleted) workspaces built from an account resource, by name; with
   * `filter`, only those matching it (what one caller may read).
   */
  listUsingResource(
    kind:
      | 'stack-templates'
      | 'cloud-credentials'
      | 'state-storages'
      | 'networks',
    name: string,
    filter?: PermissionCriteria<WorkspaceFilterCondition>,
  ): Promise<WorkspaceReference[]>;
}
