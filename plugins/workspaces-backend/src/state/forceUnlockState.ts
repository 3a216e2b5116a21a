import { ConflictError, NotAllowedError } from '@backstage/errors';
import type { Caller } from '../access/Caller';
import type { StateKey, StateLock, StateStore } from './StateStore';

/** A lock shown to people: who held it, for which job, since when. */
export type StateLockSummary = {
  lockId: string;
  holder: string;
  jobId?: string;
  lockedAt: string;
};

/** An Account Owner or Admin released a state lock by force. */
export type ForceUnlockAuditEvent = StateKey & {
  action: 'force-unlock';
  /** The Account Owner's or Admin's ref. */
  actor: string;
  /** The lock released; absent when the state was not locked. */
  released?: StateLockSummary;
};

/** A lock released by force, for the workspace's timeline. */
export type ForcedUnlock = StateKey & {
  actor: string;
  released: StateLockSummary;
  at: Date;
};

export type ForceUnlockDeps = {
  store: StateStore;
  /** May this user or service force-unlock the workspace's state (Account Owners and Admins)? */
  mayForceUnlock(caller: Caller, workspaceId: string): Promise<boolean>;
  audit(event: ForceUnlockAuditEvent): Promise<void> | void;
  /** Told of every lock released, e.g. to write the workspace's `state.unlocked` event. */
  onForceUnlocked?(unlocked: ForcedUnlock): Promise<void> | void;
  clock: () => Date;
};

/**
 * Force-unlocking a state, whether through Terraform's http backend (`terraform
 * force-unlock`) or the portal: only for those allowed, never under a job that still
 * runs (it may be writing), audited, and told to the workspace's timeline.
 * `readExpectedLockId` (OpenTofu names the lock it unlocks) is read only once the
 * caller is allowed, so a refusal never depends on a body. Returns the lock released,
 * or undefined when nothing was locked.
 */
export async function forceUnlockState(
  deps: ForceUnlockDeps,
  caller: Caller,
  key: StateKey,
  readExpectedLockId: () => string | undefined = () => undefined,
): Promise<StateLock | undefined> {
  if (!(await deps.mayForceUnlock(caller, key.workspaceId))) {
    throw new NotAllowedError(
      'Only Account Owners and Admins (and services granted workspaces.state.unlock) may force-unlock a Terraform state; ask an Account Owner or Admin',
    );
  }
  const expectedLockId = readExpectedLockId();
  const at = deps.clock();
  const outcome = await deps.store.forceUnlock(key, {
    expectedLockId,
    now: at.toISOString(),
  });
  if (outcome.kind === 'held-by-other') {
    throw new ConflictError(
      `The state is locked by lock ${outcome.holder.lockId}, not by ${expectedLockId}; check the lock ID and try again`,
    );
  }
  if (outcome.kind === 'held-by-running-job') {
    throw new ConflictError(
      `The state of ${key.component} is locked by job ${outcome.holder.jobId}, which is still running and may be writing it; cancel the job first (its Terraform then releases the lock), or wait for it to finish`,
    );
  }
  const released =
    outcome.kind === 'released' ? summaryOf(outcome.lock) : undefined;
  await deps.audit({
    ...key,
    action: 'force-unlock',
    actor: caller.ref,
    ...(released && { released }),
  });
  if (released) {
    await deps.onForceUnlocked?.({ ...key, actor: caller.ref, released, at });
  }
  return outcome.kind === 'released' ? outcome.lock : undefined;
}

export function summaryOf(lock: StateLock): StateLockSummary {
  return {
    lockId: lock.lockId,
    holder: lock.holder,
    ...(lock.jobId !== undefined && { jobId: lock.jobId }),
    lockedAt: lock.createdAt,
  };
}
