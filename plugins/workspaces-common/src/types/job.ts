import type { components } from '../generated/openapi';
import { specValues } from './specValues';

/**
 * Every kind of job the runner executes.
 *
 * @public
 */
export const jobOperations = specValues<
  components['schemas']['JobOperation']
>()(['provision', 'sync-infrastructure', 'sync-apps', 'destroy']);

/**
 * What a job does to a workspace's infrastructure.
 *
 * @public
 */
export type JobOperation = components['schemas']['JobOperation'];

/**
 * The name of each job kind as people read it; a destroy job is what the
 * Delete operation starts, so it reads as Delete.
 *
 * @public
 */
export const jobOperationLabels: Readonly<Record<JobOperation, string>> = {
  provision: 'Provision Infrastructure',
  'sync-infrastructure': 'Sync Infrastructure',
  'sync-apps': 'Sync Apps',
  destroy: 'Delete',
};

/**
 * Every status a job can be in.
 *
 * @public
 */
export const jobStatuses = specValues<components['schemas']['JobStatus']>()([
  'queued',
  'running',
  'succeeded',
  'failed',
  'cancelled',
]);

/**
 * Where a job stands; queued and running jobs are active.
 *
 * @public
 */
export type JobStatus = components['schemas']['JobStatus'];

/**
 * Whether a job still holds its workspace: at most one job per workspace
 * may be active.
 *
 * @public
 */
export function isActiveJobStatus(status: JobStatus): boolean {
  return status === 'queued' || status === 'running';
}

/**
 * Where one step of a job stands; a skipped step was not needed, a
 * cancelled one was stopped or never reached after a cancel.
 *
 * @public
 */
export type JobStepStatus = JobStep['status'];

/**
 * One step of a job: the infrastructure or one app. Steps record their own
 * status so a retry can start from the step that failed.
 *
 * @public
 */
export type JobStep = components['schemas']['JobStep'];

/**
 * One run of an operation on a workspace. Times are ISO 8601 strings.
 *
 * @public
 */
export type Job = components['schemas']['Job'];

/**
 * The part of a job shown alongside a workspace.
 *
 * @public
 */
export type JobSummary = components['schemas']['JobSummary'];

/**
 * A Terraform state a job could not save to the workspace's state storage (Terraform's
 * `errored.tfstate`), kept with the job because pushing it was refused or failed. The
 * document itself is never returned; an Account Owner or Admin can push it.
 *
 * @public
 */
export type KeptState = components['schemas']['KeptState'];
