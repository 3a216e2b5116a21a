/* eslint-disable jest/no-export -- a helper for test files, not a test file itself */
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** The test stack that waits at a gate (src/__fixtures__/gated-stack). */
export const GATED_TEMPLATE = 'gated-stack';
const fixtures = path.resolve(__dirname, '../__fixtures__');

/** Where a test backend keeps its data: SQLite files, or databases on PostgreSQL. */
export type PortalDatabase =
  | { kind: 'sqlite'; directory: string }
  | { kind: 'pg'; connectionString: string; prefix: string };

/** A fresh PostgreSQL database prefix, so each test's plugin databases are its own. */
export function pgDatabase(connectionString: string): PortalDatabase {
  return {
    kind: 'pg',
    connectionString,
    prefix: `oqtest_${randomBytes(4).toString('hex')}_`,
  };
}

function databaseConfig(database: PortalDatabase) {
  if (database.kind === 'sqlite') {
    return {
      client: 'better-sqlite3',
      connection: { directory: database.directory },
    };
  }
  const url = new URL(database.connectionString);
  return {
    client: 'pg',
    prefix: database.prefix,
    connection: {
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username || 'postgres'),
      password: decodeURIComponent(url.password),
    },
  };
}

/**
 * Config for one portal backend of a test, on top of app-config.yaml: its own port and
 * database, a job work directory, and the gated test stack as the only template.
 */
export function portalTestConfig(options: {
  port: number;
  database: PortalDatabase;
  workDirectory: string;
  runner?: Record<string, unknown>;
}) {
  const url = `http://localhost:${options.port}`;
  return {
    backend: {
      baseUrl: url,
      listen: { port: options.port },
      database: databaseConfig(options.database),
    },
    workspaces: {
      stackTemplateRoots: [fixtures],
      account: {
        stackTemplates: [
          {
            name: GATED_TEMPLATE,
            title: 'Gated stack (tests)',
            owner: 'group:default/platform',
            source: {
              type: 'directory',
              path: path.join(fixtures, GATED_TEMPLATE),
            },
            inputs: {
              type: 'object',
              required: ['gate_file'],
              properties: { gate_file: { type: 'string' } },
            },
            apps: [],
            requiresApproval: false,
          },
        ],
      },
      runner: {
        workDirectory: options.workDirectory,
        pollIntervalMilliseconds: 100,
        ...options.runner,
      },
    },
  };
}
