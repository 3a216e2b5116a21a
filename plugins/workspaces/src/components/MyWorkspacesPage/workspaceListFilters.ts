import type {
  SortOrder,
  WorkspaceListSort,
  WorkspaceStatus,
} from '@oqullus/plugin-workspaces-common';

/** What the person chose to see; each field maps to a query parameter of the list. */
export type WorkspaceListFilters = {
  scope: 'mine' | 'all';
  statuses: WorkspaceStatus[];
  /** Already debounced: typing does not fetch on every key. */
  q: string;
  sort: WorkspaceListSort;
  order: SortOrder;
};

/** Most recently active first: the rows' order matches the "Last activity" they show. */
export const defaultListOrder = {
  sort: 'lastActivity',
  order: 'desc',
} as const satisfies Pick<WorkspaceListFilters, 'sort' | 'order'>;

/** Page size of the list; 20 rows render fast without virtualisation. */
export const workspacesPageSize = 20;

/**
 * Whether the person narrowed the list themselves; an empty result then means
 * "nothing matches", not "you have no workspaces yet".
 */
export function isFiltered(filters: WorkspaceListFilters): boolean {
  return filters.statuses.length > 0 || filters.q.trim() !== '';
}

/**
 * What an empty page of the list says. Only a list the person narrowed can fail to
 * match; otherwise it says what they can see at all.
 */
export function emptyListMessage(filters: WorkspaceListFilters): string {
  if (isFiltered(filters)) {
    return 'No workspaces match these filters.';
  }
  return filters.scope === 'all'
    ? 'No workspace is visible to you yet. You see the workspaces you own or belong to, and a team lead also sees those of their team.'
    : 'You own or belong to no workspace yet.';
}
