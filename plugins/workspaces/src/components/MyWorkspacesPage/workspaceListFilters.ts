import type {
  ApprovalState,
  SortOrder,
  WorkspaceListSort,
  WorkspaceStatus,
} from '@oqullus/plugin-workspaces-common';

/**
 * Which workspaces the list starts from: mine, every one I may read, or, for
 * Account Owners and Admins, the requests waiting for them to decide.
 */
export type WorkspaceListView = 'mine' | 'all' | 'awaiting-approval';

/** What the person chose to see; each field maps to query parameters of the list. */
export type WorkspaceListFilters = {
  view: WorkspaceListView;
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

/** The list's `scope` and `approval` parameters of a view. */
export function viewQuery(view: WorkspaceListView): {
  scope: 'mine' | 'all';
  approval?: ApprovalState;
} {
  switch (view) {
    case 'mine':
      return { scope: 'mine' };
    case 'all':
      return { scope: 'all' };
    case 'awaiting-approval':
      // Requests from anyone in the account, so not only those involving me.
      return { scope: 'all', approval: 'pending' };
    default:
      throw new Error(`Unknown workspace list view: ${view satisfies never}`);
  }
}

/** The heading above the list, saying which view it shows. */
export const viewTitles: Readonly<Record<WorkspaceListView, string>> = {
  mine: 'My workspaces',
  all: 'All workspaces',
  'awaiting-approval': 'Awaiting my approval',
};

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
  switch (filters.view) {
    case 'all':
      return 'No workspace is visible to you yet. You see the workspaces you own or belong to, and a team lead also sees those of their team.';
    case 'awaiting-approval':
      return 'No request waits for your approval.';
    default:
      return 'You own or belong to no workspace yet.';
  }
}
