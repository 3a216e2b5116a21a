/** One Terraform state: a workspace's `infrastructure`, or one of its app stacks. */
export type StateKey = { workspaceId: string; component: string };

/** What is known about one write of a state, without the document itself. */
export type StateVersion = StateKey & {
  /** Increasing per write across all states; passed on as a string to keep 64 bits. */
  id: string;
  serial: number;
  lineage: string;
  /** Bytes of the document. */
  size: number;
  /** SHA-256 of the document, hex. */
  checksum: string;
  jobId?: string;
  createdBy: string;
  createdAt: string;
};

/** A version with its document: Terraform's state JSON exactly as Terraform sent it. */
export type StoredState = StateVersion & { state: string };

export type NewStateVersion = Omit<StoredState, 'id'>;

/** Who holds a lock: the job that took it (if a job did) and a principal to show. */
export type StateLockHolder = { jobId?: string; holder: string };

export type StateLock = StateKey &
  StateLockHolder & {
    lockId: string;
    /** Terraform's LockInfo JSON exactly as it was sent. */
    info: string;
    createdAt: string;
  };

/** Why a lock no longer protects anything: its job cannot be writing any more. */
export type StaleLockReason = 'job-not-running' | 'lease-expired' | 'job-gone';

export type StateLockWithStaleness = StateLock & {
  staleReason?: StaleLockReason;
};

export type LockOutcome =
  | { kind: 'acquired'; lock: StateLock; takenOver?: StateLockWithStaleness }
  /** The same holder asked again with the same lock ID. */
  | { kind: 'already-held'; lock: StateLock }
  | { kind: 'held-by-other'; holder: StateLockWithStaleness };

export type WriteOutcome =
  | { kind: 'written'; version: StateVersion }
  /** A retry of the current version (same serial and checksum): nothing to store. */
  | { kind: 'unchanged'; version: StateVersion }
  | { kind: 'not-lock-holder'; lock?: StateLockWithStaleness }
  | { kind: 'lock-stale'; lock: StateLockWithStaleness }
  | { kind: 'lineage-mismatch'; current: StateVersion }
  /** Lower than the current serial, or equal to it with a different document. */
  | { kind: 'serial-not-newer'; current: StateVersion };

export type UnlockOutcome =
  | { kind: 'released'; lock: StateLock }
  | { kind: 'not-locked' }
  | { kind: 'held-by-other'; holder: StateLock };

export type ForceUnlockOutcome =
  | UnlockOutcome
  /** The job that took the lock still runs under its lease: it may be writing. */
  | { kind: 'held-by-running-job'; holder: StateLock };

/**
 * Terraform states, every write kept as a version, and one lock per state. A lock taken
 * by a job lives only as long as that job runs under an unexpired lease: after that it
 * is stale, writes under it are refused and another LOCK takes it over.
 */
export interface StateStore {
  /** The newest version with its document, if the state was ever written. */
  current(key: StateKey): Promise<StoredState | undefined>;
  getVersion(key: StateKey, id: string): Promise<StoredState | undefined>;
  /** Newest first. */
  listVersions(
    key: StateKey,
    options: { limit: number },
  ): Promise<StateVersion[]>;
  /**
   * Stores a new version if `holder` holds the lock `lockId`, the lock is not stale, the
   * lineage is the current one and the serial is newer. `now` decides staleness.
   */
  writeVersion(
    version: NewStateVersion,
    lock: { lockId: string } & StateLockHolder,
    now: string,
  ): Promise<WriteOutcome>;
  getLock(
    key: StateKey,
    now: string,
  ): Promise<StateLockWithStaleness | undefined>;
  /** Takes the lock, or takes over a stale one; the same holder and ID again is fine. */
  lock(lock: StateLock, now: string): Promise<LockOutcome>;
  /** Releases the lock if `lockId` is the current one and `holder` took it. */
  unlock(
    key: StateKey,
    lock: { lockId: string } & StateLockHolder,
  ): Promise<UnlockOutcome>;
  /** Releases every lock a job holds, e.g. once its runner was found dead. */
  releaseLocksOfJob(jobId: string): Promise<StateLock[]>;
  /** Every lock held on the workspace's states, judged at `now`; by component. */
  listLocks(
    workspaceId: string,
    now: string,
  ): Promise<StateLockWithStaleness[]>;
  /**
   * Releases whatever lock is held, or only `expectedLockId` when given; never a lock
   * whose job still runs at `now` (cancel the job instead).
   */
  forceUnlock(
    key: StateKey,
    options: { expectedLockId?: string; now: string },
  ): Promise<ForceUnlockOutcome>;
}
