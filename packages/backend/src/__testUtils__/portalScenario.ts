/* eslint-disable jest/no-export -- a helper for test files, not a test file itself */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import knexFactory from 'knex';
import { eventually } from '@oqullus/plugin-workspaces-common/testUtils';
import {
  eventsOf,
  portalPatience,
  tokenFor,
  workspacesApi,
  type WorkspacesApi,
} from './portalApi';
import {
  freePort,
  startPortalBackend,
  type PortalBackend,
} from './portalBackend';
import {
  GATED_TEMPLATE,
  portalTestConfig,
  type PortalDatabase,
} from './portalTestConfig';

/** The PostgreSQL the database tests use, when there is one. */
export const postgresConnectionString =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;

/**
 * A test's portal backends and their shared database, work directory and gate files;
 * `dispose()` kills what is left and removes every trace.
 */
export async function portalScenario(database: PortalDatabase | 'sqlite') {
  const root = await mkdtemp(path.join(os.tmpdir(), 'oq-portal-'));
  const resolved: PortalDatabase =
    database === 'sqlite'
      ? { kind: 'sqlite', directory: path.join(root, 'sqlite') }
      : database;
  const workDirectory = path.join(root, 'jobs');
  const backends: PortalBackend[] = [];
  let started = 0;

  return {
    root,
    workDirectory,
    /** A gate file path that does not exist yet. */
    gateFile: () => path.join(root, `gate-${randomBytes(3).toString('hex')}`),

    /** Starts a backend; a restart passes the port the backend it replaces had. */
    async start(
      runner: Record<string, unknown> = {},
      options: { port?: number } = {},
    ) {
      started += 1;
      const port = options.port ?? (await freePort());
      const backend = await startPortalBackend({
        config: portalTestConfig({
          port,
          database: resolved,
          workDirectory,
          runner: { cancelGraceSeconds: 20, ...runner },
        }),
        configFile: path.join(root, `app-config.test-${started}.yaml`),
        env: {
          OQULLUS_SANDBOX_API_KEY: 'sandbox-secret-for-portal-tests',
          OQULLUS_SCRIPT_TOKEN: randomBytes(24).toString('base64url'),
        },
      });
      backends.push(backend);
      return backend;
    },

    async dispose() {
      for (const backend of backends) {
        if (backend.child.exitCode === null && !backend.child.signalCode) {
          backend.child.kill('SIGKILL');
        }
      }
      if (resolved.kind === 'pg') await dropDatabases(resolved);
      await rm(root, { recursive: true, force: true, maxRetries: 10 });
    },
  };
}

async function dropDatabases(
  database: Extract<PortalDatabase, { kind: 'pg' }>,
) {
  const knex = knexFactory({
    client: 'pg',
    connection: database.connectionString,
  });
  try {
    const { rows } = await knex.raw(
      'SELECT datname FROM pg_database WHERE datname LIKE ?',
      [`${database.prefix}%`],
    );
    for (const { datname } of rows) {
      await knex.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [datname]);
    }
  } finally {
    await knex.destroy();
  }
}

/** The Account Owner's API on a backend: creates without approval. */
export async function ownerApi(backend: PortalBackend): Promise<WorkspacesApi> {
  return workspacesApi(
    backend.url,
    await tokenFor(backend.url, 'olivia.owner'),
  );
}

/** Creates a workspace of the gated stack; its apply waits at `gateFile`. */
export async function createGatedWorkspace(
  api: WorkspacesApi,
  gateFile: string,
  name = 'Gated workspace',
): Promise<{ id: string; jobId: string }> {
  const created = await api.post('/workspaces', {
    name,
    provisioning: {
      stackTemplate: GATED_TEMPLATE,
      cloudCredential: 'local-sandbox',
      stateStorage: 'builtin',
    },
    parameters: { gate_file: gateFile },
  });
  if (created.status !== 201) {
    throw new Error(
      `Creating: ${created.status} ${JSON.stringify(created.body)}`,
    );
  }
  const jobs = await api.get(`/workspaces/${created.body.id}/jobs`);
  return { id: created.body.id, jobId: jobs.body.items[0].id };
}

/**
 * Waits until Terraform is waiting at the gate of the workspace's stack: the gate's
 * resource has started and its provisioner's output has reached the job's log (the log
 * follows Terraform's output file, so it can trail the resource event).
 */
export async function waitAtGate(api: WorkspacesApi, id: string) {
  await eventually(
    'Terraform to wait at the gate',
    async () => {
      const atGate = (await eventsOf(api, id)).some(
        e =>
          e.type === 'terraform.resource' &&
          e.data.address === 'terraform_data.gate' &&
          e.data.phase === 'started',
      );
      if (!atGate) return undefined;
      const jobs = await api.get(`/workspaces/${id}/jobs`);
      const log = await api.get(`/jobs/${jobs.body.items[0].id}/log?limit=500`);
      return logText(log.body).includes('waiting at the gate') || undefined;
    },
    portalPatience,
  );
}

/** The text of a page of a job's log. */
export function logText(page: { items: Array<{ text: string }> }): string {
  return page.items.map(chunk => chunk.text).join('\n');
}

/** Waits until the workspace has the status and no active job. */
export async function waitForStatus(
  api: WorkspacesApi,
  id: string,
  wanted: string[],
  timeoutMs = 120_000,
) {
  return eventually(
    `workspace ${id} to be ${wanted.join(' or ')}`,
    async () => {
      const view = await api.get(`/workspaces/${id}`);
      return wanted.includes(view.body.status) && !view.body.activeJob
        ? view.body
        : undefined;
    },
    { ...portalPatience, timeoutMs },
  );
}

/** The pid in a runner id (`host:pid:random`) from a job.started event's message. */
export function runnerPidsOf(events: any[], jobId: string): number[] {
  return events
    .filter(e => e.type === 'job.started' && e.jobId === jobId)
    .map(e => Number(/runner [^:\s]+:(\d+):/.exec(e.message)?.[1]));
}

/** Lines where the backend answered a state request of Terraform with 503. */
export function refusedStateRequests(backend: PortalBackend): string[] {
  return backend.output
    .join('')
    .split('\n')
    .filter(
      line => line.includes('/api/workspaces/state/') && / 503 /.test(line),
    );
}
