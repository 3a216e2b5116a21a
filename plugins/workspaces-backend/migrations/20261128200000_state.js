// @ts-check

// The built-in Terraform state backend (src/state/): every state write is kept as a
// version, one lock per workspace component, and the credentials Terraform uses to
// reach it, minted per job. Only hashes of the credentials are stored.

/**
 * @param {import('knex').Knex.CreateTableBuilder} table
 * @param {string} name
 */
function time(table, name) {
  return table.timestamp(name, { useTz: true });
}

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('state_versions', table => {
    // Increasing: the newest version of a component is the one with the highest id.
    table.bigIncrements('id').primary();
    table
      .string('workspace_id', 36)
      .notNullable()
      .references('id')
      .inTable('workspaces')
      .onDelete('CASCADE');
    table.string('component', 63).notNullable();
    table.integer('serial').notNullable();
    table.string('lineage', 255).notNullable();
    table.integer('size').notNullable();
    table.string('checksum', 64).notNullable();
    // No foreign key: a version outlives the job that wrote it (history and rollback).
    table.string('job_id', 36).nullable();
    table.string('created_by', 255).notNullable();
    time(table, 'created_at').notNullable();
    table.text('state').notNullable();
    table.index(
      ['workspace_id', 'component', 'id'],
      'state_versions_component_id_idx',
    );
  });

  await knex.schema.createTable('state_locks', table => {
    table
      .string('workspace_id', 36)
      .notNullable()
      .references('id')
      .inTable('workspaces')
      .onDelete('CASCADE');
    table.string('component', 63).notNullable();
    table.string('lock_id', 255).notNullable();
    // Terraform's LockInfo exactly as it sent it: a conflicting LOCK gets it back.
    table.text('info').notNullable();
    // No foreign key: a lock whose job is gone is stale and taken over, not deleted.
    table.string('job_id', 36).nullable();
    table.string('holder', 255).notNullable();
    time(table, 'created_at').notNullable();
    table.primary(['workspace_id', 'component']);
  });

  await knex.schema.createTable('job_credentials', table => {
    table.string('token_hash', 64).primary();
    table
      .string('job_id', 36)
      .notNullable()
      .references('id')
      .inTable('jobs')
      .onDelete('CASCADE');
    table.string('workspace_id', 36).notNullable();
    time(table, 'created_at').notNullable();
    time(table, 'expires_at').notNullable();
    time(table, 'revoked_at').nullable();
    // Revoking walks a job's credentials.
    table.index('job_id', 'job_credentials_job_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('job_credentials');
  await knex.schema.dropTable('state_locks');
  await knex.schema.dropTable('state_versions');
};
