import type { JobStep } from '@oqullus/plugin-workspaces-common';
import type { JobStore } from '../database/JobStore';
import type { LeasedJob } from '../database/JobQueueStore';

/**
 * The steps of a job as it should run them. A retry (attempt > 1) starts from the step
 * that failed last time: steps that succeeded before it are skipped, since their
 * Terraform state already holds what they built.
 */
export async function stepsToRun(
  jobs: JobStore,
  job: LeasedJob,
): Promise<JobStep[]> {
  const steps = job.steps.map(step => ({ ...step }));
  if (job.attempt <= 1) return steps;
  const [previous] = (
    await jobs.listForWorkspace(job.workspaceId, {
      limit: 5,
      operation: job.operation,
    })
  ).filter(other => other.id !== job.id && other.status === 'failed');
  if (!previous) return steps;
  const failedAt = previous.steps.findIndex(step => step.status === 'failed');
  if (failedAt <= 0) return steps;
  const doneBefore = new Set(
    previous.steps
      .slice(0, failedAt)
      .filter(step => step.status === 'succeeded')
      .map(step => step.name),
  );
  return steps.map(step =>
    doneBefore.has(step.name) ? { ...step, status: 'skipped' } : step,
  );
}
