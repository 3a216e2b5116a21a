import type { Knex } from 'knex';

/**
 * Bulk inserts in batches, each batch one statement: 1000 rows on PostgreSQL, 250 on
 * SQLite (Knex writes a multi-row insert there as a compound SELECT, limited to 500
 * terms). Errors are cut short: Knex's message holds the whole statement.
 */
export async function insertRows(
  knex: Knex,
  table: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  const batchSize = knex.client.config.client === 'pg' ? 1000 : 250;
  try {
    await knex.batchInsert(table, rows, batchSize);
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    throw new Error(
      `Seeding ${table} failed: ${message.slice(0, 300)} ... ${message.slice(
        -300,
      )}`,
    );
  }
}
