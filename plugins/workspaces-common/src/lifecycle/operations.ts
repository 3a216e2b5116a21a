import type { components } from '../generated/openapi';
import type { JobOperation } from '../types/job';
import { specValues } from '../types/specValues';

/**
 * Every operation a person can ask for on a workspace, in the order the UI
 * shows them.
 *
 * @public
 */
export const workspaceOperations = specValues<
  components['schemas']['WorkspaceOperation']
>()([
  'provision',
  'sync-infrastructure',
  'sync-apps',
  'delete',
  'approve',
  'reject',
  'cancel',
]);

/**
 * Something a person can ask to do with a workspace; decideOperation says
 * whether it is allowed right now.
 *
 * @public
 */
export type WorkspaceOperation = (typeof workspaceOperations)[number];

/**
 * The name of each operation as it appears on buttons and in reasons.
 *
 * @public
 */
export const workspaceOperationLabels: Readonly<
  Record<WorkspaceOperation, string>
> = {
  provision: 'Provision Infrastructure',
  'sync-infrastructure': 'Sync Infrastructure',
  'sync-apps': 'Sync Apps',
  delete: 'Delete',
  approve: 'Approve',
  reject: 'Reject',
  cancel: 'Cancel job',
};

const jobForOperation: Readonly<
  Record<WorkspaceOperation, JobOperation | null>
> = {
  provision: 'provision',
  'sync-infrastructure': 'sync-infrastructure',
  'sync-apps': 'sync-apps',
  delete: 'destroy',
  approve: null,
  reject: null,
  cancel: null,
};

/**
 * The kind of job an operation queues, or null for operations that change
 * records only (approve, reject, cancel).
 *
 * @public
 */
export function operationToJob(
  operation: WorkspaceOperation,
): JobOperation | null {
  return jobForOperation[operation];
}
