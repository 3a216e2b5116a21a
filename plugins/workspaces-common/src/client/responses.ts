import type { WorkspaceOperation } from '../lifecycle/operations';
import type { OperationDecision } from '../lifecycle/decideOperation';
import type {
  AccountResourceByKind,
  AccountResourceKind,
} from '../types/account';
import type { WorkspaceEvent } from '../types/event';
import type { Job, KeptState } from '../types/job';
import type { StateLockView } from '../types/stateLock';
import type { WorkspaceMember } from '../types/member';
import type { Workspace } from '../types/workspace';

/**
 * For the caller, whether each operation is allowed on a workspace now and,
 * if not, why.
 *
 * @public
 */
export type AllowedOperations = Record<WorkspaceOperation, OperationDecision>;

/**
 * A workspace as `GET /workspaces/{id}` returns it: with the lifecycle
 * machine's decision on every operation for the caller.
 *
 * @public
 */
export type WorkspaceWithAllowedOperations = Workspace & {
  allowedOperations: AllowedOperations;
  /** States its jobs could not save, waiting to be pushed into the storage. */
  keptStates?: KeptState[];
  /** Locks held on its states in the built-in storage, stale or not. */
  stateLocks?: StateLockView[];
};

/**
 * A workspace as creating or deciding on it left it, with the job that request
 * queued.
 *
 * @public
 */
export type WorkspaceWithQueuedJob = Workspace & {
  /** The Provision job queued; null when none was (waiting for approval, or rejected). */
  job: Job | null;
};

/**
 * What pushing a kept state did: the storage holds that version now.
 *
 * @public
 */
export type KeptStatePushResult = {
  component: string;
  serial: number;
  /** `already-saved` when the storage held that version already. */
  outcome: 'pushed' | 'already-saved';
};

/**
 * One page of workspaces; pass `nextCursor` as `cursor` for the next one.
 *
 * @public
 */
export type WorkspaceList = {
  items: Workspace[];
  /** Absent on the last page. */
  nextCursor?: string;
};

/**
 * A live workspace named by an account resource that it is built from.
 *
 * @public
 */
export type WorkspaceReference = Pick<
  Workspace,
  'id' | 'name' | 'externalId' | 'status'
> & {
  /** Only the state: enough for the status chip to read "Awaiting approval". */
  approval: Pick<Workspace['approval'], 'state'>;
};

/**
 * An account resource as the API returns it, with the live workspaces built
 * from it.
 *
 * @public
 */
export type AccountResourceWithUsage<
  TKind extends AccountResourceKind = AccountResourceKind,
> = AccountResourceByKind[TKind] & {
  usedBy?: WorkspaceReference[];
};

/**
 * Every account resource of one kind.
 *
 * @public
 */
export type AccountResourceList<
  TKind extends AccountResourceKind = AccountResourceKind,
> = {
  items: AccountResourceWithUsage<TKind>[];
};

/**
 * The members of a workspace.
 *
 * @public
 */
export type WorkspaceMemberList = {
  items: WorkspaceMember[];
};

/**
 * One page of a workspace's events, oldest first.
 *
 * @public
 */
export type WorkspaceEventPage = {
  items: WorkspaceEvent[];
  /**
   * The id of the last event (on an empty page, the `after` asked with): pass it
   * as `after` to get only newer ones. A page shorter than its limit is the end
   * for now, not this field's absence.
   */
  nextCursor?: string;
};

/**
 * The jobs of a workspace, newest first.
 *
 * @public
 */
export type JobList = {
  items: Job[];
};

/**
 * The job an operation queued (`202 Accepted`).
 *
 * @public
 */
export type JobAccepted = {
  job: Job;
};

/**
 * A chunk of a job's raw Terraform output, secrets masked.
 *
 * @public
 */
export type JobLogChunk = {
  /** Increases with every chunk of the job; also the cursor. */
  seq: number;
  /** Whole lines, each ending with a newline. */
  text: string;
  createdAt: string;
  /** The job step that wrote it; absent on chunks written before steps were named. */
  step?: string;
};

/**
 * One page of a job's log, in the order it was written.
 *
 * @public
 */
export type JobLogPage = {
  items: JobLogChunk[];
  /**
   * The seq of the last chunk (on an empty page, the `after` asked with): pass it
   * as `after` to read on. A page shorter than its limit is the end for now, not
   * this field's absence.
   */
  nextCursor?: string;
};
