// @ts-check

// yarn bench:api: bench/*.bench.ts (see benchJestConfig.js).
module.exports = require('./benchJestConfig')({
  label: 'API benchmark',
  root: 'bench',
  match: '**/*.bench.ts',
});
