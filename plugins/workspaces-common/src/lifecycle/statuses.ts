import type { components } from '../generated/openapi';
import { specValues } from '../types/specValues';

/**
 * Every status a workspace can be in, in lifecycle order.
 *
 * @remarks
 * A status always tells the truth about the infrastructure; approval and
 * health are separate fields.
 *
 * @public
 */
export const workspaceStatuses = specValues<
  components['schemas']['WorkspaceStatus']
>()(['created', 'provisioning', 'running', 'failed', 'deleting', 'deleted']);

/**
 * The status of a workspace's infrastructure, lowercase on the wire.
 *
 * @public
 */
export type WorkspaceStatus = (typeof workspaceStatuses)[number];

/**
 * The name of each status as people read it in the product.
 *
 * @public
 */
export const workspaceStatusLabels: Readonly<Record<WorkspaceStatus, string>> =
  {
    created: 'Created',
    provisioning: 'Provisioning',
    running: 'Running',
    failed: 'Failed',
    deleting: 'Deleting',
    deleted: 'Deleted',
  };

/**
 * Whether a workspace still exists: everything but the Deleted tombstone.
 *
 * @remarks
 * Account resources used by a live workspace cannot be removed.
 *
 * @public
 */
export function isLiveStatus(status: WorkspaceStatus): boolean {
  return status !== 'deleted';
}

/**
 * Every approval state, in the order a request moves through them.
 *
 * @public
 */
export const approvalStates = specValues<
  components['schemas']['ApprovalState']
>()(['not-required', 'pending', 'approved', 'rejected']);

/**
 * Where a workspace stands with approval; kept apart from its status.
 *
 * @public
 */
export type ApprovalState = (typeof approvalStates)[number];

/**
 * The name of each approval state as people read it in the product.
 *
 * @public
 */
export const approvalStateLabels: Readonly<Record<ApprovalState, string>> = {
  'not-required': 'Not required',
  pending: 'Pending',
  approved: 'Approved',
  rejected: 'Rejected',
};

/**
 * Whether a workspace's approval lets Terraform build or change its
 * infrastructure (Provision, the Syncs): only when the request needs no
 * approval or was approved, whatever the status. Destroying needs no approval.
 *
 * @remarks
 * The lifecycle machine refuses such operations otherwise, and the job runner
 * refuses to run their jobs, so a job queued before a rejection never applies.
 *
 * @public
 */
export function approvalAllowsInfrastructure(
  approval: ApprovalState,
): approval is 'not-required' | 'approved' {
  return approval === 'not-required' || approval === 'approved';
}
