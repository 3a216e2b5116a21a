import type { Knex } from 'knex';
import {
  optionalFromColumn,
  timeFromColumn,
  timeToColumn,
  type TimeColumn,
  withoutUndefined,
} from '../database/columnValues';
import type {
  NewStateVersion,
  StaleLockReason,
  StateKey,
  StateLock,
  StateLockHolder,
  StateLockWithStaleness,
  StateVersion,
  StoredState,
} from './StateStore';

/** A row of `state_versions`; `state` is only selected when the document is wanted. */
export type StateVersionRow = {
  id: string | number;
  workspace_id: string;
  component: string;
  serial: number | string;
  lineage: string;
  size: number | string;
  checksum: string;
  job_id: string | null;
  created_by: string;
  created_at: TimeColumn;
  state?: string;
};

/** Every column but the document: lists and guards do not need megabytes of JSON. */
export const versionMetadataColumns = [
  'id',
  'workspace_id',
  'component',
  'serial',
  'lineage',
  'size',
  'checksum',
  'job_id',
  'created_by',
  'created_at',
];

/** A `state_locks` row joined with the status and lease of the job that took it. */
export type StateLockRow = {
  workspace_id: string;
  component: string;
  lock_id: string;
  info: string;
  job_id: string | null;
  holder: string;
  created_at: TimeColumn;
  job_status: string | null;
  job_lease_expires_at: TimeColumn | null;
};

export function keyColumns(key: StateKey) {
  return { workspace_id: key.workspaceId, component: key.component };
}

export function versionFromRow(row: StateVersionRow): StateVersion {
  return withoutUndefined({
    id: String(row.id),
    workspaceId: row.workspace_id,
    component: row.component,
    serial: Number(row.serial),
    lineage: row.lineage,
    size: Number(row.size),
    checksum: row.checksum,
    jobId: optionalFromColumn(row.job_id),
    createdBy: row.created_by,
    createdAt: timeFromColumn(row.created_at),
  });
}

export function storedStateFromRow(row: StateVersionRow): StoredState {
  return { ...versionFromRow(row), state: row.state ?? '' };
}

export function newVersionToRow(version: NewStateVersion) {
  return {
    ...keyColumns(version),
    serial: version.serial,
    lineage: version.lineage,
    size: version.size,
    checksum: version.checksum,
    job_id: version.jobId ?? null,
    created_by: version.createdBy,
    created_at: timeToColumn(version.createdAt),
    state: version.state,
  };
}

export function lockToRow(lock: StateLock) {
  return {
    ...keyColumns(lock),
    lock_id: lock.lockId,
    info: lock.info,
    job_id: lock.jobId ?? null,
    holder: lock.holder,
    created_at: timeToColumn(lock.createdAt),
  };
}

/**
 * The lock of a state with what is needed to judge it stale. On PostgreSQL the lock row
 * stays locked until the transaction ends, so guards and writes see the same lock.
 */
export function selectLockRow(
  db: Knex,
  key: StateKey,
  options: { forUpdate: boolean },
): Promise<StateLockRow | undefined> {
  const query = lockRowsQuery(db)
    .where({ 'l.workspace_id': key.workspaceId, 'l.component': key.component })
    .first();
  // SQLite has no row locks (its one connection serializes transactions anyway), and
  // PostgreSQL refuses FOR UPDATE on the nullable side of an outer join.
  if (options.forUpdate && db.client.config.client === 'pg') {
    query.forUpdate('l');
  }
  return query;
}

/** The locks of every state of a workspace, by component. */
export function selectLockRows(
  db: Knex,
  workspaceId: string,
): Promise<StateLockRow[]> {
  return lockRowsQuery(db)
    .where({ 'l.workspace_id': workspaceId })
    .orderBy('l.component');
}

function lockRowsQuery(db: Knex) {
  return db('state_locks as l')
    .leftJoin('jobs as j', 'j.id', 'l.job_id')
    .select(
      'l.*',
      'j.status as job_status',
      'j.lease_expires_at as job_lease_expires_at',
    );
}

export function lockFromRow(row: StateLockRow): StateLock {
  return withoutUndefined({
    workspaceId: row.workspace_id,
    component: row.component,
    lockId: row.lock_id,
    info: row.info,
    jobId: optionalFromColumn(row.job_id),
    holder: row.holder,
    createdAt: timeFromColumn(row.created_at),
  });
}

/** The lock with the verdict on whether it still protects anything at `now`. */
export function judgedLockFromRow(
  row: StateLockRow,
  now: string,
): StateLockWithStaleness {
  return withoutUndefined({
    ...lockFromRow(row),
    staleReason: staleReasonOf(row, now),
  });
}

/** A lock taken by a job lives as long as the job runs under an unexpired lease. */
function staleReasonOf(
  row: StateLockRow,
  now: string,
): StaleLockReason | undefined {
  if (row.job_id === null) {
    return undefined;
  }
  if (row.job_status === null) {
    return 'job-gone';
  }
  if (row.job_status !== 'running') {
    return 'job-not-running';
  }
  const leaseExpiresAt = row.job_lease_expires_at;
  if (
    leaseExpiresAt === null ||
    new Date(leaseExpiresAt).getTime() <= new Date(now).getTime()
  ) {
    return 'lease-expired';
  }
  return undefined;
}

/** Jobs are told apart by id; a lock without a job belongs to the principal that took it. */
export function isSameHolder(a: StateLockHolder, b: StateLockHolder): boolean {
  if (a.jobId !== undefined || b.jobId !== undefined) {
    return a.jobId === b.jobId;
  }
  return a.holder === b.holder;
}
