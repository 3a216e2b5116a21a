import {
  jobOperationLabels,
  workspaceStatusLabels,
  type Job,
  type WorkspaceStatus,
} from '@oqullus/plugin-workspaces-common';
import type { NewWorkspaceEvent } from '../database/EventStore';
import { workspaceEvent } from '../database/workspaceEvents';

/** The events a runner writes about a job's progress, with their sentences. */
export const jobLifecycleEvents = {
  started(job: Job, at: Date, runnerId: string): NewWorkspaceEvent {
    return workspaceEvent('job.started', {
      workspaceId: job.workspaceId,
      jobId: job.id,
      at,
      message: `${jobOperationLabels[job.operation]} started (attempt ${
        job.attempt
      }, runner ${runnerId})`,
      data: { operation: job.operation },
    });
  },

  statusChanged(
    job: Job,
    at: Date,
    from: WorkspaceStatus,
    to: WorkspaceStatus,
    reason?: string,
  ): NewWorkspaceEvent {
    return workspaceEvent('status.changed', {
      workspaceId: job.workspaceId,
      jobId: job.id,
      at,
      level: to === 'failed' ? 'error' : 'info',
      message: `The workspace is ${workspaceStatusLabels[to]} (was ${
        workspaceStatusLabels[from]
      })${reason ? `: ${reason}` : ''}`,
      data: { from, to, reason },
    });
  },

  handedOn(job: Job, at: Date): NewWorkspaceEvent {
    return workspaceEvent('job.queued', {
      workspaceId: job.workspaceId,
      jobId: job.id,
      at,
      message: `${
        jobOperationLabels[job.operation]
      } went back to the queue: the backend it ran on shut down, and Terraform stopped with its state saved; the next runner goes on from there`,
      data: { operation: job.operation },
    });
  },

  stepSkipped(job: Job, at: Date, step: string): NewWorkspaceEvent {
    return workspaceEvent('job.step-skipped', {
      workspaceId: job.workspaceId,
      jobId: job.id,
      at,
      message: `Skipped ${step}: it holds no Terraform state, so there is nothing to destroy`,
      data: { operation: job.operation, step, reason: 'no-state' },
    });
  },

  finished(
    job: Job,
    at: Date,
    status: 'succeeded' | 'failed' | 'cancelled',
    error?: string,
  ): NewWorkspaceEvent {
    const label = jobOperationLabels[job.operation];
    const messages = {
      succeeded: `${label} succeeded`,
      failed: `${label} failed: ${error}`,
      cancelled: `${label} was cancelled${error ? `: ${error}` : ''}`,
    };
    return workspaceEvent('job.finished', {
      workspaceId: job.workspaceId,
      jobId: job.id,
      at,
      level: { succeeded: 'info', failed: 'error', cancelled: 'warning' }[
        status
      ] as 'info' | 'error' | 'warning',
      message: messages[status],
      data: { operation: job.operation, status, error },
    });
  },
};
