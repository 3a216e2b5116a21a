import type { operations } from '../generated/openapi';
import { specValues } from './specValues';

type ListWorkspacesQuery = NonNullable<
  operations['listWorkspaces']['parameters']['query']
>;

/**
 * The orders the workspace list can be read in: by name (case-insensitive), status,
 * last activity or creation time. Ties are broken by id, so paging is stable.
 *
 * @public
 */
export const workspaceListSorts = specValues<
  NonNullable<ListWorkspacesQuery['sort']>
>()(['name', 'status', 'lastActivity', 'created']);

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
export type SortOrder = NonNullable<
  NonNullable<operations['listWorkspaces']['parameters']['query']>['order']
>;
