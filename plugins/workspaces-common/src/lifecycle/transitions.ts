import type { JobOperation } from '../types/job';
import type { WorkspaceStatus } from './statuses';

/**
 * How a job ended.
 *
 * @public
 */
export type JobOutcome = 'succeeded' | 'failed' | 'cancelled';

// What each kind of job does to the status; syncs re-apply a Running
// workspace and leave it Running while they work.
const jobEffects: Record<
  JobOperation,
  { whileRunning: WorkspaceStatus | null; onSuccess: WorkspaceStatus }
> = {
  provision: { whileRunning: 'provisioning', onSuccess: 'running' },
  destroy: { whileRunning: 'deleting', onSuccess: 'deleted' },
  'sync-infrastructure': { whileRunning: null, onSuccess: 'running' },
  'sync-apps': { whileRunning: null, onSuccess: 'running' },
};

/**
 * The workspace status once a job of the given kind starts running:
 * Provisioning for provision, Deleting for destroy, unchanged for syncs.
 *
 * @public
 */
export function statusWhenJobStarts(
  jobOperation: JobOperation,
  current: WorkspaceStatus,
): WorkspaceStatus {
  return jobEffects[jobOperation].whileRunning ?? current;
}

/**
 * The workspace status once a job of the given kind ends.
 *
 * @remarks
 * A failed or cancelled job leaves the workspace Failed, since its
 * infrastructure may be half applied. A provision or destroy job that ends
 * without having moved the workspace (cancelled while queued) touched
 * nothing, so the workspace keeps its current status. Syncs cannot be told
 * apart that way; a caller that knows a sync never started should keep the
 * status itself.
 *
 * @public
 */
export function statusWhenJobEnds(
  jobOperation: JobOperation,
  outcome: JobOutcome,
  current: WorkspaceStatus,
): WorkspaceStatus {
  const { whileRunning, onSuccess } = jobEffects[jobOperation];
  if (whileRunning !== null && current !== whileRunning) {
    return current;
  }
  return outcome === 'succeeded' ? onSuccess : 'failed';
}

const allowedTransitions: Record<WorkspaceStatus, readonly WorkspaceStatus[]> =
  {
    created: ['provisioning', 'deleting'],
    // Deleting too: Delete is allowed from every status, also from a Provisioning
    // that no job finishes any more.
    provisioning: ['running', 'failed', 'deleting'],
    running: ['deleting', 'failed'],
    failed: ['provisioning', 'deleting'],
    deleting: ['deleted', 'failed'],
    deleted: [],
  };

/**
 * Whether a workspace may move from one status to another; staying in the
 * same status is not a transition.
 *
 * @public
 */
export function canTransition(
  from: WorkspaceStatus,
  to: WorkspaceStatus,
): boolean {
  return allowedTransitions[from].includes(to);
}
