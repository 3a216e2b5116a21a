import type { Knex } from 'knex';
import type { WorkspacesTestBackend } from '../../src/__testUtils__/startWorkspacesTestBackend';

/** When one job was queued, claimed, logged its first line and finished (epoch ms). */
export type JobTimes = {
  id: string;
  workspaceId: string;
  status: string;
  error: string | null;
  runner: string;
  createdAt: number;
  startedAt: number;
  finishedAt: number;
};

const epoch = (value: unknown): number =>
  value === null || value === undefined
    ? Number.NaN
    : new Date(value as string | Date).getTime();

const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Creates a workspace of the template through the REST API as the admin; the API queues
 * its provision job. Returns the workspace id.
 */
export async function enqueueWorkspace(
  backend: WorkspacesTestBackend,
  template: string,
  name: string,
): Promise<string> {
  const response = await backend
    .as('admin')
    .post('/workspaces')
    .send({
      name,
      provisioning: {
        stackTemplate: template,
        cloudCredential: 'local-sandbox',
        stateStorage: 'builtin',
      },
    });
  if (response.status !== 201) {
    throw new Error(
      `Creating ${name} answered ${response.status}: ${JSON.stringify(
        response.body,
      )}`,
    );
  }
  return response.body.id;
}

/** The jobs of these workspaces as they are now. */
async function readJobs(knex: Knex, workspaceIds: string[]) {
  const rows: any[] = [];
  // Chunks keep the IN list short.
  for (let i = 0; i < workspaceIds.length; i += 200) {
    rows.push(
      ...(await knex('jobs')
        .whereIn('workspace_id', workspaceIds.slice(i, i + 200))
        .select(
          'id',
          'workspace_id',
          'status',
          'error',
          'lease_owner',
          'created_at',
          'started_at',
          'finished_at',
        )),
    );
  }
  return rows.map(
    (row): JobTimes => ({
      id: row.id,
      workspaceId: row.workspace_id,
      status: row.status,
      error: row.error,
      runner: row.lease_owner ?? '',
      createdAt: epoch(row.created_at),
      startedAt: epoch(row.started_at),
      finishedAt: epoch(row.finished_at),
    }),
  );
}

/**
 * Waits until the jobs of all these workspaces are claimed (`until: 'started'`) or ended
 * (`until: 'finished'`), polling the jobs table; throws if a finished job did not succeed.
 */
export async function waitForJobs(
  knex: Knex,
  workspaceIds: string[],
  until: 'started' | 'finished',
  options: { pollMs?: number; timeoutMs?: number } = {},
): Promise<JobTimes[]> {
  const deadline = Date.now() + (options.timeoutMs ?? 20 * 60_000);
  for (;;) {
    const jobs = await readJobs(knex, workspaceIds);
    const done = jobs.filter(job =>
      Number.isFinite(until === 'started' ? job.startedAt : job.finishedAt),
    );
    if (done.length === workspaceIds.length && jobs.length === done.length) {
      if (until === 'finished') {
        const failed = jobs.filter(job => job.status !== 'succeeded');
        if (failed.length > 0) {
          throw new Error(
            `${failed.length} job(s) did not succeed, e.g. ${failed[0].id}: ${failed[0].status} ${failed[0].error}`,
          );
        }
      }
      return jobs;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${done.length} of ${workspaceIds.length} jobs ${until} before the timeout`,
      );
    }
    await pause(options.pollMs ?? 100);
  }
}

/** When the job's first log line (Terraform's first output) was written, epoch ms. */
export async function firstLogLineAt(knex: Knex, jobId: string) {
  const row = await knex('job_logs')
    .where({ job_id: jobId })
    .min({ at: 'created_at' })
    .first();
  return epoch(row?.at);
}

/** When the runner wrote the job's `job.started` event, epoch ms. */
export async function startedEventAt(knex: Knex, jobId: string) {
  const row = await knex('events')
    .where({ job_id: jobId, type: 'job.started' })
    .min({ at: 'created_at' })
    .first();
  return epoch(row?.at);
}

export { pause };
