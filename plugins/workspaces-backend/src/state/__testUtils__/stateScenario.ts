import type {
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { migrateWorkspacesDatabase } from '../../database';
import type { StateKey } from '../StateStore';
import { aRunningJob, inMinutes, type RunningJob } from './runningJobs';
import {
  basicAuth,
  startStateTestServer,
  type StateTestServer,
} from './stateTestServer';

export type StateScenario = {
  knex: Knex;
  server: StateTestServer;
  /** A running job of a fresh workspace, with a credential for its Terraform. */
  job: RunningJob;
  token: string;
  /** Basic auth as that job's Terraform sends it. */
  asJob: string;
  key: StateKey;
  url: string;
};

/** A migrated database, the state server on it, and one running job ready to use it. */
export async function startStateScenario(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  options: { maxStateSize?: string } = {},
): Promise<StateScenario> {
  const knex = await databases.init(databaseId);
  await migrateWorkspacesDatabase(knex);
  const server = await startStateTestServer(knex, options);
  const job = await aRunningJob(knex);
  const token = await server.credentials.mint(
    job.jobId,
    job.workspaceId,
    inMinutes(30),
  );
  const key = { workspaceId: job.workspaceId, component: 'infrastructure' };
  return {
    knex,
    server,
    job,
    token,
    asJob: basicAuth('job', token),
    key,
    url: server.stateUrl(key),
  };
}
