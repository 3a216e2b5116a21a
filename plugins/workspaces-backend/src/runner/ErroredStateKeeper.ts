import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Job } from '@oqullus/plugin-workspaces-common';
import { readFile, rm } from 'node:fs/promises';
import type { AccountResourceLookup } from '../account/AccountResourceLookup';
import type { NewWorkspaceEvent } from '../database/EventStore';
import type { WorkspaceRecord } from '../database/WorkspaceStore';
import type { WorkspacesDatabase } from '../database/WorkspacesDatabase';
import type { EventBroadcaster } from '../publishing/EventBroadcaster';
import { workspaceEvent } from '../database/workspaceEvents';
import { pushStateDocument } from '../state/pushStateDocument';
import type { StateStore } from '../state/StateStore';
import { readStateDocument } from '../state/terraformDocuments';

/** Where a kept state can be pushed from, for the sentences that mention it. */
const HOW_TO_PUSH =
  'an Account Owner or Admin can push it from the workspace page once the cause is fixed';

/**
 * Makes sure a state Terraform could not save (its `errored.tfstate`) does not stay on
 * one runner's disk: it is pushed into the built-in storage as a new version (lineage
 * and serial checked), or, when that is refused or the storage is not the built-in
 * one, kept with the job in the database. Either way an event says so, and the file is
 * removed. Unlike the runner's other writes it does not go through the job's lease:
 * the file is only on this runner's disk, so it is saved even when another runner took
 * the job over meanwhile, and a push checks lineage and serial, so it never replaces a
 * newer state.
 */
export class ErroredStateKeeper {
  constructor(
    private readonly deps: {
      database: WorkspacesDatabase;
      registry: Pick<AccountResourceLookup, 'get'>;
      stateStore: StateStore;
      broadcaster: EventBroadcaster;
      logger: LoggerService;
      clock: () => Date;
    },
  ) {}

  /**
   * Returns whether the storage holds the state now, and the sentence that says what
   * became of it, for the job's error.
   */
  async secure(
    job: Job,
    workspace: WorkspaceRecord,
    component: string,
    file: string,
  ): Promise<{ saved: boolean; sentence: string }> {
    const text = await readFile(file, 'utf8');
    const storage = await this.deps.registry.get(
      'state-storages',
      workspace.provisioning.stateStorage,
    );
    const now = this.deps.clock().toISOString();
    let reason: string;
    if (storage.kind === 'builtin') {
      const outcome = await pushStateDocument(this.deps.stateStore, {
        workspaceId: workspace.id,
        component,
        text,
        jobId: job.id,
        pushedBy: job.requestedBy,
        now,
      });
      if (outcome.kind !== 'refused') {
        await rm(file, { force: true });
        if (outcome.kind === 'already-saved') {
          return {
            saved: true,
            sentence: `The storage already holds that state of ${component} (serial ${outcome.serial}): nothing is lost.`,
          };
        }
        await this.publish(
          workspaceEvent('state.pushed', {
            workspaceId: workspace.id,
            jobId: job.id,
            at: this.deps.clock(),
            level: 'warning',
            message: `Pushed the state of ${component} that Terraform could not save into the built-in storage (serial ${outcome.serial})`,
            data: { component, serial: outcome.serial },
          }),
        );
        return {
          saved: true,
          sentence: `The runner pushed that state of ${component} into the storage (serial ${outcome.serial}): nothing is lost.`,
        };
      }
      reason = `Pushing it into the built-in storage was refused: ${outcome.reason}`;
    } else {
      reason = `The workspace's state is in ${storage.kind} storage, which only Terraform writes`;
    }
    await this.keep(job, workspace, component, text, reason);
    await rm(file, { force: true });
    return {
      saved: false,
      sentence: `The state of ${component} Terraform could not save is kept with the job (${reason}); ${HOW_TO_PUSH}.`,
    };
  }

  private async keep(
    job: Job,
    workspace: WorkspaceRecord,
    component: string,
    text: string,
    reason: string,
  ): Promise<void> {
    let identity = { serial: 0, lineage: '', checksum: '' };
    try {
      identity = readStateDocument(Buffer.from(text, 'utf8'), undefined);
    } catch {
      // Kept all the same: it is the only record of what the apply did.
    }
    const at = this.deps.clock();
    await this.deps.database.stores.keptStates.keep({
      jobId: job.id,
      workspaceId: workspace.id,
      component,
      serial: identity.serial,
      lineage: identity.lineage,
      checksum: identity.checksum,
      reason,
      keptAt: at.toISOString(),
      state: text,
    });
    await this.publish(
      workspaceEvent('state.kept', {
        workspaceId: workspace.id,
        jobId: job.id,
        at,
        level: 'warning',
        message: `Kept the state of ${component} that Terraform could not save: ${reason}; ${HOW_TO_PUSH}`,
        data: { component, reason },
      }),
    );
  }

  private async publish(event: NewWorkspaceEvent) {
    const stored = await this.deps.database.stores.events.append(event);
    await this.deps.broadcaster.publish([stored]);
  }
}
