import type { Knex } from 'knex';

/** The tables a request can leave a partial write in. */
export const writtenTables = [
  'workspaces',
  'jobs',
  'events',
  'workspace_members',
  'account_resources',
] as const;

/** The number of rows in each table a request writes to. */
export async function countRows(
  knex: Knex,
): Promise<Record<(typeof writtenTables)[number], number>> {
  const counts = await Promise.all(
    writtenTables.map(async table => {
      const [{ count }] = await knex(table).count({ count: '*' });
      return [table, Number(count)] as const;
    }),
  );
  return Object.fromEntries(counts) as Record<
    (typeof writtenTables)[number],
    number
  >;
}

/** The names of every table in the database, migrations bookkeeping included. */
export async function listTables(knex: Knex): Promise<string[]> {
  if (knex.client.config.client === 'pg') {
    const result = await knex.raw(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
    );
    return result.rows.map((row: { table_name: string }) => row.table_name);
  }
  const rows = await knex.raw(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  );
  return rows.map((row: { name: string }) => row.name);
}

/** Every row of every table, by table name. */
export async function readEveryRow(
  knex: Knex,
): Promise<Record<string, unknown[]>> {
  const tables = await listTables(knex);
  const rows = await Promise.all(tables.map(table => knex(table).select()));
  return Object.fromEntries(tables.map((table, i) => [table, rows[i]]));
}
