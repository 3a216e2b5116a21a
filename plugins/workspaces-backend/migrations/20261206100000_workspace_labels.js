// @ts-check

// Workspaces carry key/value labels (team, cost centre, environment) for finding and
// grouping them. A JSON object in text, as parameters and outputs are; workspaces that
// existed before have none ('{}').

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('workspaces', table => {
    table.text('labels').notNullable().defaultTo('{}');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('workspaces', table => {
    table.dropColumn('labels');
  });
};
