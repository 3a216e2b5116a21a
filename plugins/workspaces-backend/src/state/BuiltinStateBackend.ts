import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import type { Caller } from '../access/Caller';
import type { StateActor } from './authenticateStateRequest';
import { refusedWrite } from './refusedWrite';
import {
  forceUnlockState,
  summaryOf,
  type ForceUnlockDeps,
  type StateLockSummary,
} from './forceUnlockState';
import { StateLockConflictError } from './StateLockConflictError';
import type {
  StaleLockReason,
  StateKey,
  StateLock,
  StateVersion,
  StoredState,
} from './StateStore';
import type { ReceivedLockInfo, ReceivedState } from './terraformDocuments';

/** The decisions about Backstage users that belong to the rest of the plugin. */
export type StateAccessPolicy = Pick<ForceUnlockDeps, 'mayForceUnlock'> & {
  /** Does the workspace exist (Deleted ones too)? A missing one is a 404, not a refusal. */
  workspaceExists(workspaceId: string): Promise<boolean>;
  /** May this user or service read the workspace's state (it can hold secrets)? */
  canReadState(caller: Caller, workspaceId: string): Promise<boolean>;
};

/** A LOCK replaced a lock whose job had stopped or lost its lease. */
export type StaleLockTakeover = StateKey & {
  reason: StaleLockReason;
  staleLock: StateLockSummary;
  newLock: StateLockSummary;
};

export type BuiltinStateBackendDeps = StateAccessPolicy &
  ForceUnlockDeps & {
    /** Told of every takeover, e.g. to write a workspace event. */
    onStaleLockTakenOver?(takeover: StaleLockTakeover): Promise<void> | void;
  };

/**
 * The use cases of the built-in state backend, one per request Terraform's http backend
 * makes, with who may do what: a job only on its own workspace; Backstage users only
 * read (when allowed) and, if Account Owner or Admin, force-unlock. Bodies are read
 * through callbacks, after the caller is authorized: a refusal never depends on them.
 */
export class BuiltinStateBackend {
  constructor(private readonly deps: BuiltinStateBackendDeps) {}

  async read(
    actor: StateActor,
    key: StateKey,
  ): Promise<StoredState | undefined> {
    await this.requireWorkspace(key);
    if (actor.kind === 'job') {
      this.requireOwnWorkspace(actor, key);
    } else if (!(await this.deps.canReadState(actor.caller, key.workspaceId))) {
      throw new NotAllowedError(
        `You may not read the Terraform state of workspace ${key.workspaceId}; ask an Account Owner or Admin for the state read permission`,
      );
    }
    return this.deps.store.current(key);
  }

  async write(
    actor: StateActor,
    key: StateKey,
    lockId: string | undefined,
    readState: () => ReceivedState,
  ): Promise<StateVersion> {
    await this.requireWorkspace(key);
    const job = this.requireJob(actor, key, 'write');
    if (!lockId) {
      throw new ConflictError(
        `Refused to write the state of ${key.workspaceId}/${key.component} without a lock ID; take the lock (LOCK) and POST with ?ID=<lock ID>, as Terraform does when lock_address is set`,
      );
    }
    const state = readState();
    const outcome = await this.deps.store.writeVersion(
      {
        ...key,
        serial: state.serial,
        lineage: state.lineage,
        size: state.size,
        checksum: state.checksum,
        state: state.text,
        jobId: job.jobId,
        createdBy: job.requestedBy,
        createdAt: this.now(),
      },
      { lockId, jobId: job.jobId, holder: job.requestedBy },
      this.now(),
    );
    if (outcome.kind === 'written' || outcome.kind === 'unchanged') {
      return outcome.version;
    }
    throw refusedWrite(outcome, key);
  }

  /** Takes the lock; a takeover of a stale lock is returned and reported. */
  async lock(
    actor: StateActor,
    key: StateKey,
    readInfo: () => ReceivedLockInfo,
  ): Promise<{ lock: StateLock; takenOver?: StaleLockTakeover }> {
    await this.requireWorkspace(key);
    const job = this.requireJob(actor, key, 'lock');
    const info = readInfo();
    const outcome = await this.deps.store.lock(
      {
        ...key,
        lockId: info.id,
        info: info.text,
        jobId: job.jobId,
        holder: job.requestedBy,
        createdAt: this.now(),
      },
      this.now(),
    );
    if (outcome.kind === 'held-by-other') {
      throw new StateLockConflictError(
        outcome.holder.info,
        outcome.holder.lockId,
      );
    }
    if (outcome.kind === 'already-held' || !outcome.takenOver) {
      return { lock: outcome.lock };
    }
    const stale = outcome.takenOver;
    const takeover: StaleLockTakeover = {
      ...key,
      // A taken-over lock always has a reason: only stale locks are taken over.
      reason: stale.staleReason ?? 'job-not-running',
      staleLock: summaryOf(stale),
      newLock: summaryOf(outcome.lock),
    };
    await this.deps.onStaleLockTakenOver?.(takeover);
    return { lock: outcome.lock, takenOver: takeover };
  }

  /**
   * A job releases its own lock by its LockInfo. Anything from a Backstage user is a
   * force-unlock: `terraform force-unlock` sends no body at all (hashicorp/terraform
   * #28421), OpenTofu sends the ID, which then must match.
   */
  async unlock(
    actor: StateActor,
    key: StateKey,
    readInfo: () => ReceivedLockInfo | undefined,
  ): Promise<void> {
    await this.requireWorkspace(key);
    if (actor.kind === 'user') {
      await this.forceUnlock(actor.caller, key, readInfo);
      return;
    }
    this.requireOwnWorkspace(actor, key);
    const info = readInfo();
    if (!info) {
      throw new NotAllowedError(
        'A job credential may not force-unlock a state (an UNLOCK without LockInfo); ask an Account Owner or Admin',
      );
    }
    const outcome = await this.deps.store.unlock(key, {
      lockId: info.id,
      jobId: actor.jobId,
      holder: actor.requestedBy,
    });
    if (outcome.kind === 'held-by-other') {
      throw new ConflictError(
        `The state is locked by lock ${outcome.holder.lockId}, not by ${info.id}; a job releases only its own lock`,
      );
    }
  }

  private async forceUnlock(
    caller: Caller,
    key: StateKey,
    readInfo: () => ReceivedLockInfo | undefined,
  ): Promise<void> {
    await forceUnlockState(this.deps, caller, key, () => readInfo()?.id);
  }

  /** Only a job's Terraform writes and locks; people act through workspace operations. */
  private requireJob(
    actor: StateActor,
    key: StateKey,
    what: 'write' | 'lock',
  ): Extract<StateActor, { kind: 'job' }> {
    if (actor.kind !== 'job') {
      throw new NotAllowedError(
        `Only the job running Terraform for a workspace may ${what} its state; start an operation on the workspace instead`,
      );
    }
    this.requireOwnWorkspace(actor, key);
    return actor;
  }

  private async requireWorkspace(key: StateKey): Promise<void> {
    if (!(await this.deps.workspaceExists(key.workspaceId))) {
      throw new NotFoundError(
        `There is no workspace ${key.workspaceId}; check the workspace id in the state address (it is the id on the workspace's page)`,
      );
    }
  }

  private requireOwnWorkspace(
    actor: Extract<StateActor, { kind: 'job' }>,
    key: StateKey,
  ): void {
    if (actor.workspaceId !== key.workspaceId) {
      throw new NotAllowedError(
        `This job credential is for another workspace, not ${key.workspaceId}; a job reaches only its own workspace's state`,
      );
    }
  }

  private now(): string {
    return this.deps.clock().toISOString();
  }
}
