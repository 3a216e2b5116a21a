/* eslint-disable @backstage/no-undeclared-imports -- a benchmark, run by jest like the tests */
import knexFactory, { type Knex } from 'knex';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export type Engine = 'sqlite' | 'postgres';

export const POSTGRES_CONNECTION_ENV =
  'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';

/** A fresh, empty database of one engine, and how to get rid of it. */
export type BenchDatabase = {
  engine: Engine;
  knex: Knex;
  /** Where it lives, for the report. */
  location: string;
  version: string;
  dispose(): Promise<void>;
};

/** BENCH_KEEP_DATABASE=1 leaves the seeded databases behind, to look at them afterwards. */
function keepDatabases(): boolean {
  return process.env.BENCH_KEEP_DATABASE === '1';
}

/** The engines asked for with BENCH_DATABASES (default: both). */
export function selectedEngines(): Engine[] {
  const wanted = (process.env.BENCH_DATABASES ?? 'sqlite,postgres')
    .split(',')
    .map(value => value.trim().toLowerCase())
    .filter(Boolean);
  for (const engine of wanted) {
    if (engine !== 'sqlite' && engine !== 'postgres') {
      throw new Error(
        `BENCH_DATABASES names '${engine}'; use sqlite, postgres or both separated by a comma`,
      );
    }
  }
  return wanted as Engine[];
}

export async function openBenchDatabase(
  engine: Engine,
): Promise<BenchDatabase> {
  return engine === 'sqlite' ? openSqlite() : openPostgres();
}

/**
 * SQLite in a file (not :memory:), configured like Backstage's SQLite connector: one
 * connection, foreign keys on.
 */
async function openSqlite(): Promise<BenchDatabase> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'oq-bench-'));
  const filename = path.join(directory, 'workspaces.sqlite');
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename },
    useNullAsDefault: true,
    pool: {
      afterCreate(
        connection: { pragma(source: string): unknown },
        done: (error: Error | null, connection: unknown) => void,
      ) {
        connection.pragma('foreign_keys = ON');
        done(null, connection);
      },
    },
  });
  const [{ version }] = await knex.raw('select sqlite_version() as version');
  return {
    engine: 'sqlite',
    knex,
    location: filename,
    version: `SQLite ${version} (better-sqlite3)`,
    async dispose() {
      await knex.destroy();
      if (keepDatabases()) {
        process.stdout.write(`BENCH_KEEP_DATABASE: kept ${filename}\n`);
        return;
      }
      await fs.rm(directory, { recursive: true, force: true });
    },
  };
}

/** A new database `oq_bench_<random>` on the test PostgreSQL, dropped by dispose(). */
async function openPostgres(): Promise<BenchDatabase> {
  const connectionString = process.env[POSTGRES_CONNECTION_ENV];
  if (!connectionString) {
    throw new Error(
      `PostgreSQL: set ${POSTGRES_CONNECTION_ENV} (e.g. postgresql://postgres@127.0.0.1:5432; ` +
        'oq_ensure_test_postgres in scripts/lib/toolchain.sh does), or run SQLite only with BENCH_DATABASES=sqlite',
    );
  }
  const database = `oq_bench_${randomBytes(6).toString('hex')}`;
  const admin = knexFactory({
    client: 'pg',
    connection: connectionString,
    pool: { min: 0, max: 1 },
  });
  try {
    await admin.raw('CREATE DATABASE ??', [database]);
  } finally {
    await admin.destroy();
  }
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  // The pool of Backstage's test databases (TestDatabases' TEST_POOL_CONFIG).
  const knex = knexFactory({
    client: 'pg',
    connection: url.toString(),
    pool: { min: 0, max: 5 },
  });
  const [{ server_version: version }] = (await knex.raw('SHOW server_version'))
    .rows;
  return {
    engine: 'postgres',
    knex,
    location: `${url.host}/${database}`,
    version: `PostgreSQL ${version}`,
    async dispose() {
      await knex.destroy();
      if (keepDatabases()) {
        process.stdout.write(
          `BENCH_KEEP_DATABASE: kept ${database} (psql ${url.toString()})\n`,
        );
        return;
      }
      const cleanup = knexFactory({
        client: 'pg',
        connection: connectionString,
        pool: { min: 0, max: 1 },
      });
      try {
        await cleanup.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [
          database,
        ]);
      } finally {
        await cleanup.destroy();
      }
    },
  };
}
