import { NotFoundError } from '@backstage/errors';
import {
  workspaceStateUnlockPermission,
  type StateLockView,
} from '@oqullus/plugin-workspaces-common';
import type { Caller } from '../access/Caller';
import { auditForceUnlock } from '../state/auditForceUnlock';
import { forceUnlockState } from '../state/forceUnlockState';
import { recordForcedUnlock } from './recordForcedUnlock';
import { loadWorkspace } from './workspaceAuthorization';
import type { WorkspacesServiceContext } from './WorkspacesServiceContext';

/**
 * The locks on a workspace's states in the built-in storage, for the portal: listed
 * on the workspace, and force-unlocked the same way as `terraform force-unlock`.
 */
export class StateLocks {
  constructor(private readonly ctx: WorkspacesServiceContext) {}

  /** For GET /workspaces/{id}: who holds each lock, without Terraform's lock ID or LockInfo. */
  async list(workspaceId: string): Promise<StateLockView[]> {
    const locks = await this.ctx.stateStore.listLocks(
      workspaceId,
      this.ctx.clock().toISOString(),
    );
    return Promise.all(
      locks.map(async lock => {
        const job = lock.jobId
          ? await this.ctx.database.stores.jobs.get(lock.jobId)
          : undefined;
        return {
          component: lock.component,
          holder: lock.holder,
          ...(lock.jobId && { jobId: lock.jobId }),
          ...(job && { operation: job.operation }),
          lockedAt: lock.createdAt,
          ...(lock.staleReason && { staleReason: lock.staleReason }),
        };
      }),
    );
  }

  /** DELETE /workspaces/{id}/state-locks/{component} */
  async forceUnlock(
    caller: Caller,
    workspaceId: string,
    component: string,
  ): Promise<void> {
    const { stores } = this.ctx.database;
    const policy = await this.ctx.access.policyFor(caller);
    const loaded = await loadWorkspace(stores, caller, policy, workspaceId);
    const released = await forceUnlockState(
      {
        store: this.ctx.stateStore,
        mayForceUnlock: async () =>
          policy.allows(workspaceStateUnlockPermission, loaded.resource),
        audit: auditForceUnlock(this.ctx.auditor),
        onForceUnlocked: recordForcedUnlock(
          stores.events,
          this.ctx.broadcaster,
        ),
        clock: this.ctx.clock,
      },
      caller,
      { workspaceId, component },
    );
    if (!released) {
      throw new NotFoundError(
        `The state of '${component}' in workspace ${workspaceId} is not locked (any more); there is nothing to unlock. The workspace lists its current locks (GET /workspaces/${workspaceId})`,
      );
    }
  }
}
