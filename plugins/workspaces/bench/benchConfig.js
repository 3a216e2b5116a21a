// Where the benchmark points and how much it measures; env overrides for another portal.
const appUrl = (process.env.BENCH_URL ?? 'http://localhost:3000').replace(
  /\/$/,
  '',
);
const backendUrl = (
  process.env.BENCH_BACKEND_URL ?? 'http://localhost:7007'
).replace(/\/$/, '');

module.exports = {
  appUrl,
  backendUrl,
  baselinePath: process.env.BENCH_BASELINE_PATH ?? '/',
  user: process.env.BENCH_USER ?? 'dana.dev',
  userDisplayName: process.env.BENCH_USER_DISPLAY_NAME ?? 'Dana Developer',
  seedCount: Number(process.env.BENCH_SEED_COUNT ?? 1000),
  runs: Number(process.env.BENCH_RUNS ?? 7),
  chromiumPath: process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium',
  targets: { firstPageMs: 1000, bundleGzipKb: 200 },
};
