// @ts-check

/*
 * The Backstage CLI's own jest config for this package (same transforms and test
 * environment as its tests), pointed at one benchmark instead of src/**\/*.test.ts. The
 * package's normal config has its rootDir in src/ and matches *.test.* only, so
 * `yarn test` never runs a benchmark.
 */
const path = require('node:path');
const { name: packageName } = require('../package.json');

const packageDir = path.resolve(__dirname, '..');

/**
 * @param {{ label: string, root: string, match: string }} benchmark
 */
module.exports = async function benchJestConfig(benchmark) {
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
    displayName: `${packageName} (${benchmark.label})`,
    rootDir: packageDir,
    roots: [`<rootDir>/${benchmark.root}`],
    testMatch: [benchmark.match],
  };
};
