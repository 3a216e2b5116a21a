import { ConflictError } from '@backstage/errors';
import type { StateKey, WriteOutcome } from './StateStore';

type Refusal = Exclude<WriteOutcome, { kind: 'written' | 'unchanged' }>;

/**
 * Why a state write was refused, as a 409 that says what to do. Terraform gives up on
 * a refused write and keeps the state in `errored.tfstate` in its working directory.
 */
export function refusedWrite(refusal: Refusal, key: StateKey): ConflictError {
  const state = `the state of ${key.workspaceId}/${key.component}`;
  switch (refusal.kind) {
    case 'not-lock-holder':
      return new ConflictError(
        refusal.lock
          ? `Refused to write ${state}: it is locked by lock ${refusal.lock.lockId}, not by this job's lock; write only under the lock you took (POST ?ID=<your lock ID>)`
          : `Refused to write ${state}: it is not locked; take the lock (LOCK), then POST with ?ID=<lock ID>`,
      );
    case 'lock-stale':
      return new ConflictError(
        `Refused to write ${state}: lock ${refusal.lock.lockId} is stale (${refusal.lock.staleReason}), so another job may take it over; run the operation again as a new job`,
      );
    case 'lineage-mismatch':
      return new ConflictError(
        `Refused to write ${state}: its lineage ${refusal.current.lineage} differs from the one sent, so this is a different state; it is not replaced automatically, ask an Account Owner or Admin`,
      );
    case 'serial-not-newer':
      return new ConflictError(
        `Refused to write ${state}: serial ${refusal.current.serial} is stored and the state sent is not newer; run the Terraform command again so it starts from the stored state`,
      );
    default:
      return assertNever(refusal);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected write outcome ${JSON.stringify(value)}`);
}
