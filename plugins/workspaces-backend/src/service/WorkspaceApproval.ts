import { ConflictError } from '@backstage/errors';
import {
  type ApprovalDecision,
  type Job,
  type WorkspaceEvent,
} from '@oqullus/plugin-workspaces-common';
import type { Caller } from '../access/Caller';
import type { NewWorkspaceEvent } from '../database/EventStore';
import type { WorkspaceRecord } from '../database/WorkspaceStore';
import { enqueueJob } from './enqueueJob';
import { authorizeOperation, loadWorkspace } from './workspaceAuthorization';
import { workspaceEvent } from '../database/workspaceEvents';
import type { WorkspacesServiceContext } from './WorkspacesServiceContext';

/** Approving or rejecting a requested workspace (Account Owners and Admins). */
export class WorkspaceApproval {
  constructor(private readonly ctx: WorkspacesServiceContext) {}

  async decide(
    caller: Caller,
    id: string,
    request: ApprovalDecision,
  ): Promise<{ workspace: WorkspaceRecord; job: Job | null }> {
    const { decision, comment } = request;
    const approve = decision === 'approve';

    const policy = await this.ctx.access.policyFor(caller);
    const { workspace, job, events } = await this.ctx.database.transaction(
      async stores => {
        const loaded = await loadWorkspace(stores, caller, policy, id);
        const activeJob = await stores.jobs.getActive(id);
        authorizeOperation(policy, loaded, decision, activeJob);
        const now = this.ctx.clock();
        const at = now.toISOString();
        const updated = await stores.workspaces.update(
          id,
          {
            approval: {
              ...loaded.workspace.approval,
              state: approve ? 'approved' : 'rejected',
              decidedBy: caller.ref,
              decidedAt: at,
              comment,
            },
            updatedAt: at,
            lastActivityAt: at,
          },
          // Guarded on the approval too: a decision racing this one must not overturn it.
          { expectedStatuses: ['created'], expectedApproval: ['pending'] },
        );
        if (!updated) {
          throw new ConflictError(
            'Someone decided on this request at the same time; reload the workspace',
          );
        }
        const base = { workspaceId: id, at: now, actor: caller.ref };
        const toAppend: NewWorkspaceEvent[] = [
          approve
            ? workspaceEvent('approval.granted', {
                ...base,
                message: `${caller.ref} approved this workspace${
                  comment ? `: ${comment}` : ''
                }`,
                data: { comment },
              })
            : workspaceEvent('approval.rejected', {
                ...base,
                level: 'warning',
                message: `${caller.ref} rejected this workspace: ${comment}`,
                data: { comment: comment ?? '' },
              }),
        ];
        const appended: WorkspaceEvent[] = [];
        for (const event of toAppend) {
          appended.push(await stores.events.append(event));
        }
        let queued: Job | null = null;
        if (approve) {
          const enqueued = await enqueueJob(stores, {
            workspace: updated,
            operation: 'provision',
            actor: caller.ref,
            now,
          });
          queued = enqueued.job;
          appended.push(enqueued.event);
        }
        return { workspace: updated, job: queued, events: appended };
      },
    );
    await this.ctx.broadcaster.publish(events);
    await this.ctx.notifier.approvalDecided(workspace);
    return { workspace, job };
  }
}
