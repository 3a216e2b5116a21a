import type { components } from '../generated/openapi';
import type {
  AccountResourceByKind,
  AccountResourceKind,
} from '../types/account';
import type { WorkspaceEvent } from '../types/event';

/**
 * For the caller, whether each operation is allowed on a workspace now and,
 * if not, why.
 *
 * @public
 */
export type AllowedOperations = components['schemas']['AllowedOperations'];

/**
 * A workspace as `GET /workspaces/{id}` returns it: with the lifecycle
 * machine's decision on every operation for the caller, the states its jobs
 * could not save and the locks held on its states.
 *
 * @public
 */
export type WorkspaceWithAllowedOperations =
  components['schemas']['WorkspaceWithAllowedOperations'];

/**
 * A workspace as creating or deciding on it left it, with the Provision job that
 * request queued (`job`), or null when none was (waiting for approval, or rejected).
 *
 * @public
 */
export type WorkspaceWithQueuedJob =
  components['schemas']['WorkspaceWithQueuedJob'];

/**
 * What pushing a kept state did: the storage holds that version now.
 *
 * @public
 */
export type KeptStatePushResult = components['schemas']['KeptStatePushResult'];

/**
 * One page of workspaces; pass `nextCursor` as `cursor` for the next one.
 *
 * @public
 */
export type WorkspaceList = components['schemas']['WorkspaceList'];

/**
 * A live workspace named by an account resource that it is built from.
 *
 * @public
 */
export type WorkspaceReference = components['schemas']['WorkspaceReference'];

/**
 * An account resource as the API returns it, with the live workspaces built
 * from it. The spec answers any kind; the kind in the path picks which one, so
 * the type is narrowed by kind here.
 *
 * @public
 */
export type AccountResourceWithUsage<
  TKind extends AccountResourceKind = AccountResourceKind,
> = AccountResourceByKind[TKind] &
  Pick<components['schemas']['AccountResourceWithUsage'], 'usedBy'>;

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
export type WorkspaceMemberList = components['schemas']['MemberList'];

/**
 * One page of a workspace's events, oldest first. `nextCursor` is the id of the
 * last event (on an empty page, the `after` asked with): pass it as `after` to get
 * only newer ones. A page shorter than its limit is the end for now.
 *
 * @public
 */
export type WorkspaceEventPage = Omit<
  components['schemas']['EventPage'],
  'items'
> & {
  // The spec's event union cannot be narrowed by `type`; this one can.
  items: WorkspaceEvent[];
};

/**
 * The jobs of a workspace, newest first.
 *
 * @public
 */
export type JobList = components['schemas']['JobList'];

/**
 * The job an operation queued (`202 Accepted`).
 *
 * @public
 */
export type JobAccepted = components['schemas']['JobAccepted'];

/**
 * A chunk of a job's raw Terraform output, secrets masked.
 *
 * @public
 */
export type JobLogChunk = components['schemas']['JobLogChunk'];

/**
 * One page of a job's log, in the order it was written; pass `nextCursor` as
 * `after` to read on. A page shorter than its limit is the end for now.
 *
 * @public
 */
export type JobLogPage = components['schemas']['JobLogPage'];
