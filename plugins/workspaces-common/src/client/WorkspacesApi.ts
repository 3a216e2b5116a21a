import type {
  AccountResourceKind,
  AccountResourceValidation,
} from '../types/account';
import type { WorkspaceResourceList } from '../types/workspaceResource';
import type { Job } from '../types/job';
import type { WorkspaceMember } from '../types/member';
import type { Workspace } from '../types/workspace';
import type {
  AccountResourceRequest,
  ApprovalDecision,
  ChangeMemberRoleRequest,
  CreateWorkspaceRequest,
  OperationRequest,
  UpdateWorkspaceRequest,
} from '../types/requests';
import type {
  CreateWorkspaceOptions,
  GetJobLogOptions,
  ListWorkspaceEventsOptions,
  ListWorkspacesOptions,
  WorkspacesRequestOptions,
} from './options';
import type {
  AccountResourceList,
  AccountResourceWithUsage,
  JobAccepted,
  JobList,
  JobLogPage,
  KeptStatePushResult,
  WorkspaceEventPage,
  WorkspaceList,
  WorkspaceMemberList,
  WorkspaceWithAllowedOperations,
  WorkspaceWithQueuedJob,
} from './responses';

/**
 * The REST API of the workspaces backend (`/api/workspaces`), one method per
 * operation of its OpenAPI spec.
 *
 * @remarks
 * A refused request rejects with a `ResponseError` from `@backstage/errors`:
 * `statusCode` is the HTTP status, and `cause.message` is the server's
 * sentence saying what was wrong and what to do instead.
 *
 * @public
 */
export interface WorkspacesApi {
  /** Every resource of a kind, from app-config and from the API. */
  listAccountResources<TKind extends AccountResourceKind>(
    kind: TKind,
    options?: WorkspacesRequestOptions,
  ): Promise<AccountResourceList<TKind>>;

  /** One resource with the live workspaces built from it. */
  getAccountResource<TKind extends AccountResourceKind>(
    kind: TKind,
    name: string,
    options?: WorkspacesRequestOptions,
  ): Promise<AccountResourceWithUsage<TKind>>;

  /** Registers a resource; 409 when the kind already has that name. */
  createAccountResource<TKind extends AccountResourceKind>(
    kind: TKind,
    resource: AccountResourceRequest<TKind>,
    options?: WorkspacesRequestOptions,
  ): Promise<AccountResourceWithUsage<TKind>>;

  /** Replaces every field of an API-registered resource; `resource.name` must be `name`. */
  replaceAccountResource<TKind extends AccountResourceKind>(
    kind: TKind,
    name: string,
    resource: AccountResourceRequest<TKind>,
    options?: WorkspacesRequestOptions,
  ): Promise<AccountResourceWithUsage<TKind>>;

  /** 409 while live workspaces use the resource. */
  deleteAccountResource(
    kind: AccountResourceKind,
    name: string,
    options?: WorkspacesRequestOptions,
  ): Promise<void>;

  /** Runs the preflight check of a resource now and returns its result. */
  checkAccountResource(
    kind: AccountResourceKind,
    name: string,
    options?: WorkspacesRequestOptions,
  ): Promise<AccountResourceValidation>;

  /** One page of the workspaces the caller may see, newest first. */
  listWorkspaces(options?: ListWorkspacesOptions): Promise<WorkspaceList>;

  /**
   * Registers a workspace in `created`, with the Provision job queued at once
   * (`job`), or null when it waits for approval; see the idempotencyKey option.
   */
  createWorkspace(
    request: CreateWorkspaceRequest,
    options?: CreateWorkspaceOptions,
  ): Promise<WorkspaceWithQueuedJob>;

  /** The workspace with what the caller may do with it now (`allowedOperations`). */
  getWorkspace(
    id: string,
    options?: WorkspacesRequestOptions,
  ): Promise<WorkspaceWithAllowedOperations>;

  /** Renames a workspace or changes its description. */
  updateWorkspace(
    id: string,
    update: UpdateWorkspaceRequest,
    options?: WorkspacesRequestOptions,
  ): Promise<Workspace>;

  /** Queues the destroy job; the workspace ends as a `deleted` tombstone. */
  deleteWorkspace(
    id: string,
    options?: WorkspacesRequestOptions,
  ): Promise<JobAccepted>;

  /** Queues provision, sync-infrastructure or sync-apps. */
  requestOperation(
    id: string,
    request: OperationRequest,
    options?: WorkspacesRequestOptions,
  ): Promise<JobAccepted>;

  /**
   * Approves or rejects a pending request; a rejection needs a comment. An
   * approval returns the Provision job it queued as `job`; a rejection, null.
   */
  decideApproval(
    id: string,
    decision: ApprovalDecision,
    options?: WorkspacesRequestOptions,
  ): Promise<WorkspaceWithQueuedJob>;

  /** The users and groups given a role in the workspace. */
  listMembers(
    id: string,
    options?: WorkspacesRequestOptions,
  ): Promise<WorkspaceMemberList>;

  /** Adds a user or group (entity ref) with a role, or changes its role. */
  putMember(
    id: string,
    memberRef: string,
    request: ChangeMemberRoleRequest,
    options?: WorkspacesRequestOptions,
  ): Promise<WorkspaceMember>;

  /** Takes the role away from a user or group (entity ref). */
  removeMember(
    id: string,
    memberRef: string,
    options?: WorkspacesRequestOptions,
  ): Promise<void>;

  /** Events oldest first; pass the last `nextCursor` as `after` to tail. */
  listEvents(
    id: string,
    options?: ListWorkspaceEventsOptions,
  ): Promise<WorkspaceEventPage>;

  /** What the workspace's Terraform states hold: addresses and types, no values. */
  listResources(
    id: string,
    options?: WorkspacesRequestOptions,
  ): Promise<WorkspaceResourceList>;

  /** The workspace's jobs, newest first. */
  listJobs(id: string, options?: WorkspacesRequestOptions): Promise<JobList>;

  /** A job with its steps; poll it until it is succeeded, failed or cancelled. */
  getJob(jobId: string, options?: WorkspacesRequestOptions): Promise<Job>;

  /** The job's Terraform output; pass the last `nextCursor` as `after` to follow it. */
  getJobLog(jobId: string, options?: GetJobLogOptions): Promise<JobLogPage>;

  /** Asks a queued or running job to stop; it ends `cancelled` once stopped. */
  cancelJob(jobId: string, options?: WorkspacesRequestOptions): Promise<Job>;

  /** Pushes a state the job could not save (see `keptStates`) into the storage. */
  pushKeptState(
    jobId: string,
    component: string,
    options?: WorkspacesRequestOptions,
  ): Promise<KeptStatePushResult>;

  /**
   * Releases a state's lock by force (see `stateLocks`); refused while the job that
   * holds it still runs.
   */
  forceUnlockState(
    id: string,
    component: string,
    options?: WorkspacesRequestOptions,
  ): Promise<void>;
}
