import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchCase } from './benchCases';
import type { BenchDatabase, Engine } from './databases';
import { latencyTable } from './latencyTable';
import type { Measured } from './measureCase';
import { explain } from './rawQueries';
import type { SeedResult } from './seed/seedBenchData';
import { settings } from './settings';
import { timeBreakdown } from './timeBreakdown';

/** Everything one engine's run produced, for its part of the report. */
export type EngineRun = {
  database: BenchDatabase;
  seeded: SeedResult;
  seedSeconds: number;
  cases: BenchCase[];
  results: Measured[];
  measureSeconds: number;
  indexLines: string[];
  membershipLines: string[];
  comparisonSeconds: number;
};

export function printReport(text: string) {
  process.stdout.write(`${text}\n`);
}

/** The first lines of the report file: what was seeded and measured, on what machine. */
export function reportHeader(engines: Engine[]): string {
  return [
    `Workspaces API benchmark: ${settings.workspaces} workspaces, ${settings.events} events, ` +
      `${settings.iterations} iterations per case after ${settings.warmup} warm-up rounds`,
    `node ${process.version}, ${os.cpus().length} x ${
      os.cpus()[0]?.model ?? 'cpu'
    }, engines: ${engines.join(', ')}`,
    '',
  ].join('\n');
}

/** Writes the report to BENCH_REPORT or a new file in the temporary folder; returns where. */
export function writeReportFile(text: string): string {
  const file =
    process.env.BENCH_REPORT ??
    path.join(
      os.tmpdir(),
      `workspaces-api-bench-${new Date()
        .toISOString()
        .replace(/[:.]/g, '-')}.txt`,
    );
  fs.writeFileSync(file, text);
  return file;
}

/** The plans of the raw queries, unless BENCH_EXPLAIN=0. */
async function rawQueryPlans(run: EngineRun): Promise<string[]> {
  if (process.env.BENCH_EXPLAIN === '0') return [];
  const { engine, knex } = run.database;
  const lines = [
    `Plans of the raw queries (${
      engine === 'postgres' ? 'EXPLAIN ANALYZE' : 'EXPLAIN QUERY PLAN'
    }):`,
  ];
  for (const benchCase of run.cases) {
    lines.push(`-- ${benchCase.name}`);
    for (const line of await explain(knex, benchCase.sql.clone())) {
      lines.push(`   ${line}`);
    }
  }
  lines.push('');
  return lines;
}

/** One engine's part of the report: what was seeded, the tables, the comparisons, the plans. */
export async function engineReport(run: EngineRun): Promise<string> {
  const { database, seeded, cases } = run;
  const { counts } = seeded;
  const lines = [
    `=== ${database.version}: ${database.location} ===`,
    `seeded ${counts.workspaces} workspaces, ${counts.members} members, ${counts.jobs} jobs (${counts.activeJobs} active), ` +
      `${counts.events} events (${counts.hotEvents} on workspace ${
        seeded.hotWorkspaceId
      }) in ${run.seedSeconds.toFixed(1)} s ` +
      `(migrations, inserts${
        database.engine === 'postgres' ? ', VACUUM ANALYZE' : ''
      }); the developer sees ${seeded.developerVisible} with scope=mine`,
    `measured ${cases.length} cases x (${settings.warmup} warm-up + ${
      settings.iterations
    } iterations) in ${run.measureSeconds.toFixed(1)} s; ` +
      `load average ${os
        .loadavg()
        .map(l => l.toFixed(2))
        .join(' ')} on ${os.cpus().length} cores`,
    '',
    ...latencyTable(run.results),
    '',
    ...timeBreakdown(run.results),
    '',
    ...run.indexLines,
    '',
    ...run.membershipLines,
    `(index comparison and old EXISTS vs current IN comparison took ${run.comparisonSeconds.toFixed(
      1,
    )} s)`,
    '',
    ...(await rawQueryPlans(run)),
  ];
  return lines.join('\n');
}
