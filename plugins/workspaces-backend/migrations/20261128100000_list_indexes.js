// @ts-check

// Lists filtered by status (the "Running" tab, `GET /workspaces?status=running`) are
// newest first like every list. With only the status index the database fetched every
// workspace in that status and sorted them all for one page; this index hands them over
// in list order, so a page stops after its rows (bench/README.md has the figures).

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.raw(
    'CREATE INDEX workspaces_status_created_at_id_idx ON workspaces (status, created_at DESC, id DESC)',
  );
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.raw('DROP INDEX workspaces_status_created_at_id_idx');
};
