/*
 * Latency of the workspaces REST API (list and events pages) against the raw Knex query
 * for the same rows, on SQLite and PostgreSQL, in one run. See README.md.
 */
import { migrateWorkspacesDatabase } from '../src/database';
import { startWorkspacesTestBackend } from '../src/__testUtils__/startWorkspacesTestBackend';
import { buildCases } from './benchCases';
import { openBenchDatabase, selectedEngines, type Engine } from './databases';
import { compareIndex } from './indexComparison';
import { measureCase, type Measured } from './measureCase';
import { compareOldExistsWithIn } from './membershipComparison';
import {
  engineReport,
  printReport,
  reportHeader,
  writeReportFile,
} from './report';
import { seedBenchData, settleAfterSeeding } from './seed/seedBenchData';
import { settings } from './settings';
import { msSince } from './stats';

jest.setTimeout(90 * 60_000);

const cleanups: Array<() => Promise<void>> = [];
// At the root, after the test backend's own afterAll (registered when its module loads):
// the backends stop before their databases go.
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) {
    await cleanup();
  }
}, 300_000);

/** Seeds a fresh database of one engine, measures every case on it, and reports. */
async function runEngine(engine: Engine): Promise<string> {
  const database = await openBenchDatabase(engine);
  cleanups.push(() => database.dispose());
  const { knex } = database;

  const seedStart = process.hrtime.bigint();
  await migrateWorkspacesDatabase(knex);
  const seeded = await seedBenchData(knex, {
    workspaces: settings.workspaces,
    events: settings.events,
    hotEveryNth: 10,
    developerWorkspaces: 100,
  });
  await settleAfterSeeding(knex);
  const seedSeconds = msSince(seedStart) / 1000;

  const backend = await startWorkspacesTestBackend({ knex });
  const casesStart = process.hrtime.bigint();
  const cases = await buildCases(knex, backend.as, seeded);
  const results: Measured[] = [];
  for (const benchCase of cases) {
    results.push(await measureCase(benchCase, backend));
  }
  const measureSeconds = msSince(casesStart) / 1000;

  const comparisonStart = process.hrtime.bigint();
  const indexLines = await compareIndex(knex, backend, cases);
  const membershipLines = await compareOldExistsWithIn(knex, cases);
  const comparisonSeconds = msSince(comparisonStart) / 1000;

  return engineReport({
    database,
    seeded,
    seedSeconds,
    cases,
    results,
    measureSeconds,
    indexLines,
    membershipLines,
    comparisonSeconds,
  });
}

describe('workspaces REST API latency', () => {
  const engines = selectedEngines();
  const header = reportHeader(engines);
  const reports: string[] = [];

  afterAll(() => {
    if (reports.length === 0) return;
    const file = writeReportFile([header, ...reports].join('\n'));
    printReport(`\nReport of both engines written to ${file}`);
  });

  it.each(engines)('on %s', async engine => {
    const text = await runEngine(engine);
    expect(text).toContain('target met');
    reports.push(text);
    // Printed as soon as each engine is done, and once more together at the end.
    printReport(`\n${text}`);
  });
});
