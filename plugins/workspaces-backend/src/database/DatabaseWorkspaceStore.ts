import { ConflictError, InputError } from '@backstage/errors';
import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import type {
  SortOrder,
  WorkspaceListSort,
  WorkspaceReference,
} from '@oqullus/plugin-workspaces-common';
import type { WorkspaceFilterCondition } from '@oqullus/plugin-workspaces-node';
import type { Knex } from 'knex';
import {
  decodeWorkspaceCursor,
  encodeWorkspaceCursor,
} from './workspaceCursor';
import { whereWorkspaceMatches } from './workspaceFilterToSql';
import { whereWorkspaceListFilters } from './workspaceListFilters';
import { orderWorkspaceList, sortValueOf } from './workspaceListOrder';
import {
  decodeWorkspaceSortCursor,
  encodeWorkspaceSortCursor,
} from './workspaceSortCursor';
import {
  workspaceFromRow,
  workspacePatchToRow,
  workspaceToRow,
  type WorkspaceRow,
} from './workspaceRows';
import { uniqueViolationOf } from './uniqueViolation';
import type {
  NewWorkspaceRecord,
  WorkspaceListQuery,
  WorkspacePage,
  WorkspacePatch,
  WorkspaceRecord,
  WorkspaceStore,
  WorkspaceUpdateGuard,
} from './WorkspaceStore';

const resourceColumns = {
  'stack-templates': 'stack_template',
  'cloud-credentials': 'cloud_credential',
  'state-storages': 'state_storage',
  networks: 'network',
} as const;

/** WorkspaceStore on Knex (SQLite or PostgreSQL). */
export class DatabaseWorkspaceStore implements WorkspaceStore {
  constructor(private readonly db: Knex) {}

  async insert(workspace: NewWorkspaceRecord): Promise<WorkspaceRecord> {
    try {
      // A savepoint inside a caller's transaction: a conflict leaves that transaction usable.
      const [row] = await this.db.transaction(trx =>
        trx<WorkspaceRow>('workspaces')
          .insert(workspaceToRow(workspace))
          .returning('*'),
      );
      return workspaceFromRow(row);
    } catch (error) {
      const violation = uniqueViolationOf(error);
      if (violation?.onPrimaryKey) {
        throw new ConflictError(
          `A workspace with ID '${workspace.id}' already exists; create it with a new ID`,
        );
      }
      if (violation) {
        throw new ConflictError(
          `External workspace ID '${workspace.externalId}' is already used by another workspace; choose another or let one be generated`,
        );
      }
      throw error;
    }
  }

  async get(id: string): Promise<WorkspaceRecord | undefined> {
    const row = await this.db<WorkspaceRow>('workspaces').where({ id }).first();
    return row && workspaceFromRow(row);
  }

  async getByExternalId(
    externalId: string,
  ): Promise<WorkspaceRecord | undefined> {
    const row = await this.db<WorkspaceRow>('workspaces')
      .where({ external_id: externalId })
      .first();
    return row && workspaceFromRow(row);
  }

  async update(
    id: string,
    patch: WorkspacePatch,
    options?: WorkspaceUpdateGuard,
  ): Promise<WorkspaceRecord | undefined> {
    const query = this.db<WorkspaceRow>('workspaces').where({ id });
    if (options?.expectedStatuses) {
      query.whereIn('status', options.expectedStatuses);
    }
    if (options?.expectedApproval) {
      query.whereIn('approval_state', options.expectedApproval);
    }
    const values = workspacePatchToRow(patch);
    if (Object.keys(values).length === 0) {
      const row = await query.first();
      return row && workspaceFromRow(row);
    }
    // One statement: the guard and the write cannot be separated by another writer.
    const [row] = await query.update(values).returning('*');
    return row && workspaceFromRow(row);
  }

  async list(query: WorkspaceListQuery): Promise<WorkspacePage> {
    if (!Number.isInteger(query.limit) || query.limit < 1) {
      throw new InputError(
        `The page size must be a whole number of at least 1, not ${query.limit}`,
      );
    }
    if (query.sort) {
      return this.listSorted(query, query.sort, query.order ?? 'asc');
    }
    const after = query.cursor && decodeWorkspaceCursor(query.cursor);
    const select = this.db<WorkspaceRow>('workspaces').select('workspaces.*');
    whereWorkspaceListFilters(select, query);
    if (after) {
      // A row-value comparison lets both engines seek in the (created_at, id) index.
      select.whereRaw('(workspaces.created_at, workspaces.id) < (?, ?)', [
        after.createdAt,
        after.id,
      ]);
    }
    // One row more than asked tells whether another page follows.
    const rows: WorkspaceRow[] = await select
      .orderBy([
        { column: 'workspaces.created_at', order: 'desc' },
        { column: 'workspaces.id', order: 'desc' },
      ])
      .limit(query.limit + 1);
    const items = rows.slice(0, query.limit).map(workspaceFromRow);
    const last = items[items.length - 1];
    return rows.length > query.limit && last
      ? {
          items,
          nextCursor: encodeWorkspaceCursor({
            createdAt: last.createdAt,
            id: last.id,
          }),
        }
      : { items };
  }

  private async listSorted(
    query: WorkspaceListQuery,
    sort: WorkspaceListSort,
    order: SortOrder,
  ): Promise<WorkspacePage> {
    const after =
      query.cursor && decodeWorkspaceSortCursor(query.cursor, sort, order);
    const select = this.db<WorkspaceRow>('workspaces').select('workspaces.*');
    whereWorkspaceListFilters(select, query);
    orderWorkspaceList(select, sort, order, after || undefined);
    // One row more than asked tells whether another page follows.
    const rows: WorkspaceRow[] = await select.limit(query.limit + 1);
    const items = rows.slice(0, query.limit).map(workspaceFromRow);
    const last = items[items.length - 1];
    return rows.length > query.limit && last
      ? {
          items,
          nextCursor: encodeWorkspaceSortCursor({
            sort,
            order,
            value: sortValueOf(last, sort),
            id: last.id,
          }),
        }
      : { items };
  }

  async listUsingResource(
    kind: keyof typeof resourceColumns,
    name: string,
    filter?: PermissionCriteria<WorkspaceFilterCondition>,
  ): Promise<WorkspaceReference[]> {
    const query = this.db<WorkspaceRow>('workspaces')
      .select('id', 'name', 'external_id', 'status', 'approval_state')
      .where(resourceColumns[kind], name)
      .whereNot('status', 'deleted');
    if (filter) {
      query.where(inner => whereWorkspaceMatches(inner, filter));
    }
    const rows = await query.orderBy('name').orderBy('id');
    return rows.map(row => ({
      id: row.id,
      name: row.name,
      externalId: row.external_id,
      status: row.status,
      approval: { state: row.approval_state },
    }));
  }
}
