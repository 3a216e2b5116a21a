import type { ApprovalState, WorkspaceStatus } from '../lifecycle/statuses';
import type { SortOrder, WorkspaceListSort } from '../types/workspaceListSort';

/**
 * What every client call accepts.
 *
 * @public
 */
export type WorkspacesRequestOptions = {
  /**
   * A Backstage token to send as the bearer token: backend callers pass the
   * user's token (or their own service token). In the browser, leave it out
   * and let the fetchApi add the signed-in user's.
   */
  token?: string;
};

/**
 * Filters and paging of `listWorkspaces`.
 *
 * @public
 */
export type ListWorkspacesOptions = WorkspacesRequestOptions & {
  /** `mine` (the default): owned by or shared with the caller; `all`: every workspace they may read. */
  scope?: 'mine' | 'all';
  /** Only these statuses; deleted workspaces come back only when asked for. */
  status?: WorkspaceStatus | WorkspaceStatus[];
  /** Only workspaces whose approval request is in this state; `pending`: waiting for a decision. */
  approval?: ApprovalState;
  /** Only workspaces built from the stack template of this name. */
  template?: string;
  /** Only workspaces owned by this user or group entity ref. */
  owner?: string;
  /** Text found in the name, external id or description. */
  q?: string;
  /** 1 to 100 items a page; 20 by default. */
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
  /** The order; newest created first when absent. */
  sort?: WorkspaceListSort;
  /** With `sort`: `asc` (the default) or `desc`. */
  order?: SortOrder;
};

/**
 * Options of `createWorkspace`.
 *
 * @public
 */
export type CreateWorkspaceOptions = WorkspacesRequestOptions & {
  /**
   * Makes retries safe: a repeat with the same key returns the workspace the
   * first request created instead of creating another. A fresh UUID per
   * intended workspace is a good key.
   */
  idempotencyKey?: string;
};

/**
 * Paging of `listEvents`.
 *
 * @public
 */
export type ListWorkspaceEventsOptions = WorkspacesRequestOptions & {
  /** An event id (a previous `nextCursor`): only newer events come back. */
  after?: string;
  /** 1 to 500 events a page; 100 by default. */
  limit?: number;
};

/**
 * Paging of `getJobLog`.
 *
 * @public
 */
export type GetJobLogOptions = WorkspacesRequestOptions & {
  /** A chunk seq (a previous `nextCursor`): only later chunks come back. */
  after?: string;
  /** 1 to 1000 chunks a page; 100 by default. */
  limit?: number;
};
