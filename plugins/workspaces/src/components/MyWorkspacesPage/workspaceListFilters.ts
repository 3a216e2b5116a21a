import type { WorkspaceStatus } from '@oqullus/plugin-workspaces-common';

/** What the person chose to see; each field maps to a query parameter of the list. */
export type WorkspaceListFilters = {
  scope: 'mine' | 'all';
  statuses: WorkspaceStatus[];
  /** Already debounced: typing does not fetch on every key. */
  q: string;
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
