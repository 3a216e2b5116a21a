/*
 * The Terraform job runner: (a) its overhead on one provision job against raw
 * terraform, (b) the pickup latency across two runners, (c) throughput on one and two
 * runners, on PostgreSQL, in one run. See README.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { migrateWorkspacesDatabase } from '../../src/database';
import {
  startWorkspacesTestBackend,
  TEST_SECRET_ENV,
  type WorkspacesTestBackend,
} from '../../src/__testUtils__/startWorkspacesTestBackend';
import { openBenchDatabase } from '../databases';
import { formatTable, ms, percentile } from '../stats';
import {
  enqueueWorkspace,
  firstLogLineAt,
  pause,
  startedEventAt,
  waitForJobs,
  type JobTimes,
} from './jobTimes';
import { rawTerraformApply } from './rawTerraform';
import { runnerSettings, runnerTargets } from './runnerSettings';
import {
  benchAccount,
  LARGE_TEMPLATE,
  SMALL_TEMPLATE,
  terraformDataModule,
  writeBenchTemplates,
} from './templates';

jest.setTimeout(90 * 60_000);

const cleanups: Array<() => Promise<void>> = [];
// At the root, after the test backend's own afterAll (registered when its module loads):
// the backends and their runners stop before the database and the folders go.
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) {
    await cleanup();
  }
}, 300_000);

const report: string[] = [];
function print(text = '') {
  report.push(text);
  process.stdout.write(`${text}\n`);
}

const median = (values: number[]) => percentile(values, 50);
const yesNo = (met: boolean) => (met ? 'yes' : 'NO');

function header(databaseVersion: string) {
  const terraform = execFileSync(runnerSettings.terraformBinary, ['version'], {
    encoding: 'utf8',
    env: { ...process.env, CHECKPOINT_DISABLE: '1' },
    stdio: ['ignore', 'pipe', 'ignore'],
  }).split('\n')[0];
  print('# Workspaces job runner benchmark');
  print();
  print(
    `${new Date().toISOString()}, ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map(value => value.toFixed(2))
      .join(' ')}, node ${process.version}, ${terraform}, ${databaseVersion}`,
  );
  print(
    `settings: ${JSON.stringify({
      ...runnerSettings,
      pollIntervalMs: runnerSettings.pollIntervalMs ?? '200 (default)',
    })}`,
  );
}

it('measures the job runner: overhead, pickup latency, throughput', async () => {
  const started = Date.now();
  const database = await openBenchDatabase('postgres');
  cleanups.push(() => database.dispose());
  const { knex } = database;
  await migrateWorkspacesDatabase(knex);
  header(database.version);

  const root = await mkdtemp(path.join(os.tmpdir(), 'oq-runner-bench-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  const folders = await writeBenchTemplates(
    path.join(root, 'templates'),
    runnerSettings.overheadResources,
  );
  process.env[TEST_SECRET_ENV] = 'sandbox-secret-for-the-runner-benchmark';

  const startRunner = (name: string) =>
    startWorkspacesTestBackend({
      knex,
      extraStackTemplateRoots: [path.join(root, 'templates')],
      account: benchAccount(folders) as any,
      runner: {
        enabled: true,
        concurrency: runnerSettings.concurrency,
        workDirectory: path.join(root, `jobs-${name}`),
        terraformBinary: runnerSettings.terraformBinary,
        ...(runnerSettings.pollIntervalMs
          ? { pollIntervalMilliseconds: runnerSettings.pollIntervalMs }
          : {}),
      },
    });
  const runnerA = await startRunner('a');

  let serial = 0;
  const runJob = async (backend: WorkspacesTestBackend, template: string) => {
    serial += 1;
    const id = await enqueueWorkspace(backend, template, `Bench ${serial}`);
    const [job] = await waitForJobs(knex, [id], 'finished', { pollMs: 20 });
    return job;
  };

  // (a) Overhead: one 100-resource provision job at a time against raw terraform,
  // interleaved (the order alternates every round), after one warm-up of each.
  print();
  print(
    `## (a) Runner overhead: provision of ${runnerSettings.overheadResources} terraform_data resources`,
  );
  const module = terraformDataModule(runnerSettings.overheadResources);
  const raw: number[] = [];
  const viaRunner: number[] = [];
  const queuedToFinished: number[] = [];
  const rawOnce = () =>
    rawTerraformApply({
      binary: runnerSettings.terraformBinary,
      module,
      directory: path.join(root, 'raw'),
    });
  for (let round = -1; round < runnerSettings.overheadRepetitions; round++) {
    const order = round % 2 === 0 ? ['raw', 'runner'] : ['runner', 'raw'];
    for (const side of order) {
      if (side === 'raw') {
        const rawMs = await rawOnce();
        if (round >= 0) raw.push(rawMs);
      } else {
        const job = await runJob(runnerA, LARGE_TEMPLATE);
        if (round >= 0) {
          viaRunner.push(job.finishedAt - job.startedAt);
          queuedToFinished.push(job.finishedAt - job.createdAt);
        }
      }
    }
  }
  const overheadRatio = median(viaRunner) / median(raw);
  print(
    formatTable([
      ['', 'n', 'median ms', 'min ms', 'max ms'],
      ...(
        [
          ['raw terraform init+plan+apply (local backend)', raw],
          ['runner job, started_at -> finished_at', viaRunner],
          ['runner job, created_at -> finished_at', queuedToFinished],
        ] as Array<[string, number[]]>
      ).map(([label, values]) => [
        label,
        String(values.length),
        ms(median(values)),
        ms(Math.min(...values)),
        ms(Math.max(...values)),
      ]),
    ]),
  );
  print(
    `runner / raw (medians) = ${overheadRatio.toFixed(2)}; target <= ${
      runnerTargets.overheadRatio
    }: ${yesNo(
      overheadRatio <= runnerTargets.overheadRatio,
    )}; runner - raw = ${ms(median(viaRunner) - median(raw))} ms per job`,
  );

  // (c1) Throughput on one runner.
  const throughput = async (backends: WorkspacesTestBackend[]) => {
    // Queued 8 requests at a time, so queueing keeps ahead of the runners; it still
    // competes with their terraform processes for the CPU (see the enqueue column).
    const ids: string[] = [];
    const enqueueStart = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < runnerSettings.throughputJobs) {
          const index = next++;
          serial += 1;
          ids.push(
            await enqueueWorkspace(
              backends[index % backends.length],
              SMALL_TEMPLATE,
              `Bench ${serial}`,
            ),
          );
        }
      }),
    );
    const enqueueMs = Date.now() - enqueueStart;
    const jobs = await waitForJobs(knex, ids, 'finished', { pollMs: 250 });
    const first = Math.min(...jobs.map(job => job.createdAt));
    const firstClaim = Math.min(...jobs.map(job => job.startedAt));
    const last = Math.max(...jobs.map(job => job.finishedAt));
    const perRunner = new Map<string, number>();
    for (const job of jobs) {
      perRunner.set(job.runner, (perRunner.get(job.runner) ?? 0) + 1);
    }
    return {
      jobs,
      enqueueMs,
      makespanMs: last - first,
      claimedToLastMs: last - firstClaim,
      perMinute: jobs.length / ((last - first) / 60_000),
      jobMedianMs: median(jobs.map(job => job.finishedAt - job.startedAt)),
      waitMedianMs: median(jobs.map(job => job.startedAt - job.createdAt)),
      split: [...perRunner.values()].join(' / '),
    };
  };
  const one = await throughput([runnerA]);

  // Everything from here runs on two runners: a second backend on the same database.
  const runnerB = await startRunner('b');

  // (b) Pickup latency: one job at a time while both runners are idle, queued through
  // either backend at a random moment of the poll cycle.
  print();
  print(
    `## (b) Pickup latency across two runners (${runnerSettings.pickupJobs} jobs, one at a time, both idle)`,
  );
  const toClaim: number[] = [];
  const toEvent: number[] = [];
  const toFirstLog: number[] = [];
  const pickedBy = new Map<string, number>();
  const poll = runnerSettings.pollIntervalMs ?? 200;
  for (let i = 0; i < runnerSettings.pickupJobs; i++) {
    await pause(50 + Math.random() * poll);
    const job: JobTimes = await runJob(
      i % 2 === 0 ? runnerA : runnerB,
      SMALL_TEMPLATE,
    );
    toClaim.push(job.startedAt - job.createdAt);
    toEvent.push((await startedEventAt(knex, job.id)) - job.createdAt);
    toFirstLog.push((await firstLogLineAt(knex, job.id)) - job.createdAt);
    pickedBy.set(job.runner, (pickedBy.get(job.runner) ?? 0) + 1);
  }
  print(
    formatTable([
      ['from the job row created_at to', 'n', 'p50 ms', 'p95 ms', 'max ms'],
      ...(
        [
          ['claim (jobs.started_at)', toClaim],
          ['job.started event', toEvent],
          ['first log chunk (<= end of terraform init)', toFirstLog],
        ] as Array<[string, number[]]>
      ).map(([label, values]) => [
        label,
        String(values.length),
        ms(percentile(values, 50)),
        ms(percentile(values, 95)),
        ms(Math.max(...values)),
      ]),
    ]),
  );
  print(
    `jobs per runner: ${[...pickedBy.values()].join(
      ' / ',
    )}; p50 to the claim < ${runnerTargets.pickupP50Ms} ms: ${yesNo(
      percentile(toClaim, 50) < runnerTargets.pickupP50Ms,
    )}; p50 to the first log chunk < ${runnerTargets.pickupP50Ms} ms: ${yesNo(
      percentile(toFirstLog, 50) < runnerTargets.pickupP50Ms,
    )}`,
  );

  // (c2) Throughput on two runners.
  const two = await throughput([runnerA, runnerB]);
  print();
  print(
    `## (c) Throughput: ${runnerSettings.throughputJobs} jobs of 1 terraform_data, concurrency ${runnerSettings.concurrency} per runner`,
  );
  print(
    formatTable([
      [
        '',
        'jobs/min',
        'makespan s',
        'first claim->last s',
        'enqueue s',
        'job p50 ms',
        'wait p50 ms',
        'jobs per runner',
      ],
      ...(
        [
          ['one runner', one],
          ['two runners', two],
        ] as Array<[string, typeof one]>
      ).map(([label, result]) => [
        label,
        result.perMinute.toFixed(1),
        (result.makespanMs / 1000).toFixed(1),
        (result.claimedToLastMs / 1000).toFixed(1),
        (result.enqueueMs / 1000).toFixed(1),
        ms(result.jobMedianMs),
        ms(result.waitMedianMs),
        result.split,
      ]),
    ]),
  );
  print(
    'jobs/min = jobs / makespan (first created_at -> last finished_at); wait = created_at -> started_at',
  );
  const scaling = two.perMinute / one.perMinute;
  print(
    `two / one = ${scaling.toFixed(
      2,
    )}; doubles (>= ${runnerTargets.throughputScaling.toFixed(1)}): ${yesNo(
      scaling >= runnerTargets.throughputScaling,
    )}`,
  );
  print(
    `note: both runners are backends in this one Node process on ${
      os.cpus().length
    } cores, next to PostgreSQL and every terraform process; ${
      runnerSettings.concurrency * 2
    } terraform processes at once cannot run twice as fast as ${
      runnerSettings.concurrency
    } on them.`,
  );
  print();
  print(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const file =
    runnerSettings.reportFile ??
    path.join(
      os.tmpdir(),
      `workspaces-runner-bench-${new Date()
        .toISOString()
        .replace(/[:.]/g, '-')}.txt`,
    );
  // A benchmark, not a test: it fails only when a job failed (waitForJobs throws) or a
  // case measured nothing; it never fails for a missed target.
  expect([raw.length, viaRunner.length, toClaim.length]).toEqual([
    runnerSettings.overheadRepetitions,
    runnerSettings.overheadRepetitions,
    runnerSettings.pickupJobs,
  ]);
  await writeFile(file, `${report.join('\n')}\n`);
  process.stdout.write(`report written to ${file}\n`);
});
