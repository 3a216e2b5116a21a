import type {
  Job,
  JobOperation,
  JobStatus,
  JobStep,
} from '@oqullus/plugin-workspaces-common';
import {
  jsonFromColumn,
  jsonToColumn,
  optionalFromColumn,
  optionalTimeFromColumn,
  optionalTimeToColumn,
  timeFromColumn,
  timeToColumn,
  type TimeColumn,
  withoutUndefined,
} from './columnValues';
import type { JobPatch, NewJob } from './JobStore';

/** A row of the `jobs` table; the lease columns belong to the runner, not to Job. */
export type JobRow = {
  id: string;
  workspace_id: string;
  operation: JobOperation;
  status: JobStatus;
  requested_by: string;
  attempt: number;
  steps: string;
  error: string | null;
  created_at: TimeColumn;
  started_at: TimeColumn | null;
  finished_at: TimeColumn | null;
  cancel_requested_at: TimeColumn | null;
};

export function jobFromRow(row: JobRow): Job {
  return withoutUndefined({
    id: row.id,
    workspaceId: row.workspace_id,
    operation: row.operation,
    status: row.status,
    requestedBy: row.requested_by,
    attempt: Number(row.attempt),
    steps: jsonFromColumn<JobStep[]>(row.steps),
    createdAt: timeFromColumn(row.created_at),
    startedAt: optionalTimeFromColumn(row.started_at),
    finishedAt: optionalTimeFromColumn(row.finished_at),
    error: optionalFromColumn(row.error),
    cancelRequestedAt: optionalTimeFromColumn(row.cancel_requested_at),
  });
}

export function newJobToRow(job: NewJob): Record<string, unknown> {
  return {
    id: job.id,
    workspace_id: job.workspaceId,
    operation: job.operation,
    status: 'queued' satisfies JobStatus,
    requested_by: job.requestedBy,
    attempt: job.attempt,
    steps: jsonToColumn(job.steps),
    created_at: timeToColumn(job.createdAt),
  };
}

/**
 * The columns a patch sets. Status and steps left undefined are not touched; an optional
 * field present as undefined (`error: undefined`) is cleared.
 */
export function jobPatchToRow(patch: JobPatch): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  const has = (key: keyof JobPatch) =>
    Object.prototype.hasOwnProperty.call(patch, key);
  if (patch.status !== undefined) row.status = patch.status;
  if (patch.steps !== undefined) row.steps = jsonToColumn(patch.steps);
  if (has('startedAt')) row.started_at = optionalTimeToColumn(patch.startedAt);
  if (has('finishedAt')) {
    row.finished_at = optionalTimeToColumn(patch.finishedAt);
  }
  if (has('error')) row.error = patch.error ?? null;
  if (has('cancelRequestedAt')) {
    row.cancel_requested_at = optionalTimeToColumn(patch.cancelRequestedAt);
  }
  return row;
}
