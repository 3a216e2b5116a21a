import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import type { ResourcePermission } from '@backstage/plugin-permission-common';
import {
  allowedOperations,
  resolveActorRole,
  workspaceApprovePermission,
  workspaceDeletePermission,
  workspaceOperatePermission,
  workspaceOperationLabels,
  workspaceStatusLabels,
  workspaceReadPermission,
  workspaceOperations,
  type ActorRole,
  type Job,
  type MemberRole,
  type OperationDecision,
  type WorkspaceMember,
  type WorkspaceOperation,
} from '@oqullus/plugin-workspaces-common';
import type { WorkspaceAccessResource } from '@oqullus/plugin-workspaces-node';
import type { Caller } from '../access/Caller';
import type { WorkspaceRecord } from '../database/WorkspaceStore';
import type { WorkspacesStores } from '../database/WorkspacesDatabase';
import type { WorkspacePolicy } from '../access/WorkspaceAccess';

/** A workspace the caller may read, with what decides what else they may do. */
export type LoadedWorkspace = {
  workspace: WorkspaceRecord;
  members: WorkspaceMember[];
  actor: ActorRole;
  resource: WorkspaceAccessResource;
};

const memberRoleStrength: MemberRole[] = ['admin', 'operator', 'viewer'];

const operationPermission: Record<
  WorkspaceOperation,
  ResourcePermission<'workspace'>
> = {
  provision: workspaceOperatePermission,
  'sync-infrastructure': workspaceOperatePermission,
  'sync-apps': workspaceOperatePermission,
  cancel: workspaceOperatePermission,
  delete: workspaceDeletePermission,
  approve: workspaceApprovePermission,
  reject: workspaceApprovePermission,
};

export function workspaceNotFound(id: string) {
  // The same answer whether it does not exist or the caller may not see it.
  return new NotFoundError(
    `No workspace with id '${id}' is visible to you; list the ones you can see with GET /workspaces`,
  );
}

function actorRoleOf(
  caller: Caller,
  workspace: WorkspaceRecord,
  members: WorkspaceMember[],
): ActorRole {
  if (!caller.isUser) {
    // A service's grants (workspaces.roles.services, applied in WorkspaceAccess) decide
    // what it may do, so the machine checks only status, approval and jobs for it.
    return 'admin';
  }
  const memberRole = memberRoleStrength.find(role =>
    members.some(m => m.role === role && caller.ownershipRefs.includes(m.ref)),
  );
  return resolveActorRole({
    accountRole: caller.accountRole,
    isOwner: caller.ownershipRefs.includes(workspace.owner),
    memberRole: memberRole ?? null,
  });
}

/**
 * Loads a workspace for a caller; NotFoundError when it is missing or not readable.
 * Takes the caller's policy decisions (WorkspaceAccess.policyFor) so that it does no
 * permission request and can run inside a transaction.
 */
export async function loadWorkspace(
  stores: WorkspacesStores,
  caller: Caller,
  policy: WorkspacePolicy,
  id: string,
): Promise<LoadedWorkspace> {
  const workspace = await stores.workspaces.get(id);
  if (!workspace) {
    throw workspaceNotFound(id);
  }
  const members = await stores.members.list(id);
  const resource: WorkspaceAccessResource = {
    id,
    owner: workspace.owner,
    status: workspace.status,
    members: members.map(({ ref, role }) => ({ ref, role })),
  };
  if (!policy.allows(workspaceReadPermission, resource)) {
    throw workspaceNotFound(id);
  }
  return {
    workspace,
    members,
    resource,
    actor: actorRoleOf(caller, workspace, members),
  };
}

function policyRefusal(operation: WorkspaceOperation): OperationDecision {
  return {
    allowed: false,
    code: 'forbidden',
    reason: `${workspaceOperationLabels[operation]} is not allowed for you on this workspace by the portal's permission policy; ask an Account Owner or Admin`,
  };
}

/**
 * What the caller may do with the workspace now: the permission policy and the
 * lifecycle machine must both allow an operation, so a disabled button and a refusal
 * from the API always give the same reason.
 */
export function decideAllOperations(
  policy: WorkspacePolicy,
  loaded: LoadedWorkspace,
  activeJob: Job | undefined,
): Record<WorkspaceOperation, OperationDecision> {
  const byMachine = allowedOperations({
    status: loaded.workspace.status,
    approval: loaded.workspace.approval.state,
    activeJob: activeJob ? { operation: activeJob.operation } : null,
    actor: loaded.actor,
  });
  const decisions = {} as Record<WorkspaceOperation, OperationDecision>;
  for (const operation of workspaceOperations) {
    const machine = byMachine[operation];
    const policyAllows = policy.allows(
      operationPermission[operation],
      loaded.resource,
    );
    decisions[operation] =
      policyAllows || (!machine.allowed && machine.code === 'forbidden')
        ? machine
        : policyRefusal(operation);
  }
  return decisions;
}

/** Throws NotAllowedError (403) or ConflictError (409) unless the operation may run. */
export function authorizeOperation(
  policy: WorkspacePolicy,
  loaded: LoadedWorkspace,
  operation: WorkspaceOperation,
  activeJob: Job | undefined,
): void {
  const decisions = decideAllOperations(policy, loaded, activeJob);
  const decision = decisions[operation];
  if (decision.allowed) {
    return;
  }
  if (decision.code === 'forbidden') {
    throw new NotAllowedError(decision.reason);
  }
  const allowedNow = workspaceOperations
    .filter(op => decisions[op].allowed)
    .map(op => workspaceOperationLabels[op]);
  throw new ConflictError(
    `${decision.reason}. The workspace is ${
      workspaceStatusLabels[loaded.workspace.status]
    }; ${
      allowedNow.length
        ? `allowed now: ${allowedNow.join(', ')}`
        : 'nothing else is allowed for you now'
    }.`,
  );
}

/**
 * Throws NotAllowedError (403) unless the caller's role and the permission policy allow
 * the operation, whatever the status: for answering a repeated request with what the
 * first one started.
 */
export function authorizeRole(
  policy: WorkspacePolicy,
  loaded: LoadedWorkspace,
  operation: WorkspaceOperation,
  activeJob: Job | undefined,
): void {
  const decision = decideAllOperations(policy, loaded, activeJob)[operation];
  if (!decision.allowed && decision.code === 'forbidden') {
    throw new NotAllowedError(decision.reason);
  }
}
