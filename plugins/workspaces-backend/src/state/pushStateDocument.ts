import { randomUUID } from 'node:crypto';
import { isError } from '@backstage/errors';
import type { StateKey, StateStore } from './StateStore';
import { readStateDocument } from './terraformDocuments';

/** What pushing a state document into the built-in storage came to. */
export type PushOutcome =
  | { kind: 'pushed'; serial: number }
  /** The storage already holds exactly this version: Terraform saved it after all. */
  | { kind: 'already-saved'; serial: number }
  /** Not pushed; `reason` says why and what to do, as a sentence. */
  | { kind: 'refused'; reason: string };

/**
 * Pushes a state Terraform could not save (its `errored.tfstate`) into the built-in
 * storage as a new version, as `terraform state push` would: only onto the same
 * lineage and with a newer serial, under the state's lock. The lock of the job that
 * wrote the state is used while that job still runs; otherwise the push takes the lock
 * for itself and releases it afterwards.
 */
export async function pushStateDocument(
  store: StateStore,
  push: StateKey & {
    text: string;
    /** The job whose Terraform wrote the state; recorded on the version. */
    jobId: string;
    /** Who the version is recorded as written by. */
    pushedBy: string;
    now: string;
  },
): Promise<PushOutcome> {
  const key = { workspaceId: push.workspaceId, component: push.component };
  const text = await withLineage(store, key, push.text);
  if (text === undefined) {
    return {
      kind: 'refused',
      reason:
        'it has no lineage (Terraform had never saved it) while the storage already holds a state of this component, so it cannot be told to be a newer version of it',
    };
  }
  let document;
  try {
    document = readStateDocument(Buffer.from(text, 'utf8'), undefined);
  } catch (error) {
    return {
      kind: 'refused',
      reason: `it is not a Terraform state Terraform could read (${
        isError(error) ? error.message : String(error)
      })`,
    };
  }
  const held = await store.getLock(key, push.now);
  let lock: { lockId: string; jobId?: string; holder: string };
  if (held && held.jobId === push.jobId && !held.staleReason) {
    lock = { lockId: held.lockId, jobId: held.jobId, holder: held.holder };
  } else {
    const taken = await store.lock(
      {
        ...key,
        lockId: randomUUID(),
        info: JSON.stringify({ Operation: 'push errored state' }),
        holder: push.pushedBy,
        createdAt: push.now,
      },
      push.now,
    );
    if (taken.kind === 'held-by-other') {
      return {
        kind: 'refused',
        reason: `the state is locked by ${taken.holder.holder}${
          taken.holder.jobId ? ` (job ${taken.holder.jobId})` : ''
        }; push it once that lock is released`,
      };
    }
    lock = { lockId: taken.lock.lockId, holder: taken.lock.holder };
  }
  try {
    const outcome = await store.writeVersion(
      {
        ...key,
        serial: document.serial,
        lineage: document.lineage,
        size: document.size,
        checksum: document.checksum,
        state: document.text,
        jobId: push.jobId,
        createdBy: push.pushedBy,
        createdAt: push.now,
      },
      lock,
      push.now,
    );
    switch (outcome.kind) {
      case 'written':
        return { kind: 'pushed', serial: document.serial };
      case 'unchanged':
        return { kind: 'already-saved', serial: document.serial };
      case 'lineage-mismatch':
        return {
          kind: 'refused',
          reason: `it belongs to another lineage (${document.lineage}) than the stored state (${outcome.current.lineage}), so it is not a newer version of it`,
        };
      case 'serial-not-newer':
        return {
          kind: 'refused',
          reason: `the stored state has moved on since (serial ${outcome.current.serial}, the kept one has ${document.serial}); pushing it would undo what came after`,
        };
      default:
        return {
          kind: 'refused',
          reason: 'its lock was taken over while it was being pushed',
        };
    }
  } finally {
    if (lock.jobId === undefined) {
      await store.unlock(key, lock);
    }
  }
}

/**
 * Terraform gives a new state its lineage only when it first saves it, so the errored
 * state of a first apply that never reached the storage has none. Onto an empty
 * storage it gets one, as Terraform would have given it; onto a stored state it cannot
 * go (undefined).
 */
async function withLineage(
  store: StateStore,
  key: StateKey,
  text: string,
): Promise<string | undefined> {
  let document: Record<string, unknown>;
  try {
    document = JSON.parse(text);
  } catch {
    return text;
  }
  if (typeof document.lineage === 'string' && document.lineage !== '') {
    return text;
  }
  if (await store.current(key)) return undefined;
  return `${JSON.stringify({ ...document, lineage: randomUUID() }, null, 2)}\n`;
}
