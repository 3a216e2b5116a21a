import type {
  Job,
  JobOperation,
  JobStatus,
} from '@oqullus/plugin-workspaces-common';

/** What a new job is inserted with; it starts queued with its steps pending. */
export type NewJob = Pick<
  Job,
  | 'id'
  | 'workspaceId'
  | 'operation'
  | 'requestedBy'
  | 'attempt'
  | 'steps'
  | 'createdAt'
>;

export type JobPatch = Partial<
  Pick<
    Job,
    | 'status'
    | 'steps'
    | 'startedAt'
    | 'finishedAt'
    | 'error'
    | 'cancelRequestedAt'
  >
>;

/** The workspace already has a queued or running job: the database allows only one. */
export class ActiveJobExistsError extends Error {
  name = 'ActiveJobExistsError';
  constructor(readonly workspaceId: string) {
    super(`Workspace ${workspaceId} already has an active job`);
  }
}

/**
 * Stores jobs. At most one active job per workspace, enforced by a unique index: a
 * queued or running job that nobody asked to cancel. A running job being cancelled
 * frees the slot while Terraform stops.
 */
export interface JobStore {
  /** Throws ActiveJobExistsError when the workspace already has an active job. */
  insert(job: NewJob): Promise<Job>;
  get(id: string): Promise<Job | undefined>;
  /** The workspace's active job (queued or running, not being cancelled), if any. */
  getActive(workspaceId: string): Promise<Job | undefined>;
  /** Active jobs of many workspaces at once, keyed by workspace id (for list pages). */
  getActiveForWorkspaces(workspaceIds: string[]): Promise<Map<string, Job>>;
  /** Newest first. */
  listForWorkspace(
    workspaceId: string,
    options: { limit: number; operation?: JobOperation },
  ): Promise<Job[]>;
  /**
   * The names of the steps (components) any job of the workspace ever started: a
   * component no job started cannot hold Terraform state.
   */
  listStartedSteps(workspaceId: string): Promise<Set<string>>;
  /** Like WorkspaceStore.update: with `expectedStatuses`, a guarded update. */
  update(
    id: string,
    patch: JobPatch,
    options?: { expectedStatuses?: JobStatus[] },
  ): Promise<Job | undefined>;
}
