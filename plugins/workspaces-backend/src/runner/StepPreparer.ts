import type { Job, JobStep } from '@oqullus/plugin-workspaces-common';
import type { StepRequest } from '@oqullus/plugin-workspaces-node';
import type { WorkspaceRecord } from '../database/WorkspaceStore';

/** A step ready for the executor, and how to clean up after it. */
export type PreparedStep = {
  request: StepRequest;
  /** Removes the step's working files; credentials expire with the job. */
  cleanup(): Promise<void>;
};

/**
 * Turns a job step into what an executor runs: the module copied into a fresh
 * directory, its variables, the backend configuration, and the environment that
 * carries the secrets.
 */
export interface StepPreparer {
  prepare(input: {
    job: Job;
    workspace: WorkspaceRecord;
    step: JobStep;
    /** Non-sensitive outputs of the infrastructure, the inputs of app stacks. */
    infrastructureOutputs: Record<string, unknown>;
    leaseExpiresAt: string;
  }): Promise<PreparedStep>;
  /** Called once the job ended: revokes what was minted for it. */
  releaseJob(jobId: string): Promise<void>;
}
