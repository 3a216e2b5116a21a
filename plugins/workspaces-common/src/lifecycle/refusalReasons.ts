import { jobOperationLabels, type JobOperation } from '../types/job';
import {
  workspaceOperationLabels,
  type WorkspaceOperation,
} from './operations';
import type { ActorRole } from './roles';
import { workspaceStatusLabels, type WorkspaceStatus } from './statuses';

// The wording of every refusal lives here so all of them read alike:
// "<Operation> needs <what>; this one is <Status>: <what to do instead>".
// Each is one sentence shown next to a disabled button and in 403/409 errors.

// Embeds the actorRoleLabels so "you are <...>" reads as English.
const actorDescriptions: Record<ActorRole, string> = {
  'account-owner': 'an Account Owner',
  admin: 'an Admin',
  'workspace-owner': 'the owner of this workspace',
  'member-admin': 'a workspace admin',
  'member-operator': 'an operator',
  'member-viewer': 'a viewer',
  none: 'not a member',
};

const label = (operation: WorkspaceOperation) =>
  workspaceOperationLabels[operation];
const statusLabel = (status: WorkspaceStatus) => workspaceStatusLabels[status];

export function needsAccountRole(
  operation: WorkspaceOperation,
  actor: ActorRole,
): string {
  return `${label(operation)} needs the Account Owner or Admin role; you are ${
    actorDescriptions[actor]
  }: ask an Account Owner or Admin to do it`;
}

export function needsOperatorRole(
  operation: WorkspaceOperation,
  actor: ActorRole,
): string {
  const remedy =
    actor === 'none'
      ? 'ask the owner or a workspace admin to add you as an operator'
      : 'ask the owner or a workspace admin to make you an operator';
  return `${label(
    operation,
  )} needs the operator role on this workspace; you are ${
    actorDescriptions[actor]
  }: ${remedy}`;
}

export function notAllowedByPolicy(operation: WorkspaceOperation): string {
  return `${label(
    operation,
  )} is not allowed for you on this workspace by the portal's permission policy; ask an Account Owner or Admin`;
}

export function workspaceIsDeleted(operation: WorkspaceOperation): string {
  return `${label(
    operation,
  )} is not possible: this workspace is Deleted and nothing can be done with it; create a new workspace if you need one`;
}

export function workspaceIsDeleting(operation: WorkspaceOperation): string {
  if (operation === 'delete') {
    return 'Delete is already under way: this workspace is Deleting; wait for it to finish';
  }
  return `${label(
    operation,
  )} is not possible while this workspace is Deleting; wait for the deletion to finish or cancel it`;
}

export function deleteAlreadyQueued(status: WorkspaceStatus): string {
  return `Delete is already under way: its destroy job is queued on this ${statusLabel(
    status,
  )} workspace; wait for it to finish`;
}

export function provisionNeedsCreatedOrFailed(status: WorkspaceStatus): string {
  const remedy =
    status === 'running'
      ? 'use Sync Infrastructure instead'
      : 'wait for it to finish';
  const already = status === 'provisioning' ? 'already ' : '';
  return `${label(
    'provision',
  )} needs a Created or Failed workspace; this one is ${already}${statusLabel(
    status,
  )}: ${remedy}`;
}

export function awaitsApproval(operation: WorkspaceOperation): string {
  return `${label(
    operation,
  )} needs approval first: ask an Account Owner or Admin to approve it`;
}

// A request stays closed in every status: a failed delete leaves a rejected or
// never-approved workspace Failed, and that must not open it to Provision.
export function requestNotApproved(
  operation: WorkspaceOperation,
  status: WorkspaceStatus,
  approval: 'pending' | 'rejected',
): string {
  const why =
    approval === 'rejected'
      ? 'was rejected'
      : 'was never approved, and only a Created workspace can be approved';
  return `${label(operation)} cannot run: the request for this ${statusLabel(
    status,
  )} workspace ${why}; delete it or create a new workspace`;
}

export function syncNeedsRunning(
  operation: WorkspaceOperation,
  status: WorkspaceStatus,
): string {
  const remedies: Partial<Record<WorkspaceStatus, string>> = {
    created: `run ${label('provision')} first`,
    provisioning: 'wait for provisioning to finish',
    failed: `retry ${label('provision')} first`,
  };
  const remedy = remedies[status] ?? `run ${label('provision')} first`;
  return `${label(
    operation,
  )} needs a Running workspace; this one is ${statusLabel(status)}: ${remedy}`;
}

export function noPendingRequest(
  operation: WorkspaceOperation,
  status: WorkspaceStatus,
): string {
  if (status === 'created') {
    return `${label(
      operation,
    )} has nothing to decide: this Created workspace needs no approval, so there is no pending request`;
  }
  return `${label(
    operation,
  )} needs a Created workspace with a pending request; this one is ${statusLabel(
    status,
  )}: there is no pending request to decide`;
}

export function alreadyDecided(
  operation: WorkspaceOperation,
  decision: 'approved' | 'rejected',
): string {
  const remedies = {
    approved:
      operation === 'approve'
        ? 'it can be provisioned now'
        : 'delete it if it should not be built',
    rejected:
      operation === 'approve'
        ? 'the requester can create a new workspace'
        : 'delete it to clean up',
  };
  return `${label(
    operation,
  )} has nothing to decide: this Created workspace was already ${decision}; ${
    remedies[decision]
  }`;
}

export function noJobToCancel(status: WorkspaceStatus): string {
  return `There is no job to cancel on this ${statusLabel(
    status,
  )} workspace; ${label('cancel')} works only while a job is queued or running`;
}

export function waitForActiveJob(
  operation: WorkspaceOperation,
  activeJob: JobOperation,
): string {
  return `${label(operation)} must wait: ${
    jobOperationLabels[activeJob]
  } is in progress; wait for it to finish or cancel it`;
}
