import type { JobOperation } from '../types/job';
import { workspaceOperations, type WorkspaceOperation } from './operations';
import * as reasons from './refusalReasons';
import {
  approvalAllowsInfrastructure,
  type ApprovalState,
  type WorkspaceStatus,
} from './statuses';

/**
 * Why an operation was refused. The backend answers 'forbidden' (the permission
 * policy refused, see policyRefusal) with 403 and the others with 409.
 *
 * @public
 */
export type OperationRefusalCode =
  | 'forbidden'
  | 'wrong-status'
  | 'awaiting-approval'
  | 'busy';

/**
 * Whether an operation may run now and, if not, one sentence saying why and
 * what to do instead.
 *
 * @public
 */
export type OperationDecision =
  | { allowed: true }
  | { allowed: false; code: OperationRefusalCode; reason: string };

/**
 * Everything the lifecycle machine looks at to decide on an operation. Who is
 * asking is not part of it: whether a caller may is the permission policy's call.
 *
 * @public
 */
export type OperationDecisionInput = {
  operation: WorkspaceOperation;
  status: WorkspaceStatus;
  approval: ApprovalState;
  /** The workspace's queued or running job, if any. */
  activeJob?: { operation: JobOperation } | null;
};

/**
 * The state of a workspace, without the operation: what allowedOperations
 * decides on.
 *
 * @public
 */
export type WorkspaceDecisionContext = Omit<
  OperationDecisionInput,
  'operation'
>;

const ALLOWED: OperationDecision = { allowed: true };

function refuse(code: OperationRefusalCode, reason: string): OperationDecision {
  return { allowed: false, code, reason };
}

// Operations that queue a job must not overlap another job; Delete and
// Cancel are exempt because they stop the active job themselves.
function checkNotBusy(input: OperationDecisionInput): OperationDecision {
  if (!input.activeJob) {
    return ALLOWED;
  }
  return refuse(
    'busy',
    reasons.waitForActiveJob(input.operation, input.activeJob.operation),
  );
}

function decideProvision(input: OperationDecisionInput): OperationDecision {
  const { status } = input;
  if (status === 'created' || status === 'failed') {
    return checkNotBusy(input);
  }
  return refuse('wrong-status', reasons.provisionNeedsCreatedOrFailed(status));
}

function decideSync(input: OperationDecisionInput): OperationDecision {
  if (input.status === 'running') {
    return checkNotBusy(input);
  }
  return refuse(
    'wrong-status',
    reasons.syncNeedsRunning(input.operation, input.status),
  );
}

// Deleting and Deleted were refused before this; in every other status Delete is
// allowed, even while a job runs: the backend cancels that job before destroying.
// A destroy already queued is the Delete under way, which the backend answers with.
function decideDelete(input: OperationDecisionInput): OperationDecision {
  if (input.activeJob?.operation === 'destroy') {
    return refuse('wrong-status', reasons.deleteAlreadyQueued(input.status));
  }
  return ALLOWED;
}

function decideApproval(input: OperationDecisionInput): OperationDecision {
  const { operation, status, approval } = input;
  if (status !== 'created' || approval === 'not-required') {
    return refuse('wrong-status', reasons.noPendingRequest(operation, status));
  }
  if (approval === 'pending') {
    return ALLOWED;
  }
  return refuse('wrong-status', reasons.alreadyDecided(operation, approval));
}

function decideCancel(input: OperationDecisionInput): OperationDecision {
  if (input.activeJob) {
    return ALLOWED;
  }
  return refuse('wrong-status', reasons.noJobToCancel(input.status));
}

const decideByOperation: Record<
  WorkspaceOperation,
  (input: OperationDecisionInput) => OperationDecision
> = {
  provision: decideProvision,
  'sync-infrastructure': decideSync,
  'sync-apps': decideSync,
  delete: decideDelete,
  approve: decideApproval,
  reject: decideApproval,
  cancel: decideCancel,
};

const buildsInfrastructure: ReadonlySet<WorkspaceOperation> = new Set([
  'provision',
  'sync-infrastructure',
  'sync-apps',
]);

// Checked before the status, in every status: an unapproved request must not reach
// Terraform through a status (such as Failed after a failed delete) that allows it.
function checkApproval(input: OperationDecisionInput): OperationDecision {
  const { operation, status, approval } = input;
  if (!buildsInfrastructure.has(operation)) {
    return ALLOWED;
  }
  if (approvalAllowsInfrastructure(approval)) {
    return ALLOWED;
  }
  if (approval === 'pending' && status === 'created') {
    return refuse('awaiting-approval', reasons.awaitsApproval(operation));
  }
  return refuse(
    'wrong-status',
    reasons.requestNotApproved(operation, status, approval),
  );
}

/**
 * The lifecycle machine: decides whether an operation may run on a workspace in
 * its current state. Backend, frontend and scaffolder all ask it, so a disabled
 * button and a refused request always agree.
 *
 * @remarks
 * Approval is checked first (for operations that build infrastructure), then
 * status, then whether another job is in progress. Whether the caller may run
 * the operation at all is decided before, by the permission policy.
 *
 * @public
 */
export function decideOperation(
  input: OperationDecisionInput,
): OperationDecision {
  const { operation, status } = input;
  if (status === 'deleted') {
    return refuse('wrong-status', reasons.workspaceIsDeleted(operation));
  }
  if (status === 'deleting' && operation !== 'cancel') {
    return refuse('wrong-status', reasons.workspaceIsDeleting(operation));
  }
  const approvalDecision = checkApproval(input);
  return approvalDecision.allowed
    ? decideByOperation[operation](input)
    : approvalDecision;
}

/**
 * The decision for every operation at once, for a UI that shows each one
 * enabled or disabled with its reason.
 *
 * @public
 */
export function allowedOperations(
  context: WorkspaceDecisionContext,
): Record<WorkspaceOperation, OperationDecision> {
  const entries = workspaceOperations.map(
    operation =>
      [operation, decideOperation({ ...context, operation })] as const,
  );
  return Object.fromEntries(entries) as Record<
    WorkspaceOperation,
    OperationDecision
  >;
}
