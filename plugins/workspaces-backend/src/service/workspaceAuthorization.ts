import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import type { ResourcePermission } from '@backstage/plugin-permission-common';
import {
  allowedOperations,
  policyRefusal,
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
  /** The caller's role towards it, for the wording of refusals; null for services. */
  actor: ActorRole | null;
  /** What the permission policy decides on. */
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
): ActorRole | null {
  if (!caller.isUser) {
    // A service has no role; its grants (workspaces.roles.services) are its policy.
    return null;
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

/**
 * What the caller may do with the workspace now. The permission policy alone decides
 * whether the caller may run an operation (the caller's role only words its refusal);
 * the lifecycle machine then decides whether the workspace's state allows it. A
 * disabled button and a refusal from the API always give the same reason.
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
  });
  const decisions = {} as Record<WorkspaceOperation, OperationDecision>;
  for (const operation of workspaceOperations) {
    decisions[operation] = policy.allows(
      operationPermission[operation],
      loaded.resource,
    )
      ? byMachine[operation]
      : policyRefusal(operation, loaded.actor);
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
 * Throws NotAllowedError (403) unless the permission policy allows the operation,
 * whatever the status: for answering a repeated request with what the
 * first one started.
 */
export function authorizeByPolicy(
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
