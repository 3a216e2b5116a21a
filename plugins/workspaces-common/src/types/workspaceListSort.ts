/**
 * The orders the workspace list can be read in: by name (case-insensitive), status,
 * last activity or creation time. Ties are broken by id, so paging is stable.
 *
 * @public
 */
export const workspaceListSorts = [
  'name',
  'status',
  'lastActivity',
  'created',
] as const;

/**
 * One of {@link workspaceListSorts}.
 *
 * @public
 */
export type WorkspaceListSort = (typeof workspaceListSorts)[number];

/**
 * Ascending or descending.
 *
 * @public
 */
export type SortOrder = 'asc' | 'desc';
