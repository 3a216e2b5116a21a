import type { Knex } from 'knex';
import type {
  SortOrder,
  WorkspaceListSort,
} from '@oqullus/plugin-workspaces-common';
import type { WorkspaceRecord } from './WorkspaceStore';
import type { WorkspaceSortCursor } from './workspaceSortCursor';

// LOWER on both sides of every comparison: names sort as people read them, and SQLite's
// and PostgreSQL's LOWER agree with themselves on the cursor's value.
const sortExpressions: Record<WorkspaceListSort, string> = {
  name: 'LOWER(workspaces.name)',
  status: 'workspaces.status',
  lastActivity: 'workspaces.last_activity_at',
  created: 'workspaces.created_at',
};
const cursorPlaceholders: Record<WorkspaceListSort, string> = {
  name: 'LOWER(?)',
  status: '?',
  lastActivity: '?',
  created: '?',
};

/**
 * Orders the list by the sort, the id breaking ties, and seeks past the cursor's row:
 * a row-value comparison in the same direction as the order, so no row is skipped or
 * repeated between pages.
 */
export function orderWorkspaceList(
  select: Knex.QueryBuilder,
  sort: WorkspaceListSort,
  order: SortOrder,
  after: WorkspaceSortCursor | undefined,
): void {
  const expression = sortExpressions[sort];
  if (after) {
    select.whereRaw(
      `(${expression}, workspaces.id) ${order === 'asc' ? '>' : '<'} (${
        cursorPlaceholders[sort]
      }, ?)`,
      [after.value, after.id],
    );
  }
  const direction = order === 'asc' ? 'ASC' : 'DESC';
  select.orderByRaw(`${expression} ${direction}, workspaces.id ${direction}`);
}

/** The value of a workspace the cursor after it carries. */
export function sortValueOf(
  workspace: WorkspaceRecord,
  sort: WorkspaceListSort,
): string {
  switch (sort) {
    case 'name':
      return workspace.name;
    case 'status':
      return workspace.status;
    case 'lastActivity':
      return workspace.lastActivityAt;
    case 'created':
      return workspace.createdAt;
    default: {
      const unknown: never = sort;
      throw new Error(`Unknown sort ${unknown}`);
    }
  }
}
