import type { Knex } from 'knex';

/**
 * The SQL the stores run, written out again with Knex for the "raw" baseline: the same
 * tables, filters, ORDER BY and LIMIT as DatabaseWorkspaceStore.list,
 * DatabaseJobStore.getActiveForWorkspaces, DatabaseWorkspaceStore.get,
 * DatabaseMemberStore.list and DatabaseEventStore.list. The benchmark checks that they
 * return the rows the API returned.
 */

/** What the permission policy's conditional decision turns into for a non-admin. */
export type PolicyFilter = {
  /** The user and their groups (IS_WORKSPACE_OWNER, IS_WORKSPACE_MEMBER). */
  claims: string[];
  /** The member roles that may read. */
  roles: string[];
};

export type WorkspacePageQuery = {
  policy?: PolicyFilter;
  /** scope=mine: the caller's ownership refs. */
  involving?: string[];
  statuses?: string[];
  q?: string;
  after?: { createdAt: string; id: string };
  limit: number;
  /**
   * How "is a member" is written: `in`, `workspaces.id IN (SELECT workspace_id ...)` as
   * the store writes it (the default), or `exists`, the correlated EXISTS it used
   * before, which the benchmark measures next to it.
   */
  membership?: 'exists' | 'in';
};

function memberOf(refs: string[], roles?: string[]) {
  return (members: Knex.QueryBuilder) => {
    members
      .select('workspace_members.workspace_id')
      .from('workspace_members')
      .whereRaw('workspace_members.workspace_id = workspaces.id')
      .whereIn('workspace_members.member_ref', refs);
    if (roles) {
      members.whereIn('workspace_members.role', roles);
    }
  };
}

function idsOfMembers(refs: string[], roles?: string[]) {
  return (members: Knex.QueryBuilder) => {
    members
      .select('workspace_members.workspace_id')
      .from('workspace_members')
      .whereIn('workspace_members.member_ref', refs);
    if (roles) {
      members.whereIn('workspace_members.role', roles);
    }
  };
}

function whereMember(
  query: Knex.QueryBuilder,
  membership: 'exists' | 'in',
  refs: string[],
  roles?: string[],
) {
  if (membership === 'in') {
    query.whereIn('workspaces.id', idsOfMembers(refs, roles));
  } else {
    query.whereExists(memberOf(refs, roles));
  }
}

/** DatabaseWorkspaceStore.list: one row more than the page, newest first. */
export function workspacePage(knex: Knex, query: WorkspacePageQuery) {
  const select = knex('workspaces').select('workspaces.*');
  const { policy, involving, membership = 'in' } = query;
  if (policy) {
    select.where(outer =>
      outer.where(group => {
        group.orWhere(inner =>
          inner.whereIn('workspaces.owner', policy.claims),
        );
        group.orWhere(inner =>
          whereMember(inner, membership, policy.claims, policy.roles),
        );
      }),
    );
  }
  if (involving) {
    select.where(outer =>
      outer.where(group => {
        group.orWhere(inner => inner.whereIn('workspaces.owner', involving));
        group.orWhere(inner => whereMember(inner, membership, involving));
      }),
    );
  }
  if (query.statuses) {
    select.whereIn('workspaces.status', query.statuses);
  }
  if (!query.statuses?.includes('deleted')) {
    select.whereNot('workspaces.status', 'deleted');
  }
  if (query.q) {
    const pattern = `%${query.q
      .toLowerCase()
      .replace(/[!%_]/g, match => `!${match}`)}%`;
    select.where(text => {
      for (const column of ['name', 'external_id', 'description']) {
        text.orWhereRaw(`LOWER(workspaces.${column}) LIKE ? ESCAPE '!'`, [
          pattern,
        ]);
      }
    });
  }
  if (query.after) {
    select.whereRaw('(workspaces.created_at, workspaces.id) < (?, ?)', [
      query.after.createdAt,
      query.after.id,
    ]);
  }
  return select
    .orderBy([
      { column: 'workspaces.created_at', order: 'desc' },
      { column: 'workspaces.id', order: 'desc' },
    ])
    .limit(query.limit + 1);
}

/** DatabaseJobStore.getActiveForWorkspaces: the list's second query. */
export function activeJobs(knex: Knex, workspaceIds: string[]) {
  return knex('jobs')
    .whereIn('workspace_id', workspaceIds)
    .whereIn('status', ['queued', 'running']);
}

/** DatabaseWorkspaceStore.get: loading the workspace before its events. */
export function workspaceById(knex: Knex, id: string) {
  return knex('workspaces').where({ id }).first();
}

/** DatabaseMemberStore.list: its members, for the read check. */
export function membersOf(knex: Knex, workspaceId: string) {
  return knex('workspace_members')
    .where({ workspace_id: workspaceId })
    .orderBy([{ column: 'added_at' }, { column: 'member_ref' }]);
}

/** DatabaseEventStore.list: a page of events after a cursor, oldest first. */
export function eventPage(
  knex: Knex,
  workspaceId: string,
  options: { after?: string; limit: number },
) {
  const query = knex('events').where({ workspace_id: workspaceId });
  if (options.after !== undefined) {
    query.where('id', '>', BigInt(options.after).toString());
  }
  return query.orderBy('id').limit(options.limit);
}

/** The engine's plan for a query: EXPLAIN ANALYZE on PostgreSQL, EXPLAIN QUERY PLAN on SQLite. */
export async function explain(
  knex: Knex,
  query: Knex.QueryBuilder,
): Promise<string[]> {
  const { sql, bindings } = query.toSQL();
  if (knex.client.config.client === 'pg') {
    const result = await knex.raw(`EXPLAIN (ANALYZE, COSTS OFF) ${sql}`, [
      ...bindings,
    ]);
    return result.rows.map(
      (row: { 'QUERY PLAN': string }) => row['QUERY PLAN'],
    );
  }
  const rows: { id: number; parent: number; detail: string }[] = await knex.raw(
    `EXPLAIN QUERY PLAN ${sql}`,
    [...bindings],
  );
  const depth = new Map<number, number>([[0, 0]]);
  return rows.map(row => {
    const level = (depth.get(row.parent) ?? 0) + 1;
    depth.set(row.id, level);
    return `${'  '.repeat(level - 1)}${row.detail}`;
  });
}
