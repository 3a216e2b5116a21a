import type { Knex } from 'knex';
import {
  isSameHolder,
  keyColumns,
  judgedLockFromRow,
  lockFromRow,
  lockToRow,
  newVersionToRow,
  selectLockRow,
  selectLockRows,
  storedStateFromRow,
  versionFromRow,
  versionMetadataColumns,
  type StateVersionRow,
} from './stateRows';
import type {
  ForceUnlockOutcome,
  LockOutcome,
  NewStateVersion,
  StateKey,
  StateLock,
  StateLockHolder,
  StateLockWithStaleness,
  StateStore,
  StateVersion,
  StoredState,
  UnlockOutcome,
  WriteOutcome,
} from './StateStore';

/** Two lockers racing for a free state: the loser reads the winner's lock on its retry. */
const LOCK_ATTEMPTS = 3;

/** StateStore on Knex: `state_versions` and `state_locks`, judged against `jobs`. */
export class DatabaseStateStore implements StateStore {
  constructor(private readonly db: Knex) {}

  async current(key: StateKey): Promise<StoredState | undefined> {
    const row: StateVersionRow | undefined = await this.db('state_versions')
      .where(keyColumns(key))
      .orderBy('id', 'desc')
      .first();
    return row && storedStateFromRow(row);
  }

  async getVersion(
    key: StateKey,
    id: string,
  ): Promise<StoredState | undefined> {
    if (!/^\d{1,18}$/.test(id)) {
      return undefined;
    }
    const row: StateVersionRow | undefined = await this.db('state_versions')
      .where({ ...keyColumns(key), id })
      .first();
    return row && storedStateFromRow(row);
  }

  async listVersions(
    key: StateKey,
    options: { limit: number },
  ): Promise<StateVersion[]> {
    const rows: StateVersionRow[] = await this.db('state_versions')
      .where(keyColumns(key))
      .select(versionMetadataColumns)
      .orderBy('id', 'desc')
      .limit(options.limit);
    return rows.map(versionFromRow);
  }

  async writeVersion(
    version: NewStateVersion,
    lock: { lockId: string } & StateLockHolder,
    now: string,
  ): Promise<WriteOutcome> {
    // One transaction holding the lock row: a force-unlock or takeover cannot slip
    // between the guard and the insert.
    return this.db.transaction(async trx => {
      const lockRow = await selectLockRow(trx, version, { forUpdate: true });
      const held = lockRow && judgedLockFromRow(lockRow, now);
      if (!held || held.lockId !== lock.lockId || !isSameHolder(held, lock)) {
        return { kind: 'not-lock-holder', lock: held };
      }
      if (held.staleReason) {
        return { kind: 'lock-stale', lock: held };
      }
      const currentRow: StateVersionRow | undefined = await trx(
        'state_versions',
      )
        .where(keyColumns(version))
        .select(versionMetadataColumns)
        .orderBy('id', 'desc')
        .first();
      const current = currentRow && versionFromRow(currentRow);
      if (current) {
        if (current.lineage !== version.lineage) {
          return { kind: 'lineage-mismatch', current };
        }
        if (
          current.serial === version.serial &&
          current.checksum === version.checksum
        ) {
          return { kind: 'unchanged', version: current };
        }
        if (version.serial <= current.serial) {
          return { kind: 'serial-not-newer', current };
        }
      }
      const [row] = await trx('state_versions')
        .insert(newVersionToRow(version))
        .returning(versionMetadataColumns);
      return { kind: 'written', version: versionFromRow(row) };
    });
  }

  async getLock(
    key: StateKey,
    now: string,
  ): Promise<StateLockWithStaleness | undefined> {
    const row = await selectLockRow(this.db, key, { forUpdate: false });
    return row && judgedLockFromRow(row, now);
  }

  async lock(lock: StateLock, now: string): Promise<LockOutcome> {
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.db.transaction(trx =>
        this.tryLock(trx, lock, now),
      );
      if (outcome !== 'raced') {
        return outcome;
      }
      if (attempt === LOCK_ATTEMPTS) {
        throw new Error(
          `The state lock of ${lock.workspaceId}/${lock.component} changed hands ${LOCK_ATTEMPTS} times while being taken`,
        );
      }
    }
  }

  async unlock(
    key: StateKey,
    lock: { lockId: string } & StateLockHolder,
  ): Promise<UnlockOutcome> {
    return this.db.transaction(async trx => {
      const row = await selectLockRow(trx, key, { forUpdate: true });
      if (!row) {
        return { kind: 'not-locked' };
      }
      const held = lockFromRow(row);
      if (held.lockId !== lock.lockId || !isSameHolder(held, lock)) {
        return { kind: 'held-by-other', holder: held };
      }
      await trx('state_locks')
        .where({ ...keyColumns(key), lock_id: held.lockId })
        .delete();
      return { kind: 'released', lock: held };
    });
  }

  async releaseLocksOfJob(jobId: string): Promise<StateLock[]> {
    return this.db.transaction(async trx => {
      const rows = await trx('state_locks').where({ job_id: jobId });
      await trx('state_locks').where({ job_id: jobId }).delete();
      return rows.map(lockFromRow);
    });
  }

  async listLocks(
    workspaceId: string,
    now: string,
  ): Promise<StateLockWithStaleness[]> {
    const rows = await selectLockRows(this.db, workspaceId);
    return rows.map(row => judgedLockFromRow(row, now));
  }

  async forceUnlock(
    key: StateKey,
    options: { expectedLockId?: string; now: string },
  ): Promise<ForceUnlockOutcome> {
    return this.db.transaction(async trx => {
      const row = await selectLockRow(trx, key, { forUpdate: true });
      if (!row) {
        return { kind: 'not-locked' };
      }
      const held = lockFromRow(row);
      if (
        options.expectedLockId !== undefined &&
        options.expectedLockId !== held.lockId
      ) {
        return { kind: 'held-by-other', holder: held };
      }
      // A lock without a job (a person's) or a stale one protects no running write.
      if (
        held.jobId !== undefined &&
        !judgedLockFromRow(row, options.now).staleReason
      ) {
        return { kind: 'held-by-running-job', holder: held };
      }
      await trx('state_locks')
        .where({ ...keyColumns(key), lock_id: held.lockId })
        .delete();
      return { kind: 'released', lock: held };
    });
  }

  private async tryLock(
    trx: Knex.Transaction,
    lock: StateLock,
    now: string,
  ): Promise<LockOutcome | 'raced'> {
    const row = await selectLockRow(trx, lock, { forUpdate: true });
    if (!row) {
      // Another locker may insert first; then nothing is inserted here and we retry.
      const inserted = await trx('state_locks')
        .insert(lockToRow(lock))
        .onConflict(['workspace_id', 'component'])
        .ignore()
        .returning('lock_id');
      return inserted.length === 1 ? { kind: 'acquired', lock } : 'raced';
    }
    const held = judgedLockFromRow(row, now);
    if (held.lockId === lock.lockId && isSameHolder(held, lock)) {
      return { kind: 'already-held', lock: lockFromRow(row) };
    }
    if (!held.staleReason) {
      return { kind: 'held-by-other', holder: held };
    }
    // Guarded by the stale lock's ID: a concurrent takeover makes this update nothing.
    const updated = await trx('state_locks')
      .where({ ...keyColumns(lock), lock_id: held.lockId })
      .update(lockToRow(lock));
    return updated === 1
      ? { kind: 'acquired', lock, takenOver: held }
      : 'raced';
  }
}
