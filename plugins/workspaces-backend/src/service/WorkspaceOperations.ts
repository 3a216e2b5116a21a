import { ConflictError, InputError } from '@backstage/errors';
import {
  jobOperationLabels,
  operationToJob,
  workspaceOperationLabels,
  type Job,
  type OperationRequest,
  type WorkspaceEvent,
  type WorkspaceOperation,
} from '@oqullus/plugin-workspaces-common';
import type { Caller } from '../access/Caller';
import type { WorkspacesStores } from '../database/WorkspacesDatabase';
import { enqueueJob } from './enqueueJob';
import {
  authorizeOperation,
  authorizeByPolicy,
  loadWorkspace,
} from './workspaceAuthorization';
import { workspaceEvent } from '../database/workspaceEvents';
import { jobNotFound } from './WorkspaceQueries';
import type { WorkspacesServiceContext } from './WorkspacesServiceContext';

/** Thrown to roll back a Delete that found a destroy job already queued or running. */
class DestroyUnderWay extends Error {
  constructor(readonly job: Job) {
    super(`Destroy job ${job.id} is already under way`);
  }
}

/** Operations that queue jobs (Provision, Syncs, Delete) and cancelling jobs. */
export class WorkspaceOperations {
  constructor(private readonly ctx: WorkspacesServiceContext) {}

  /** POST /workspaces/{id}/operations: queues provision or a sync. */
  async request(
    caller: Caller,
    id: string,
    request: OperationRequest,
  ): Promise<Job> {
    return this.queue(caller, id, request.operation);
  }

  /**
   * DELETE /workspaces/{id}: stops the active job, if any, and queues the destroy. While
   * a destroy is queued or running, answers with that job: a repeated Delete (a retry, a
   * double click) never queues a second one, which would cancel the first.
   */
  async delete(caller: Caller, id: string): Promise<Job> {
    try {
      return await this.queue(caller, id, 'delete');
    } catch (error) {
      if (!(error instanceof DestroyUnderWay)) throw error;
      return error.job;
    }
  }

  private async queue(
    caller: Caller,
    id: string,
    operation: WorkspaceOperation,
  ): Promise<Job> {
    const jobOperation = operationToJob(operation);
    if (!jobOperation) {
      throw new InputError(
        `${workspaceOperationLabels[operation]} does not queue a job`,
      );
    }
    const policy = await this.ctx.access.policyFor(caller);
    const { job, events } = await this.ctx.database.transaction(
      async stores => {
        const loaded = await loadWorkspace(stores, caller, policy, id);
        const activeJob = await stores.jobs.getActive(id);
        if (operation === 'delete' && activeJob?.operation === 'destroy') {
          authorizeByPolicy(policy, loaded, operation, activeJob);
          throw new DestroyUnderWay(activeJob);
        }
        authorizeOperation(policy, loaded, operation, activeJob);
        const now = this.ctx.clock();
        const appended: WorkspaceEvent[] = [];
        if (operation === 'delete' && activeJob) {
          appended.push(
            ...(await this.stopJob(stores, caller, activeJob, now, 'Delete')),
          );
        }
        const queued = await enqueueJob(stores, {
          workspace: loaded.workspace,
          operation: jobOperation,
          actor: caller.ref,
          now,
          onSlotTaken: winner => {
            // Another request won the race for this workspace's single job slot. If it
            // was a Delete, this one rolls back what it wrote and answers with its job.
            if (operation === 'delete' && winner?.operation === 'destroy') {
              throw new DestroyUnderWay(winner);
            }
          },
        });
        appended.push(queued.event);
        return { job: queued.job, events: appended };
      },
    );
    await this.ctx.broadcaster.publish(events);
    return job;
  }

  /** POST /jobs/{jobId}/cancel. */
  async cancel(caller: Caller, jobId: string): Promise<Job> {
    const policy = await this.ctx.access.policyFor(caller);
    const { job, events } = await this.ctx.database.transaction(
      async stores => {
        const found = await stores.jobs.get(jobId);
        if (!found) throw jobNotFound(jobId);
        const loaded = await loadWorkspace(
          stores,
          caller,
          policy,
          found.workspaceId,
        ).catch(() => {
          throw jobNotFound(jobId);
        });
        const activeJob = await stores.jobs.getActive(found.workspaceId);
        if (found.cancelRequestedAt && found.status === 'running') {
          throw new ConflictError(
            `Job ${jobId} is already being cancelled (asked at ${found.cancelRequestedAt}); Terraform is stopping`,
          );
        }
        if (activeJob?.id !== jobId) {
          throw new ConflictError(
            `Job ${jobId} is ${found.status}, not queued or running: there is nothing to cancel`,
          );
        }
        authorizeOperation(policy, loaded, 'cancel', activeJob);
        const now = this.ctx.clock();
        const appended = await this.stopJob(
          stores,
          caller,
          activeJob,
          now,
          'Cancel job',
        );
        return {
          job: (await stores.jobs.get(jobId)) as Job,
          events: appended,
        };
      },
    );
    await this.ctx.broadcaster.publish(events);
    return job;
  }

  /**
   * A queued job is cancelled at once. A running one is marked for cancellation: it
   * stays running until the runner has stopped Terraform (which must not be killed
   * mid-write) and then finishes it as cancelled. The mark frees the workspace's job
   * slot, so a Delete can queue its destroy job; the runner starts that only once the
   * stopping job's process is gone.
   */
  private async stopJob(
    stores: WorkspacesStores,
    caller: Caller,
    job: Job,
    now: Date,
    because: string,
  ): Promise<WorkspaceEvent[]> {
    const at = now.toISOString();
    const base = {
      workspaceId: job.workspaceId,
      at: now,
      actor: caller.ref,
      jobId: job.id,
    };
    const label = jobOperationLabels[job.operation];
    if (job.status === 'queued') {
      const cancelled = await stores.jobs.update(
        job.id,
        {
          status: 'cancelled',
          cancelRequestedAt: at,
          finishedAt: at,
          steps: job.steps.map(step => ({ ...step, status: 'cancelled' })),
        },
        { expectedStatuses: ['queued'] },
      );
      if (cancelled) {
        const requested = await stores.events.append(
          workspaceEvent('job.cancelled', {
            ...base,
            message: `${caller.ref} cancelled ${label} before it started (${because})`,
            data: { operation: job.operation },
          }),
        );
        const finished = await stores.events.append(
          workspaceEvent('job.finished', {
            ...base,
            level: 'warning',
            message: `${label} was cancelled before it started`,
            data: { operation: job.operation, status: 'cancelled' },
          }),
        );
        return [requested, finished];
      }
      // It was claimed meanwhile: fall through and stop it as a running job.
    }
    const marked = await stores.jobs.update(
      job.id,
      { cancelRequestedAt: at },
      { expectedStatuses: ['queued', 'running'] },
    );
    if (!marked) {
      return [];
    }
    return [
      await stores.events.append(
        workspaceEvent('job.cancelled', {
          ...base,
          level: 'warning',
          message: `${caller.ref} asked to cancel ${label} (${because}); Terraform is being stopped`,
          data: { operation: job.operation },
        }),
      ),
    ];
  }
}
