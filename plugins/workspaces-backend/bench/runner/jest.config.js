// @ts-check

/*
 * Jest config for the job runner benchmark: a copy of ../jest.config.js (the Backstage
 * CLI's own config for this package) pointed at bench/runner/*.benchmark.ts. The entry is
 * named *.benchmark.ts, not *.bench.ts, so `yarn bench:api` (which matches
 * bench/**\/*.bench.ts) does not run it, and `yarn test` (src/**\/*.test.*) never does.
 */
const path = require('node:path');
const { name: packageName } = require('../../package.json');

const packageDir = path.resolve(__dirname, '../..');

module.exports = (async () => {
  /** @type {Record<string, any>} */
  const root = await require('@backstage/cli/config/jest');
  // From the repository root the CLI returns one project per package; from the
  // package's own folder, the package's config itself.
  const project =
    root.projects?.find(
      (/** @type {Record<string, any>} */ p) => p.displayName === packageName,
    ) ?? root;
  if (!project.transform) {
    throw new Error(`No Backstage jest config found for ${packageName}`);
  }
  return {
    ...project,
    displayName: `${packageName} (runner benchmark)`,
    rootDir: packageDir,
    roots: ['<rootDir>/bench/runner'],
    testMatch: ['**/*.benchmark.ts'],
  };
})();
