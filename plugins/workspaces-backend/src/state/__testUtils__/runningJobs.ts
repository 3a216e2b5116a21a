import type { Knex } from 'knex';
import { timeToColumn } from '../../database/columnValues';
import { DatabaseWorkspacesDatabase } from '../../database/DatabaseWorkspacesDatabase';
import { aJob, aWorkspace } from '../../database/__testUtils__/fixtures';

export type RunningJob = {
  workspaceId: string;
  jobId: string;
  requestedBy: string;
};

export function inMinutes(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000).toISOString();
}

/**
 * A job as the runner leaves it while Terraform runs: `running`, under a lease. Creates
 * a workspace for it unless one is given (which must have no other active job).
 */
export async function aRunningJob(
  knex: Knex,
  options: { workspaceId?: string; leaseExpiresAt?: string } = {},
): Promise<RunningJob> {
  const database = new DatabaseWorkspacesDatabase(knex);
  let workspaceId = options.workspaceId;
  if (!workspaceId) {
    const workspace = aWorkspace({ status: 'provisioning' });
    await database.stores.workspaces.insert(workspace);
    workspaceId = workspace.id;
  }
  const job = await database.stores.jobs.insert(aJob(workspaceId));
  await setJobRun(knex, job.id, {
    status: 'running',
    leaseExpiresAt: options.leaseExpiresAt ?? inMinutes(60),
  });
  return { workspaceId, jobId: job.id, requestedBy: job.requestedBy };
}

/**
 * Sets what the job runner owns: status and lease. Written directly because the lease
 * columns have no store yet (the runner's, being written alongside).
 */
export async function setJobRun(
  knex: Knex,
  jobId: string,
  run: {
    status?: 'running' | 'succeeded' | 'failed' | 'cancelled';
    leaseExpiresAt?: string | null;
    cancelRequestedAt?: string;
  },
): Promise<void> {
  await knex('jobs')
    .where({ id: jobId })
    .update({
      ...(run.status && { status: run.status }),
      ...(run.leaseExpiresAt !== undefined && {
        lease_owner: run.leaseExpiresAt ? 'test-runner' : null,
        lease_expires_at: run.leaseExpiresAt
          ? timeToColumn(run.leaseExpiresAt)
          : null,
      }),
      ...(run.cancelRequestedAt && {
        cancel_requested_at: timeToColumn(run.cancelRequestedAt),
      }),
    });
}
