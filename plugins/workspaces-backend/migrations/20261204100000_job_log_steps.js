// @ts-check

// Each log chunk names the step that wrote it (the infrastructure or an app), so the
// log reads as one section per step. Chunks written before this migration have none.

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('job_logs', table => {
    table.string('step', 63).nullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('job_logs', table => {
    table.dropColumn('step');
  });
};
