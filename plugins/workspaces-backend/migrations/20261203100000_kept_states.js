// @ts-check

// States Terraform could not save to the storage (its errored.tfstate), kept with the
// job that wrote them when pushing them into the storage was refused or failed, so
// they do not live on one runner's disk. Never returned through the API; an Account
// Owner or Admin pushes one into the built-in storage once the cause is fixed.

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
  await knex.schema.createTable('kept_states', table => {
    table.bigIncrements('id').primary();
    table
      .string('job_id', 36)
      .notNullable()
      .references('id')
      .inTable('jobs')
      .onDelete('CASCADE');
    table.string('workspace_id', 36).notNullable();
    table.string('component', 63).notNullable();
    table.integer('serial').notNullable();
    table.string('lineage', 255).notNullable();
    table.string('checksum', 64).notNullable();
    table.text('reason').notNullable();
    time(table, 'kept_at').notNullable();
    time(table, 'pushed_at').nullable();
    table.string('pushed_by', 255).nullable();
    table.text('state').notNullable();
    // A job keeps at most one state per component: the newest one Terraform wrote.
    table.unique(['job_id', 'component'], {
      indexName: 'kept_states_job_component_idx',
    });
    table.index(['workspace_id', 'pushed_at'], 'kept_states_workspace_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('kept_states');
};
