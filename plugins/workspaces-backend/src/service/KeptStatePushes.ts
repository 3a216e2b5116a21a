import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { workspaceStatePushPermission } from '@oqullus/plugin-workspaces-common';
import type { Caller } from '../access/Caller';
import { pushStateDocument } from '../state/pushStateDocument';
import { loadWorkspace } from './workspaceAuthorization';
import { workspaceEvent } from '../database/workspaceEvents';
import { jobNotFound } from './WorkspaceQueries';
import type { WorkspacesServiceContext } from './WorkspacesServiceContext';

/** The answer to a push: what the storage holds now. */
export type KeptStatePushResult = {
  component: string;
  serial: number;
  /** `already-saved` when the storage held that version already (nothing written). */
  outcome: 'pushed' | 'already-saved';
};

/**
 * Pushing a state a job could not save (kept with the job) into the built-in storage,
 * by an Account Owner or Admin once the cause of the refusal is fixed: the same checks
 * as Terraform's `state push` (same lineage, newer serial), under the state's lock.
 */
export class KeptStatePushes {
  constructor(private readonly ctx: WorkspacesServiceContext) {}

  /** POST /jobs/{jobId}/kept-states/{component}/push */
  async push(
    caller: Caller,
    jobId: string,
    component: string,
  ): Promise<KeptStatePushResult> {
    const { stores } = this.ctx.database;
    const job = await stores.jobs.get(jobId);
    if (!job) throw jobNotFound(jobId);
    const policy = await this.ctx.access.policyFor(caller);
    const loaded = await loadWorkspace(
      stores,
      caller,
      policy,
      job.workspaceId,
    ).catch(() => {
      throw jobNotFound(jobId);
    });
    if (!policy.allows(workspaceStatePushPermission, loaded.resource)) {
      throw new NotAllowedError(
        'Pushing a kept Terraform state changes the state by hand, which only Account Owners and Admins may do; ask one of them',
      );
    }
    const kept = await stores.keptStates.get(jobId, component);
    if (!kept) {
      throw new NotFoundError(
        `Job ${jobId} keeps no state of '${component}' waiting to be pushed; the workspace page lists the kept states (GET /workspaces/${job.workspaceId})`,
      );
    }
    const storage = await this.ctx.accountResources.get(
      'state-storages',
      loaded.workspace.provisioning.stateStorage,
    );
    if (storage.kind !== 'builtin') {
      throw new ConflictError(
        `The kept state of ${component} cannot be pushed from the portal: the workspace's state is in ${storage.kind} storage, which only Terraform writes. Run the operation again; Terraform plans from what that storage holds`,
      );
    }
    const now = this.ctx.clock();
    const outcome = await pushStateDocument(this.ctx.stateStore, {
      workspaceId: job.workspaceId,
      component,
      text: kept.state,
      jobId,
      pushedBy: caller.ref,
      now: now.toISOString(),
    });
    if (outcome.kind === 'refused') {
      throw new ConflictError(
        `The kept state of ${component} cannot be pushed: ${outcome.reason}`,
      );
    }
    if (
      !(await stores.keptStates.markPushed(
        jobId,
        component,
        caller.ref,
        now.toISOString(),
      ))
    ) {
      // Another push won the race; this one wrote nothing new (same serial).
      return { component, serial: outcome.serial, outcome: 'already-saved' };
    }
    const event = await stores.events.append(
      workspaceEvent('state.pushed', {
        workspaceId: job.workspaceId,
        jobId,
        actor: caller.ref,
        at: now,
        level: 'warning',
        message: `${caller.ref} pushed the kept state of ${component} into the built-in storage (serial ${outcome.serial})`,
        data: { component, serial: outcome.serial },
      }),
    );
    await this.ctx.broadcaster.publish([event]);
    return {
      component,
      serial: outcome.serial,
      outcome: outcome.kind,
    };
  }
}
