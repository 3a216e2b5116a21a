// @ts-check

// Times are `timestamp with time zone` on PostgreSQL. On SQLite the stores write them as
// canonical ISO 8601 UTC strings (`2026-11-28T10:00:00.000Z`), which sort and compare
// like the times they stand for. JSON goes in text columns: it is never queried inside.

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
  await knex.schema.createTable('workspaces', table => {
    // A string rather than PostgreSQL's uuid type: a malformed id then finds nothing
    // instead of failing the query, and both engines return ids exactly as written.
    table.string('id', 36).primary();
    table.string('external_id', 63).notNullable().unique();
    table.string('name', 255).notNullable();
    table.text('description').nullable();
    table.string('owner', 255).notNullable();
    table.string('status', 32).notNullable();
    table.string('approval_state', 32).notNullable();
    table.string('approval_requested_by', 255).nullable();
    time(table, 'approval_requested_at').nullable();
    table.string('approval_decided_by', 255).nullable();
    time(table, 'approval_decided_at').nullable();
    table.text('approval_comment').nullable();
    table.string('stack_template', 255).notNullable();
    table.string('cloud_credential', 255).notNullable();
    table.string('state_storage', 255).notNullable();
    table.string('network', 255).nullable();
    table.text('parameters').notNullable();
    table.text('outputs').notNullable();
    table.text('apps').notNullable();
    table.text('failure_reason').nullable();
    table.string('created_by', 255).notNullable();
    time(table, 'created_at').notNullable();
    time(table, 'updated_at').notNullable();
    time(table, 'last_activity_at').notNullable();

    table.index('owner', 'workspaces_owner_idx');
    table.index('status', 'workspaces_status_idx');
    // Deleting an account resource asks which workspaces use it, for every kind.
    table.index('stack_template', 'workspaces_stack_template_idx');
    table.index('cloud_credential', 'workspaces_cloud_credential_idx');
    table.index('state_storage', 'workspaces_state_storage_idx');
    table.index('network', 'workspaces_network_idx');
  });
  // The list order (newest first) and its keyset cursor walk this index.
  await knex.raw(
    'CREATE INDEX workspaces_created_at_id_idx ON workspaces (created_at DESC, id DESC)',
  );

  await knex.schema.createTable('workspace_members', table => {
    table
      .string('workspace_id', 36)
      .notNullable()
      .references('id')
      .inTable('workspaces')
      .onDelete('CASCADE');
    table.string('member_ref', 255).notNullable();
    table.string('role', 32).notNullable();
    table.string('added_by', 255).notNullable();
    time(table, 'added_at').notNullable();
    table.primary(['workspace_id', 'member_ref']);
    // "Mine" lists look members up by ref; the workspace id makes it index-only.
    table.index(['member_ref', 'workspace_id'], 'workspace_members_ref_idx');
  });

  await knex.schema.createTable('jobs', table => {
    table.string('id', 36).primary();
    table
      .string('workspace_id', 36)
      .notNullable()
      .references('id')
      .inTable('workspaces')
      .onDelete('CASCADE');
    table.string('operation', 32).notNullable();
    table.string('status', 32).notNullable();
    table.string('requested_by', 255).notNullable();
    table.integer('attempt').notNullable();
    table.text('steps').notNullable();
    table.text('error').nullable();
    time(table, 'created_at').notNullable();
    time(table, 'started_at').nullable();
    time(table, 'finished_at').nullable();
    time(table, 'cancel_requested_at').nullable();
    // For the job runner: which replica holds the job, until when, and its last sign of life.
    table.string('lease_owner', 255).nullable();
    time(table, 'lease_expires_at').nullable();
    time(table, 'heartbeat_at').nullable();
    table.index(['workspace_id', 'created_at'], 'jobs_workspace_created_idx');
  });
  // At most one active job per workspace, enforced where concurrent requests meet. A
  // running job asked to cancel no longer holds the slot, so Delete can queue its
  // destroy job while Terraform stops; the runner starts that job only once the
  // workspace has no running job left.
  await knex.raw(
    "CREATE UNIQUE INDEX jobs_one_active_per_workspace ON jobs (workspace_id) WHERE status IN ('queued', 'running') AND cancel_requested_at IS NULL",
  );

  await knex.schema.createTable('job_logs', table => {
    // The raw Terraform output of a job, in chunks numbered from 1 (the read cursor).
    table
      .string('job_id', 36)
      .notNullable()
      .references('id')
      .inTable('jobs')
      .onDelete('CASCADE');
    table.integer('seq').notNullable();
    table.text('text').notNullable();
    time(table, 'created_at').notNullable();
    table.primary(['job_id', 'seq']);
  });

  await knex.schema.createTable('events', table => {
    // Monotonic: the id is the cursor clients read on from.
    table.bigIncrements('id').primary();
    table
      .string('workspace_id', 36)
      .notNullable()
      .references('id')
      .inTable('workspaces')
      .onDelete('CASCADE');
    table.string('type', 64).notNullable();
    table.string('level', 16).notNullable();
    table.string('actor', 255).nullable();
    table.string('job_id', 36).nullable();
    table.text('message').notNullable();
    table.text('data').notNullable();
    time(table, 'created_at').notNullable();
    table.index(['workspace_id', 'id'], 'events_workspace_id_idx');
  });

  await knex.schema.createTable('account_resources', table => {
    table.string('kind', 32).notNullable();
    table.string('name', 255).notNullable();
    table.text('title').notNullable();
    table.text('description').nullable();
    table.string('owner', 255).nullable();
    table.text('spec').notNullable();
    table.string('created_by', 255).notNullable();
    time(table, 'created_at').notNullable();
    time(table, 'updated_at').notNullable();
    table.primary(['kind', 'name']);
  });

  // Apart from account_resources: resources declared in config are checked too.
  await knex.schema.createTable('account_resource_checks', table => {
    table.string('kind', 32).notNullable();
    table.string('name', 255).notNullable();
    table.string('status', 16).notNullable();
    table.text('messages').notNullable();
    time(table, 'checked_at').nullable();
    table.primary(['kind', 'name']);
  });

  await knex.schema.createTable('idempotency_keys', table => {
    table.string('principal', 255).notNullable();
    table.string('key', 255).notNullable();
    table.string('request_hash', 128).notNullable();
    table.string('workspace_id', 36).notNullable();
    time(table, 'created_at').notNullable();
    table.primary(['principal', 'key']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('idempotency_keys');
  await knex.schema.dropTable('account_resource_checks');
  await knex.schema.dropTable('account_resources');
  await knex.schema.dropTable('events');
  await knex.schema.dropTable('job_logs');
  await knex.schema.dropTable('jobs');
  await knex.schema.dropTable('workspace_members');
  await knex.schema.dropTable('workspaces');
};
