import type { SeedRandom } from './seedRandom';
import { isoTime } from './timeline';
import type { SeededWorkspace } from './workspaceRows';

function stepStatusOf(jobStatus: string): string {
  if (jobStatus === 'queued' || jobStatus === 'running') return 'running';
  return jobStatus === 'failed' ? 'failed' : 'succeeded';
}

/** A row of `jobs`, as the job runner leaves it. */
function jobRow(job: {
  id: string;
  workspaceId: string;
  operation: string;
  status: string;
  requestedBy: string;
  at: number;
  leaseUntil: number;
  error: string | null;
}): Record<string, unknown> {
  const active = job.status === 'queued' || job.status === 'running';
  const running = job.status === 'running';
  const stepStatus = stepStatusOf(job.status);
  return {
    id: job.id,
    workspace_id: job.workspaceId,
    operation: job.operation,
    status: job.status,
    requested_by: job.requestedBy,
    attempt: 1,
    steps: JSON.stringify([
      { name: 'infrastructure', kind: 'infrastructure', status: stepStatus },
      {
        name: 'orchestrator',
        kind: 'app',
        status: active ? 'pending' : stepStatus,
      },
      {
        name: 'notebooks',
        kind: 'app',
        status: active ? 'pending' : stepStatus,
      },
    ]),
    error: job.error,
    created_at: isoTime(job.at),
    started_at: job.status === 'queued' ? null : isoTime(job.at + 5_000),
    finished_at: active ? null : isoTime(job.at + 600_000),
    cancel_requested_at: null,
    lease_owner: running ? 'workspaces-backend-0' : null,
    lease_expires_at: running ? isoTime(job.leaseUntil + 60_000) : null,
    heartbeat_at: running ? isoTime(job.leaseUntil) : null,
  };
}

/**
 * One workspace's jobs: a finished history that fits its status, and one active job
 * while it is provisioning or deleting.
 */
export function jobRows(
  random: SeedRandom,
  workspace: SeededWorkspace,
): Record<string, unknown>[] {
  const { status, updatedAt } = workspace;
  const rows: Record<string, unknown>[] = [];
  const job = (
    operation: string,
    jobStatus: string,
    at: number,
    error: string | null = null,
  ) =>
    rows.push(
      jobRow({
        id: random.uuid(),
        workspaceId: workspace.id,
        operation,
        status: jobStatus,
        requestedBy: workspace.createdBy,
        at,
        leaseUntil: updatedAt,
        error,
      }),
    );
  const start = workspace.createdAt + 120_000;
  if (status === 'provisioning') {
    job('provision', random.next() < 0.7 ? 'running' : 'queued', start);
  } else if (status === 'failed') {
    job('provision', 'failed', start, 'terraform apply exited with 1');
  } else if (status !== 'created') {
    job('provision', 'succeeded', start);
    const syncs = status === 'running' ? Math.floor(random.next() * 3) : 0;
    for (let s = 1; s <= syncs; s++) {
      job(
        random.next() < 0.5 ? 'sync-apps' : 'sync-infrastructure',
        'succeeded',
        start + s * 86_400_000,
      );
    }
    if (status === 'deleting') job('destroy', 'running', updatedAt);
    if (status === 'deleted') job('destroy', 'succeeded', updatedAt);
  }
  return rows;
}
