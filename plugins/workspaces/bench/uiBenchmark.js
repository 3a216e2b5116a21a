/* eslint-disable no-console -- a command-line benchmark prints its figures */
// yarn bench:ui — seeds 1,000 workspaces, times My Workspaces against the
// Catalog page in Chromium, and measures what the plugin adds to the bundle.
const { seedWorkspaces } = require('./seedWorkspaces');
const { measureNavigation } = require('./measureNavigation');
const { measureBundleSize } = require('./measureBundleSize');
const {
  appUrl,
  baselinePath,
  runs,
  seedCount,
  targets,
} = require('./benchConfig');

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}

const ms = value => `${Math.round(value)} ms`;

function timingRow(label, ours, baseline, target) {
  const median = percentile(ours, 50);
  const p90 = percentile(ours, 90);
  const baseMedian = percentile(baseline, 50);
  const baseP90 = percentile(baseline, 90);
  return {
    measurement: label,
    'median (workspaces)': ms(median),
    'p90 (workspaces)': ms(p90),
    'median (catalog)': ms(baseMedian),
    'p90 (catalog)': ms(baseP90),
    'ratio median': (median / baseMedian).toFixed(2),
    'ratio p90': (p90 / baseP90).toFixed(2),
    target: target
      ? `< ${target} ms: ${median < target ? 'met' : 'MISSED'}`
      : '-',
  };
}

async function main() {
  console.log(
    `Seeding ${seedCount} bench-ws-<n> workspaces through ${appUrl.replace(
      ':3000',
      ':7007',
    )} ...`,
  );
  const seeded = await seedWorkspaces();
  console.log(
    `  ${seeded.existing} already there, ${
      seeded.created
    } created in ${seeded.seconds.toFixed(1)} s`,
  );

  console.log(
    `Timing ${runs} runs of each page in Chromium against ${appUrl} ...`,
  );
  const { times, rowsShown, user } = await measureNavigation();
  console.log(`  ${user} sees ${rowsShown} rows on the first page`);

  console.log('Bundling the plugin to measure its size ...');
  const bundle = await measureBundleSize();

  console.log(
    `\nMy Workspaces (/workspaces) vs. the stock Catalog (${baselinePath}), until the first data row is visible, N=${runs}`,
  );
  console.table([
    timingRow(
      'full page load (goto)',
      times.fullLoad.workspaces,
      times.fullLoad.catalog,
      targets.firstPageMs,
    ),
    timingRow(
      'sidebar navigation',
      times.sidebar.workspaces,
      times.sidebar.catalog,
      targets.firstPageMs,
    ),
  ]);
  console.log(
    'Raw runs (ms):',
    JSON.stringify(times, (_key, value) =>
      typeof value === 'number' ? Math.round(value) : value,
    ),
  );
  console.log(
    '\nBundle: what the plugin adds to an app (see measureBundleSize.js for the method)',
  );
  console.table([
    {
      chunks: bundle.chunks,
      'minified KB': bundle.rawKb.toFixed(1),
      'gzipped KB': bundle.gzipKb.toFixed(1),
      target: `< ${targets.bundleGzipKb} KB gz: ${
        bundle.gzipKb < targets.bundleGzipKb ? 'met' : 'MISSED'
      }`,
    },
  ]);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
