import { randomUUID } from 'node:crypto';
import { ConflictError } from '@backstage/errors';
import {
  jobOperationLabels,
  type Job,
  type JobOperation,
  type WorkspaceEvent,
} from '@oqullus/plugin-workspaces-common';
import { ActiveJobExistsError } from '../database/JobStore';
import type { WorkspaceRecord } from '../database/WorkspaceStore';
import type { WorkspacesStores } from '../database/WorkspacesDatabase';
import { workspaceEvent } from '../database/workspaceEvents';
import { planJobSteps } from './planJobSteps';

/** The refusal of a job that lost the race for the workspace's single job slot. */
export function jobSlotTaken(operation: JobOperation): ConflictError {
  return new ConflictError(
    `${jobOperationLabels[operation]} must wait: another operation was queued on this workspace just now; wait for it to finish or cancel it`,
  );
}

/**
 * Queues a job, inside the caller's transaction: the one way every job comes to be
 * (creation, approval, operations), so attempts, steps, the one-active-job refusal and
 * the `job.queued` event are the same whoever asks. The attempt counts the jobs of the
 * same operation the workspace had before. The caller decided that the job may be
 * queued; the database still allows only one active job per workspace, and a request
 * that loses that race is refused with a ConflictError, unless `onSlotTaken` (told the
 * winning job) throws its own answer first.
 */
export async function enqueueJob(
  stores: WorkspacesStores,
  request: {
    workspace: Pick<WorkspaceRecord, 'id' | 'apps'>;
    operation: JobOperation;
    actor: string;
    now: Date;
    onSlotTaken?: (winner: Job | undefined) => void;
  },
): Promise<{ job: Job; event: WorkspaceEvent }> {
  const { workspace, operation, actor, now } = request;
  const at = now.toISOString();
  const [previous] = await stores.jobs.listForWorkspace(workspace.id, {
    limit: 1,
    operation,
  });
  let job: Job;
  try {
    job = await stores.jobs.insert({
      id: randomUUID(),
      workspaceId: workspace.id,
      operation,
      requestedBy: actor,
      attempt: (previous?.attempt ?? 0) + 1,
      steps: planJobSteps(operation, workspace),
      createdAt: at,
    });
  } catch (error) {
    if (!(error instanceof ActiveJobExistsError)) throw error;
    request.onSlotTaken?.(await stores.jobs.getActive(workspace.id));
    throw jobSlotTaken(operation);
  }
  await stores.workspaces.update(workspace.id, {
    lastActivityAt: at,
    updatedAt: at,
  });
  const event = await stores.events.append(
    workspaceEvent('job.queued', {
      workspaceId: workspace.id,
      at: now,
      actor,
      jobId: job.id,
      message: `${jobOperationLabels[operation]} is queued`,
      data: { operation },
    }),
  );
  return { job, event };
}
