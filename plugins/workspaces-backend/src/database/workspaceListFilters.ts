import type { Knex } from 'knex';
import { whereWorkspaceMatches } from './workspaceFilterToSql';
import type { WorkspaceListQuery } from './WorkspaceStore';

/** The list's filters, all ANDed; paging and order are the caller's. */
export function whereWorkspaceListFilters(
  query: Knex.QueryBuilder,
  filters: Omit<WorkspaceListQuery, 'limit' | 'cursor' | 'sort' | 'order'>,
): void {
  if (filters.filter) {
    const criteria = filters.filter;
    query.where(inner => whereWorkspaceMatches(inner, criteria));
  }
  if (filters.involving) {
    const refs = filters.involving;
    query.where(inner =>
      whereWorkspaceMatches(inner, {
        anyOf: [
          { property: 'owner', values: refs },
          { property: 'member', refs },
        ],
      }),
    );
  }
  if (filters.statuses) {
    query.whereIn('workspaces.status', filters.statuses);
  }
  if (!filters.includeDeleted && !filters.statuses?.includes('deleted')) {
    query.whereNot('workspaces.status', 'deleted');
  }
  if (filters.approval) {
    query.where('workspaces.approval_state', filters.approval);
  }
  if (filters.stackTemplate) {
    query.where('workspaces.stack_template', filters.stackTemplate);
  }
  if (filters.owner) {
    query.where('workspaces.owner', filters.owner);
  }
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q.toLowerCase())}%`;
    query.where(text => {
      for (const column of ['name', 'external_id', 'description']) {
        // LOWER on both sides: PostgreSQL's LIKE is case-sensitive, and ILIKE is not SQL.
        text.orWhereRaw(`LOWER(workspaces.${column}) LIKE ? ESCAPE '!'`, [
          pattern,
        ]);
      }
    });
  }
}

/** The user's text matches literally: their `%` and `_` are not wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, match => `!${match}`);
}
