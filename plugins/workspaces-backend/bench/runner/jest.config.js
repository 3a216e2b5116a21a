// @ts-check

// yarn bench:runner: bench/runner/*.benchmark.ts. Not *.bench.ts, so `yarn bench:api`
// (which matches bench/**/*.bench.ts) does not run it too.
module.exports = require('../benchJestConfig')({
  label: 'runner benchmark',
  root: 'bench/runner',
  match: '**/*.benchmark.ts',
});
