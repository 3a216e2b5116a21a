// generated; do not edit; run yarn generate:openapi
// Source: plugins/workspaces-backend/src/schema/openapi.yaml
/* eslint-disable */
/**
 * The paths of the workspaces REST API and the operation each method runs.
 *
 * @public
 */
export interface paths {
  '/account/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the account resources of one kind
     * Every resource of the kind: those declared in app-config (`origin: config`,
     *     read-only) and those registered through this API (`origin: database`), each with
     *     its last check result and the live workspaces built from it (`usedBy`).
     */
    get: operations['listAccountResources'];
    put?: never;
    /**
     * Register an account resource
     * Registers a resource of the kind in the path; the body must have that kind's
     *     fields. Secrets are never sent: cloud credentials and state storages only say where
     *     their secrets come from (an environment variable or a file on the backend host).
     */
    post: operations['createAccountResource'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/account/{kind}/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one account resource */
    get: operations['getAccountResource'];
    /**
     * Replace an account resource
     * Replaces every field of a resource registered through the API; fields left out are
     *     removed. `name` must be the one in the path: a resource cannot be renamed. Live
     *     workspaces keep using the resource by name, so the change applies to their next job.
     */
    put: operations['replaceAccountResource'];
    post?: never;
    /** Remove an account resource */
    delete: operations['deleteAccountResource'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/account/{kind}/{name}/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check an account resource now
     * Runs the preflight check of the resource (can the template source be read, are the
     *     credential's secret sources present, can the state storage be reached), stores the
     *     result and returns it. Works for app-config resources too. Send no body.
     */
    post: operations['checkAccountResource'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workspaces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List workspaces
     * Workspaces the caller may see, newest first unless `sort` says otherwise, one page at a time. Deleted workspaces
     *     are left out unless `status` asks for `deleted`. Items carry their `activeJob` but not
     *     `allowedOperations`; get one workspace for those.
     */
    get: operations['listWorkspaces'];
    put?: never;
    /**
     * Create a workspace
     * Registers a workspace in `created`, built from the named account resources and the
     *     stack template's input values (`parameters`). Without `externalId` one such as
     *     `ws-k3v9x0q2mz` is generated; without `owner` the caller owns the workspace (a
     *     service must name an owner).
     *     **Who needs approval.** The request waits for approval (`approval.state` `pending`,
     *     no job queued, `job` null) when the stack template has `requiresApproval`, or when
     *     the caller is not an Account Owner or Admin; services never hold those roles, so
     *     what a service creates always waits. Otherwise (`approval.state` `not-required`)
     *     the Provision job is queued at once and returned as `job`. An Account Owner or
     *     Admin approves with decideApproval.
     *     Send an `Idempotency-Key` to make retries safe: repeating the request with the same
     *     key returns the workspace the first request created (201 again, with
     *     `Idempotent-Replayed: true`) instead of creating another.
     */
    post: operations['createWorkspace'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workspaces/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a workspace
     * The workspace with its active job and, for the caller, whether each operation is
     *     allowed now and, if not, why: the same decision the server applies when the
     *     operation is requested, so a UI can disable a button with the reason.
     */
    get: operations['getWorkspace'];
    put?: never;
    post?: never;
    /**
     * Delete a workspace and destroy its infrastructure
     * Queues a destroy job: apps are destroyed in reverse order, then the infrastructure,
     *     then the workspace becomes `deleted` (a tombstone kept for audit). Permanent. Works
     *     in every status but Deleted, whatever the approval. A job in progress (such as
     *     provisioning) is cancelled first (a queued one at once, a running one is asked to
     *     stop and finishes as cancelled) and the destroy runs after it. A destroy that fails
     *     leaves the workspace `failed`, where only an approved request (or one that needs
     *     none) may provision again; Delete can be retried.
     *     Idempotent while a destroy is under way: when a destroy job is already queued or
     *     running, the answer is 202 with that same job, and no second job is queued.
     */
    delete: operations['deleteWorkspace'];
    options?: never;
    head?: never;
    /** Rename a workspace or change its description */
    patch: operations['updateWorkspace'];
    trace?: never;
  };
  '/workspaces/{id}/operations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run an operation on a workspace
     * Queues a job for `provision` (a Created or Failed workspace), `sync-infrastructure`
     *     or `sync-apps` (a Running workspace). Only one job runs per workspace at a time.
     *     Each builds infrastructure, so each needs an approval state of `not-required` or
     *     `approved`, in every status: a pending or rejected request answers 409.
     */
    post: operations['requestOperation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workspaces/{id}/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve or reject a requested workspace
     * Decides a pending approval request. `approve` queues the Provision job and returns
     *     it as `job`; after `reject` the workspace stays Created, cannot be provisioned, and
     *     `job` is null. A rejection needs a comment telling the requester why.
     */
    post: operations['decideApproval'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workspaces/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the members of a workspace */
    get: operations['listMembers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workspaces/{id}/members/{memberRef}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Add a member or change their role
     * Gives the user or group in the path the role in the body, adding them when they are not a member yet.
     */
    put: operations['putMember'];
    post?: never;
    /** Remove a member */
    delete: operations['removeMember'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workspaces/{id}/state-locks/{component}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Force-unlock one of the workspace's Terraform states
     * Releases the lock on a state in the built-in storage that a Terraform run left
     *     behind (the workspace's `stateLocks` lists them), as `terraform force-unlock` does
     *     through the state backend, with the same rules: Account Owners and Admins, and
     *     services granted workspaces.state.unlock; never while the job holding the lock is
     *     still running (cancel it instead). Audited, and written to the workspace's events
     *     as `state.unlocked`. Send no body.
     */
    delete: operations['forceUnlockState'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workspaces/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read the history of a workspace
     * Events oldest first. To tail a workspace, call again with `after` set to the last
     *     `nextCursor` (an event id): only newer events come back, none when nothing happened
     *     (then `nextCursor` is the `after` given, so the next poll asks the same). A page
     *     shorter than `limit` holds the newest events; read on at once only after a full one.
     */
    get: operations['listEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workspaces/{id}/resources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List what the workspace's Terraform states hold
     * Every resource instance of the infrastructure and the apps, by component, address, type and mode, never attribute values (they can hold secrets). With the built-in state storage the list is read from the current states (`source: state`); with other storages it is what the succeeded jobs' applies reported (`source: last-apply`). A Deleted workspace holds nothing. Whoever may read the workspace may list them.
     */
    get: operations['listResources'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workspaces/{id}/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the jobs of a workspace */
    get: operations['listJobs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/jobs/{jobId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a job
     * The job with its steps; poll it, or follow the workspace events, until `status` is succeeded, failed or cancelled.
     */
    get: operations['getJob'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/jobs/{jobId}/log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read the Terraform log of a job
     * The raw output of the job in the order it was written, in chunks, with known secret
     *     values masked. While the job runs the log grows: call again with `after` set to the
     *     last `nextCursor` to get only the new chunks (none yet: an empty page whose
     *     `nextCursor` is the `after` given). A page shorter than `limit` holds the newest
     *     chunks; read on at once only after a full one.
     */
    get: operations['getJobLog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/jobs/{jobId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a queued or running job
     * Asks the job to stop: a queued job never starts, a running one is interrupted
     *     (Terraform gets time to save its state, then is killed). The response has
     *     `cancelRequestedAt` set; the job reaches `cancelled` once it has stopped. Asking
     *     again is harmless. Send no body.
     */
    post: operations['cancelJob'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/jobs/{jobId}/kept-states/{component}/push': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Push a state the job could not save into the built-in storage
     * When Terraform cannot save its state, the runner pushes it into the built-in
     *     storage itself; when that is refused (the stored state moved on, or it is locked)
     *     or the storage is not the built-in one, the state is kept with the job and listed
     *     in the workspace's `keptStates`. This pushes it, with the same checks as
     *     `terraform state push`: same lineage, newer serial, under the state's lock. The
     *     document is never returned. Audited. Send no body.
     */
    post: operations['pushKeptState'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
/**
 * The schemas, parameters and responses of the workspaces REST API.
 *
 * @public
 */
export interface components {
  schemas: {
    /** Backstage's error body, as every error response carries it. */
    Error: {
      error: {
        /**
         * The error type, such as ConflictError.
         * @example ConflictError
         */
        name: string;
        /** What was wrong and what to do instead. */
        message: string;
      };
      request: {
        method: string;
        url: string;
      };
      response: {
        statusCode: number;
      };
    };
    /**
     * A catalog entity ref of a user or group.
     * @example user:default/dana.dev
     * @example group:default/platform-team
     */
    EntityRef: string;
    WorkspaceStatus:
      | 'created'
      | 'provisioning'
      | 'running'
      | 'failed'
      | 'deleting'
      | 'deleted';
    ApprovalState: 'not-required' | 'pending' | 'approved' | 'rejected';
    WorkspaceOperation:
      | 'provision'
      | 'sync-infrastructure'
      | 'sync-apps'
      | 'delete'
      | 'approve'
      | 'reject'
      | 'cancel';
    /**
     * `forbidden` is answered with 403 when requested, the others with 409.
     */
    OperationRefusalCode:
      | 'forbidden'
      | 'wrong-status'
      | 'awaiting-approval'
      | 'busy';
    /** Whether an operation may run now and, if not, one sentence saying why and what to do instead. */
    OperationDecision:
      | {
          allowed: true;
        }
      | {
          allowed: false;
          code: components['schemas']['OperationRefusalCode'];
          reason: string;
        };
    /** The decision for every operation, for the caller. */
    AllowedOperations: {
      provision: components['schemas']['OperationDecision'];
      'sync-infrastructure': components['schemas']['OperationDecision'];
      'sync-apps': components['schemas']['OperationDecision'];
      delete: components['schemas']['OperationDecision'];
      approve: components['schemas']['OperationDecision'];
      reject: components['schemas']['OperationDecision'];
      cancel: components['schemas']['OperationDecision'];
    };
    WorkspaceApproval: {
      state: components['schemas']['ApprovalState'];
      requestedBy?: components['schemas']['EntityRef'];
      /** Format: date-time */
      requestedAt?: string;
      decidedBy?: components['schemas']['EntityRef'];
      /** Format: date-time */
      decidedAt?: string;
      comment?: string;
    };
    /** The account resources a workspace is built from, each by name. */
    WorkspaceProvisioning: {
      stackTemplate: components['schemas']['AccountResourceName'];
      cloudCredential: components['schemas']['AccountResourceName'];
      stateStorage: components['schemas']['AccountResourceName'];
      /** An existing network; null or absent means the template creates one. */
      network?: components['schemas']['AccountResourceName'] | null;
    };
    WorkspaceApp: {
      name: string;
      title?: string;
      status: 'pending' | 'synced' | 'failed';
      /** Format: date-time */
      lastSyncedAt?: string;
    };
    Workspace: {
      /** Format: uuid */
      id: string;
      /**
       * A DNS-label-like id that names the workspace's cloud resources.
       * @example ws-k3v9x0q2mz
       */
      externalId: string;
      name: string;
      description?: string;
      owner: components['schemas']['EntityRef'];
      status: components['schemas']['WorkspaceStatus'];
      approval: components['schemas']['WorkspaceApproval'];
      provisioning: components['schemas']['WorkspaceProvisioning'];
      /** Values for the stack template's inputs. */
      parameters: {
        [key: string]: unknown;
      };
      labels: components['schemas']['WorkspaceLabels'];
      /** Terraform outputs; sensitive ones are never stored, so never returned. */
      outputs: {
        [key: string]: unknown;
      };
      apps: components['schemas']['WorkspaceApp'][];
      /** The queued or running job; null or absent when there is none. */
      activeJob?: components['schemas']['JobSummary'] | null;
      /** Why the workspace is Failed, in words a person can act on. */
      failureReason?: string;
      createdBy: components['schemas']['EntityRef'];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: date-time */
      lastActivityAt: string;
    };
    /** A workspace as a create or approval request left it, with the job that request queued. */
    WorkspaceWithQueuedJob: components['schemas']['Workspace'] & {
      /** The Provision job this request queued; null when it queued none (the workspace waits for approval, or was rejected). */
      job: components['schemas']['Job'] | null;
    };
    WorkspaceWithAllowedOperations: components['schemas']['Workspace'] & {
      allowedOperations: components['schemas']['AllowedOperations'];
      /** States the workspace's jobs could not save and are kept until an Account Owner or Admin pushes them; oldest first. */
      keptStates: components['schemas']['KeptState'][];
      /** Locks held on the workspace's states in the built-in storage, by component; empty for other storages. */
      stateLocks: components['schemas']['StateLock'][];
    };
    /** A lock on one of the workspace's Terraform states, as people see it. Terraform's lock ID and LockInfo are never returned. */
    StateLock: {
      /** infrastructure, or the name of an app. */
      component: string;
      /** The person or service the lock was taken for (a job's requester). */
      holder: string;
      /**
       * Format: uuid
       * The job whose Terraform took the lock, if a job did.
       */
      jobId?: string;
      operation?: components['schemas']['JobOperation'];
      /** Format: date-time */
      lockedAt: string;
      /**
       * Set when the lock protects nothing any more (its job ended, lost its runner, or is gone); absent while its job runs.
       */
      staleReason?: 'job-not-running' | 'lease-expired' | 'job-gone';
    };
    /** What pushing a kept state did; the storage holds that version now. */
    KeptStatePushResult: {
      component: string;
      serial: number;
      /**
       * already-saved when the storage held that version already.
       */
      outcome: 'pushed' | 'already-saved';
    };
    /** A Terraform state a job could not save to the state storage, kept with the job. The document itself is never returned. */
    KeptState: {
      /** Format: uuid */
      jobId: string;
      /** infrastructure, or the name of an app. */
      component: string;
      serial: number;
      /** Why it could not be pushed, as a sentence. */
      reason: string;
      /** Format: date-time */
      keptAt: string;
    };
    WorkspaceList: {
      items: components['schemas']['Workspace'][];
      /** Pass as `cursor` to get the next page; absent on the last page. */
      nextCursor?: string;
    };
    /** 3 to 63 characters of letters, digits, spaces, "-", "_" and "."; starts with a letter or digit. Surrounding spaces are trimmed. */
    WorkspaceName: string;
    /** At most 1000 characters; line breaks and tabs are fine, other control characters are not. */
    Description: string;
    CreateWorkspaceRequest: {
      name: components['schemas']['WorkspaceName'];
      description?: components['schemas']['Description'];
      /** 3 to 40 lowercase letters, digits and single hyphens, starting with a letter. Generated when absent. */
      externalId?: string;
      /** The owning user or group; the caller when absent. */
      owner?: components['schemas']['EntityRef'];
      provisioning: {
        stackTemplate: components['schemas']['AccountResourceName'];
        cloudCredential: components['schemas']['AccountResourceName'];
        stateStorage: components['schemas']['AccountResourceName'];
        /** An existing network; null or absent lets the template create one. */
        network?: components['schemas']['AccountResourceName'] | null;
      };
      /**
       * Values for the stack template's inputs, checked against its input schema.
       * @defaultValue \{\}
       */
      parameters?: {
        [key: string]: unknown;
      };
      labels?: components['schemas']['WorkspaceLabels'];
    };
    UpdateWorkspaceRequest: {
      name?: components['schemas']['WorkspaceName'];
      description?: components['schemas']['Description'];
      /** New values for the stack template's inputs, checked against its input schema (defaults filled in); they apply from the next job on, e.g. a retried Provision Infrastructure after a failure caused by an input. */
      parameters?: {
        [key: string]: unknown;
      };
      /** The new labels; they replace the old ones as a whole (send \{\} to remove all). */
      labels?: components['schemas']['WorkspaceLabels'];
    };
    /**
     * Key/value labels for finding and grouping workspaces (e.g. team, cost centre, environment), in the shape of Kubernetes labels: at most 32, keys of 1 to 63 lowercase letters, digits, '-', '_' and '.', starting and ending with a letter or digit; values of at most 63 such characters (any case), or empty.
     * @example \{
     *       "team": "data-platform",
     *       "environment": "staging"
     *     \}
     */
    WorkspaceLabels: {
      [key: string]: string;
    };
    OperationRequest: {
      operation: 'provision' | 'sync-infrastructure' | 'sync-apps';
    };
    ApprovalDecision: {
      decision: 'approve' | 'reject';
      /** Required to reject, to tell the requester why. At most 1000 characters. */
      comment?: string;
    };
    /**
     * admin: manages members and settings; operator: runs operations; viewer: only looks.
     */
    MemberRole: 'admin' | 'operator' | 'viewer';
    ChangeMemberRoleRequest: {
      role: components['schemas']['MemberRole'];
    };
    WorkspaceMember: {
      /** The user or group; a group gives the role to all its members. */
      ref: components['schemas']['EntityRef'];
      role: components['schemas']['MemberRole'];
      addedBy: components['schemas']['EntityRef'];
      /** Format: date-time */
      addedAt: string;
    };
    MemberList: {
      items: components['schemas']['WorkspaceMember'][];
    };
    /**
     * What a job does; `destroy` is the job the Delete operation queues.
     */
    JobOperation: 'provision' | 'sync-infrastructure' | 'sync-apps' | 'destroy';
    /**
     * queued and running jobs are active; at most one per workspace.
     */
    JobStatus: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
    /** One step of a job, the infrastructure or one app; a retry starts from the step that failed. */
    JobStep: {
      name: string;
      kind: 'infrastructure' | 'app';
      status:
        | 'pending'
        | 'running'
        | 'succeeded'
        | 'failed'
        | 'skipped'
        | 'cancelled';
      /** Format: date-time */
      startedAt?: string;
      /** Format: date-time */
      finishedAt?: string;
      error?: string;
    };
    /** One run of an operation on a workspace. */
    Job: {
      id: string;
      /** Format: uuid */
      workspaceId: string;
      operation: components['schemas']['JobOperation'];
      status: components['schemas']['JobStatus'];
      requestedBy: components['schemas']['EntityRef'];
      /** 1 for the first run; a retry of the same operation counts up. */
      attempt: number;
      steps: components['schemas']['JobStep'][];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      startedAt?: string;
      /** Format: date-time */
      finishedAt?: string;
      error?: string;
      /**
       * Format: date-time
       * Set as soon as someone asks to cancel, before the job has stopped.
       */
      cancelRequestedAt?: string;
    };
    /** The part of a job shown alongside a workspace. */
    JobSummary: {
      id: string;
      operation: components['schemas']['JobOperation'];
      status: components['schemas']['JobStatus'];
      /** Format: date-time */
      createdAt: string;
    };
    /** The job an operation queued. */
    JobAccepted: {
      job: components['schemas']['Job'];
    };
    WorkspaceResource: {
      /** `infrastructure`, or the name of an app. */
      component: string;
      /** Terraform's address, such as `module.db.aws_db_instance.main[0]`. */
      address: string;
      /** The resource type, such as `aws_db_instance`. */
      type: string;
      /**
       * `data` for a data source Terraform only reads.
       */
      mode: 'managed' | 'data';
      /** The provider's source address, such as `registry.terraform.io/hashicorp/aws` (from the state only). */
      provider?: string;
    };
    WorkspaceResourceList: {
      items: components['schemas']['WorkspaceResource'][];
      /**
       * `state`: read from the built-in storage's current states; `last-apply`: what the applies reported, for storages the portal cannot read.
       */
      source: 'state' | 'last-apply';
    };
    JobList: {
      items: components['schemas']['Job'][];
    };
    JobLogChunk: {
      /** Increases with every chunk of the job; also the cursor. */
      seq: number;
      /** Raw output lines, each ending with a newline, secrets masked. */
      text: string;
      /** Format: date-time */
      createdAt: string;
      /** The job step that wrote the chunk (`infrastructure` or an app's name); absent on chunks written before steps were named. */
      step?: string;
    };
    JobLogPage: {
      items: components['schemas']['JobLogChunk'][];
      /** The seq of the last chunk (on an empty page, the `after` given); pass it as `after` to read on. Absent only on an empty page asked for without `after`. */
      nextCursor?: string;
    };
    WorkspaceEventBase: {
      /** A monotonic integer as a string; also the cursor to read on from. */
      id: string;
      /** Format: uuid */
      workspaceId: string;
      /** Format: date-time */
      createdAt: string;
      /** Who caused the event; absent when the system did. */
      actor?: components['schemas']['EntityRef'];
      level: 'info' | 'warning' | 'error';
      jobId?: string;
      /** A sentence a person can read, shown as is in the Events tab. */
      message: string;
      type: string;
      data: Record<string, never>;
    };
    EmptyEventData: Record<string, never>;
    WorkspaceCreatedEventData: {
      name: string;
      externalId: string;
    };
    ApprovalGrantedEventData: {
      comment?: string;
    };
    ApprovalRejectedEventData: {
      comment: string;
    };
    StatusChangedEventData: {
      from: components['schemas']['WorkspaceStatus'];
      to: components['schemas']['WorkspaceStatus'];
      reason?: string;
    };
    JobEventData: {
      operation: components['schemas']['JobOperation'];
    };
    JobFinishedEventData: {
      operation: components['schemas']['JobOperation'];
      status: 'succeeded' | 'failed' | 'cancelled';
      error?: string;
    };
    /** `role` is the role after the change; for a removal, the role the member had. */
    MemberEventData: {
      member: components['schemas']['EntityRef'];
      role: components['schemas']['MemberRole'];
      previousRole?: components['schemas']['MemberRole'];
    };
    /** Names the fields that changed, never their values. */
    SettingsChangedEventData: {
      changes: string[];
    };
    TerraformResourceEventData: {
      address: string;
      /** Terraform's change action: create, read, update, replace, delete, ... */
      action: string;
      phase: 'started' | 'completed' | 'errored';
      elapsedSeconds?: number;
      /** The job step that ran Terraform (`infrastructure` or an app's name); absent on events written before steps were named. */
      step?: string;
    };
    TerraformDiagnosticEventData: {
      severity: 'error' | 'warning';
      summary: string;
      detail?: string;
      address?: string;
      /** The job step that ran Terraform (`infrastructure` or an app's name); absent on events written before steps were named. */
      step?: string;
    };
    TerraformChangeSummaryEventData: {
      add: number;
      change: number;
      remove: number;
      operation: 'plan' | 'apply' | 'destroy';
      /** The job step that ran Terraform (`infrastructure` or an app's name); absent on events written before steps were named. */
      step?: string;
    };
    AppSyncedEventData: {
      app: string;
    };
    JobStepSkippedEventData: {
      operation: components['schemas']['JobOperation'];
      /** The component the step would have run Terraform on. */
      step: string;
      /**
       * no-state, the component holds no Terraform state, so there is nothing to destroy.
       */
      reason: 'no-state';
    };
    StatePushedEventData: {
      component: string;
      /** The serial of the version that was stored. */
      serial: number;
    };
    StateKeptEventData: {
      component: string;
      /** Why the state could not be pushed, as a sentence. */
      reason: string;
    };
    StateUnlockedEventData: {
      component: string;
      /** Who held the lock (a job's requester, or the person who took it). */
      previousHolder: string;
      /**
       * Format: uuid
       * The job that took the lock, if a job did.
       */
      previousJobId?: string;
    };
    /** One entry of a workspace's history; `type` says what `data` holds. */
    WorkspaceEvent: components['schemas']['WorkspaceEventBase'] &
      (
        | components['schemas']['WorkspaceCreatedEvent']
        | components['schemas']['ApprovalRequestedEvent']
        | components['schemas']['ApprovalGrantedEvent']
        | components['schemas']['ApprovalRejectedEvent']
        | components['schemas']['StatusChangedEvent']
        | components['schemas']['JobQueuedEvent']
        | components['schemas']['JobStartedEvent']
        | components['schemas']['JobFinishedEvent']
        | components['schemas']['JobCancelledEvent']
        | components['schemas']['MemberAddedEvent']
        | components['schemas']['MemberRemovedEvent']
        | components['schemas']['MemberRoleChangedEvent']
        | components['schemas']['SettingsChangedEvent']
        | components['schemas']['TerraformResourceEvent']
        | components['schemas']['TerraformDiagnosticEvent']
        | components['schemas']['TerraformChangeSummaryEvent']
        | components['schemas']['AppSyncedEvent']
        | components['schemas']['JobStepSkippedEvent']
        | components['schemas']['StatePushedEvent']
        | components['schemas']['StateKeptEvent']
        | components['schemas']['StateUnlockedEvent']
      );
    WorkspaceCreatedEvent: {
      /**
       * discriminator enum property added by openapi-typescript
       */
      type: 'workspace.created';
      data: components['schemas']['WorkspaceCreatedEventData'];
    };
    ApprovalRequestedEvent: {
      /**
       * discriminator enum property added by openapi-typescript
       */
      type: 'approval.requested';
      data: components['schemas']['EmptyEventData'];
    };
    ApprovalGrantedEvent: {
      /**
       * discriminator enum property added by openapi-typescript
       */
      type: 'approval.granted';
      data: components['schemas']['ApprovalGrantedEventData'];
    };
    ApprovalRejectedEvent: {
      /**
       * discriminator enum property added by openapi-typescript
       */
      type: 'approval.rejected';
      data: components['schemas']['ApprovalRejectedEventData'];
    };
    StatusChangedEvent: {
      /**
       * discriminator enum property added by openapi-typescript
       */
      type: 'status.changed';
      data: components['schemas']['StatusChangedEventData'];
    };
    JobQueuedEvent: {
      /**
       * discriminator enum property added by openapi-typescript
       */
      type: 'job.queued';
      data: components['schemas']['JobEventData'];
    };
    JobStartedEvent: {
      /**
       * discriminator enum property added by openapi-typescript
       */
      type: 'job.started';
      data: components['schemas']['JobEventData'];
    };
    JobFinishedEvent: {
      /**
       * discriminator enum property added by openapi-typescript
       */
      type: 'job.finished';
      data: components['schemas']['JobFinishedEventData'];
    };
    /** Someone asked to cancel; job.finished follows once the job has stopped. */
    JobCancelledEvent: {
      /**
       * discriminator enum property added by openapi-typescript
       */
      type: 'job.cancelled';
      data: components['schemas']['JobEventData'];
    };
    MemberAddedEvent: {
      /**
       * discriminator enum property added by openapi-typescript
       */
      type: 'member.added';
      data: components['schemas']['MemberEventData'];
    };
    MemberRemovedEvent: {
      /**
       * discriminator enum property added by openapi-typescript
       */
      type: 'member.removed';
      data: components['schemas']['MemberEventData'];
    };
    MemberRoleChangedEvent: {
      /**
       * discriminator enum property added by openapi-typescript
       */
      type: 'member.role-changed';
      data: components['schemas']['MemberEventData'];
    };
    SettingsChangedEvent: {
      /**
       * discriminator enum property added by openapi-typescript
       */
      type: 'settings.changed';
      data: components['schemas']['SettingsChangedEventData'];
    };
    TerraformResourceEvent: {
      /**
       * discriminator enum property added by openapi-typescript
       */
      type: 'terraform.resource';
      data: components['schemas']['TerraformResourceEventData'];
    };
    TerraformDiagnosticEvent: {
      /**
       * discriminator enum property added by openapi-typescript
       */
      type: 'terraform.diagnostic';
      data: components['schemas']['TerraformDiagnosticEventData'];
    };
    TerraformChangeSummaryEvent: {
      /**
       * discriminator enum property added by openapi-typescript
       */
      type: 'terraform.change-summary';
      data: components['schemas']['TerraformChangeSummaryEventData'];
    };
    AppSyncedEvent: {
      /**
       * discriminator enum property added by openapi-typescript
       */
      type: 'app.synced';
      data: components['schemas']['AppSyncedEventData'];
    };
    /** A step was not run; destroying a component that holds no state needs no Terraform. */
    JobStepSkippedEvent: {
      /**
       * discriminator enum property added by openapi-typescript
       */
      type: 'job.step-skipped';
      data: components['schemas']['JobStepSkippedEventData'];
    };
    /** A state Terraform could not save (errored.tfstate) was pushed into the state storage as a new version. */
    StatePushedEvent: {
      /**
       * discriminator enum property added by openapi-typescript
       */
      type: 'state.pushed';
      data: components['schemas']['StatePushedEventData'];
    };
    /** A state Terraform could not save is kept with the job because pushing it failed; an Account Owner or Admin can push it later. */
    StateKeptEvent: {
      /**
       * discriminator enum property added by openapi-typescript
       */
      type: 'state.kept';
      data: components['schemas']['StateKeptEventData'];
    };
    /** An Account Owner, Admin or granted service force-unlocked a state, from the portal or with `terraform force-unlock`. */
    StateUnlockedEvent: {
      /**
       * discriminator enum property added by openapi-typescript
       */
      type: 'state.unlocked';
      data: components['schemas']['StateUnlockedEventData'];
    };
    EventPage: {
      /** Oldest first. */
      items: components['schemas']['WorkspaceEvent'][];
      /** The id of the last event (on an empty page, the `after` given); pass it as `after` to get newer events. Absent only on an empty page asked for without `after`. */
      nextCursor?: string;
    };
    /**
     * A kind of account resource, spelled as its path segment.
     */
    AccountResourceKind:
      | 'stack-templates'
      | 'cloud-credentials'
      | 'state-storages'
      | 'networks';
    /** Unique per kind; 1 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit. */
    AccountResourceName: string;
    /** The result of the last preflight check. */
    AccountResourceValidation: {
      status: 'unknown' | 'valid' | 'warning' | 'broken';
      /** Sentences a person can act on; empty when all is well. */
      messages: string[];
      /** Format: date-time */
      checkedAt?: string;
    };
    /** The fields every account resource has. */
    AccountResourceBase: {
      name: components['schemas']['AccountResourceName'];
      title: string;
      description?: string;
      owner?: components['schemas']['EntityRef'];
      /**
       * `config` resources come from app-config and are read-only here; `database` ones were registered through this API.
       */
      origin: 'config' | 'database';
      validation: components['schemas']['AccountResourceValidation'];
      /** Format: date-time */
      createdAt?: string;
      /** Format: date-time */
      updatedAt?: string;
    };
    EnvironmentVariableName: string;
    /** Where a secret comes from; only the reference is ever stored or returned, never the value. */
    SecretReference: {
      /** The environment variable the Terraform process receives, such as AWS_SECRET_ACCESS_KEY. */
      name: components['schemas']['EnvironmentVariableName'];
      from:
        | {
            /** An environment variable of the backend process. */
            env: components['schemas']['EnvironmentVariableName'];
          }
        | {
            /** An absolute path of a file on the backend host. */
            file: string;
          };
    };
    /** A directory under an allow-listed root, or an http(s) URL the UrlReader can read as a tree. */
    StackTemplateSource:
      | {
          type: 'directory';
          path: string;
        }
      | {
          type: 'url';
          /** Format: uri */
          url: string;
        };
    /** One JSON Schema property; it becomes a form field and a Terraform variable. */
    StackTemplateInputProperty: {
      type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
      title?: string;
      description?: string;
      /** The value used when the user gives none. */
      default?: unknown;
      enum?: unknown[];
    } & {
      [key: string]: unknown;
    };
    /** The JSON Schema of the inputs a stack template takes from the user. */
    StackTemplateInputs: {
      type: 'object';
      properties: {
        [key: string]: components['schemas']['StackTemplateInputProperty'];
      };
      required?: string[];
    };
    StackTemplateApp: {
      name: string;
      title?: string;
      /** Module directory, relative to the template source. */
      path: string;
    };
    /** The Terraform that builds a workspace, and what it asks of the user. */
    StackTemplate: {
      source: components['schemas']['StackTemplateSource'];
      version?: string;
      infrastructure: {
        /** Module subdirectory of the infrastructure, such as `.`. */
        path: string;
      };
      inputs: components['schemas']['StackTemplateInputs'];
      /** Applied in this order after the infrastructure, destroyed in reverse. */
      apps: components['schemas']['StackTemplateApp'][];
      requiresApproval: boolean;
    } & components['schemas']['AccountResourceBase'];
    /**
     * `env` passes plain environment variables, for providers without a dedicated kind.
     */
    CloudProvider: 'aws' | 'gcp' | 'azure' | 'env';
    /** How Terraform signs in to a cloud. Holds no secret material. */
    CloudCredential: {
      provider: components['schemas']['CloudProvider'];
      /** Non-secret identity such as account id, role ARN or project. */
      identity: {
        [key: string]: string;
      };
      secrets: components['schemas']['SecretReference'][];
    } & components['schemas']['AccountResourceBase'];
    /**
     * `builtin` keeps the state in this plugin's own database; `local` is for development.
     */
    StateStorageKind:
      | 'builtin'
      | 'pg'
      | 's3'
      | 'gcs'
      | 'azurerm'
      | 'http'
      | 'local';
    /** Where the Terraform state of workspaces lives. */
    StateStorage: {
      kind: components['schemas']['StateStorageKind'];
      /** Non-secret backend settings such as bucket or region. */
      settings: {
        [key: string]: string;
      };
      secrets?: components['schemas']['SecretReference'][];
    } & components['schemas']['AccountResourceBase'];
    NetworkProvider: 'aws' | 'gcp' | 'azure' | 'other';
    /** An existing network a workspace can join instead of creating its own. */
    Network: {
      provider: components['schemas']['NetworkProvider'];
      networkId: string;
      cidr?: string;
      region?: string;
      subnets?: string[];
    } & components['schemas']['AccountResourceBase'];
    /** A resource of the kind in the path. */
    AccountResource:
      | components['schemas']['StackTemplate']
      | components['schemas']['CloudCredential']
      | components['schemas']['StateStorage']
      | components['schemas']['Network'];
    /** A live workspace, named enough to link to it, with what its status chip needs. */
    WorkspaceReference: {
      /** Format: uuid */
      id: string;
      name: string;
      externalId: string;
      status: components['schemas']['WorkspaceStatus'];
      /** Only the state of its approval, so that a Created workspace reads "Awaiting approval" or "Rejected"; who asked and decided stays on the workspace. */
      approval: {
        state: components['schemas']['ApprovalState'];
      };
    };
    AccountResourceWithUsage: {
      /** The live (not deleted) workspaces built from this resource that the caller may read. */
      usedBy?: components['schemas']['WorkspaceReference'][];
    } & components['schemas']['AccountResource'];
    AccountResourceList: {
      items: components['schemas']['AccountResourceWithUsage'][];
    };
    /** One line of text, at most 100 characters. */
    SingleLine: string;
    /** A path relative to the template source, without `..`. */
    RelativePath: string;
    /** The fields every account resource request has. */
    AccountResourceRequestFields: {
      name: components['schemas']['AccountResourceName'];
      title: components['schemas']['SingleLine'];
      description?: components['schemas']['Description'];
      owner?: components['schemas']['EntityRef'];
    };
    /**
     * One input: its JSON Schema type and the keywords that fit that type. Inputs cannot
     *     be secret; secrets belong in a cloud credential.
     */
    StackTemplateInputPropertyRequest: {
      type: 'string' | 'number' | 'integer' | 'boolean' | 'array';
      title?: components['schemas']['SingleLine'];
      description?: components['schemas']['Description'];
      /** A value of the input's type; one of `enum` when that is given. */
      default?:
        | components['schemas']['InputScalar']
        | components['schemas']['InputScalar'][];
      enum?: components['schemas']['InputScalar'][];
      minimum?: number;
      maximum?: number;
      pattern?: string;
      minLength?: number;
      maxLength?: number;
      items?: {
        type: 'string' | 'number' | 'integer' | 'boolean';
      };
    };
    InputScalar: string | number | boolean;
    /** A stack template to register or replace. */
    StackTemplateRequest: {
      source: components['schemas']['StackTemplateSource'];
      version?: components['schemas']['SingleLine'];
      /** Where the infrastructure module is; `\{ path: "." \}` when absent. */
      infrastructure?: {
        path?: components['schemas']['RelativePath'];
      };
      /** The JSON Schema of the user inputs; no inputs when absent. */
      inputs?: {
        type: 'object';
        /** Input names become Terraform variables; up to 64 letters, digits, underscores and hyphens, starting with a letter or underscore. */
        properties?: {
          [
            key: string
          ]: components['schemas']['StackTemplateInputPropertyRequest'];
        };
        required?: string[];
      };
      /** The app modules, applied in this order; none when absent. */
      apps?: {
        name: components['schemas']['AccountResourceName'];
        title?: components['schemas']['SingleLine'];
        path: components['schemas']['RelativePath'];
      }[];
      /** Whether creating a workspace from the template needs approval; false when absent. */
      requiresApproval?: boolean;
    } & components['schemas']['AccountResourceRequestFields'];
    /** A cloud credential to register or replace; identity and secret references only, never a secret value. */
    CloudCredentialRequest: {
      provider: components['schemas']['CloudProvider'];
      /** Non-secret identity such as account id, role ARN or project; none when absent. */
      identity?: {
        [key: string]: string;
      };
      /** Secret references; none when absent. */
      secrets?: components['schemas']['SecretReference'][];
    } & components['schemas']['AccountResourceRequestFields'];
    /** A state storage to register or replace; settings and secret references only, never a secret value. */
    StateStorageRequest: {
      kind: components['schemas']['StateStorageKind'];
      /** Non-secret backend settings such as bucket or region; none when absent. */
      settings?: {
        [key: string]: string;
      };
      secrets?: components['schemas']['SecretReference'][];
    } & components['schemas']['AccountResourceRequestFields'];
    /** A network to register or replace. */
    NetworkRequest: {
      provider: components['schemas']['NetworkProvider'];
      networkId: string;
      /** An IPv4 CIDR block such as 10.0.0.0/16. */
      cidr?: string;
      region?: string;
      subnets?: string[];
    } & components['schemas']['AccountResourceRequestFields'];
    /** A resource of the kind in the path, without the fields the server sets (origin, validation and times). */
    AccountResourceRequest:
      | components['schemas']['StackTemplateRequest']
      | components['schemas']['CloudCredentialRequest']
      | components['schemas']['StateStorageRequest']
      | components['schemas']['NetworkRequest'];
  };
  responses: {
    /** InputError: a parameter or the body is invalid; the message names each field and what is allowed. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** AuthenticationError: the request has no valid Backstage user or service token. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** NotAllowedError: the caller may not do this; the message says which role or permission it needs. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** NotFoundError: what the path names does not exist, or the caller may not see it. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** ConflictError: the request clashes with the current state; the message says what the state is and what to do instead. */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    /** The workspace's UUID (not its external id). */
    workspaceId: string;
    jobId: string;
    accountResourceKind: components['schemas']['AccountResourceKind'];
    accountResourceName: components['schemas']['AccountResourceName'];
    /** A user or group entity ref, URL-encoded as one path segment (`user%3Adefault%2Fdana.dev`). */
    memberRef: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
/**
 * Every operation of the workspaces REST API, by operationId.
 *
 * @public
 */
export interface operations {
  listAccountResources: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: components['parameters']['accountResourceKind'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The resources, ordered by name. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountResourceList'];
        };
      };
      /** The kind is not one of the four account resource kinds. */
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** The caller may not read the account (`workspaces.account.read`). */
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  createAccountResource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: components['parameters']['accountResourceKind'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AccountResourceRequest'];
      };
    };
    responses: {
      /** The registered resource, with `origin` `database`. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountResourceWithUsage'];
        };
      };
      /** The body is invalid or does not match the kind (the message names each field), or a directory stack template lies outside `workspaces.stackTemplateRoots`. */
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** The caller may not manage the account (`workspaces.account.manage`). */
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      /** A resource of this kind already has that name, in app-config or in the database; pick another name. */
      409: components['responses']['Conflict'];
    };
  };
  getAccountResource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: components['parameters']['accountResourceKind'];
        name: components['parameters']['accountResourceName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The resource, with the live workspaces built from it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountResourceWithUsage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** The caller may not read the account (`workspaces.account.read`). */
      403: components['responses']['Forbidden'];
      /** There is no resource of this kind with this name. */
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  replaceAccountResource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: components['parameters']['accountResourceKind'];
        name: components['parameters']['accountResourceName'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AccountResourceRequest'];
      };
    };
    responses: {
      /** The resource as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountResourceWithUsage'];
        };
      };
      /** The body is invalid, does not match the kind, or its name differs from the path, or a directory stack template lies outside `workspaces.stackTemplateRoots`. */
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** The caller may not manage the account (`workspaces.account.manage`). */
      403: components['responses']['Forbidden'];
      /** There is no resource of this kind with this name; register it with POST first. */
      404: components['responses']['NotFound'];
      /** The resource is declared in app-config (`origin` `config`) and is read-only here; change it in app-config. */
      409: components['responses']['Conflict'];
    };
  };
  deleteAccountResource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: components['parameters']['accountResourceKind'];
        name: components['parameters']['accountResourceName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The resource is gone. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** The caller may not manage the account (`workspaces.account.manage`). */
      403: components['responses']['Forbidden'];
      /** There is no resource of this kind with this name. */
      404: components['responses']['NotFound'];
      /** Live workspaces still use the resource (the message names them; delete them first), or it is declared in app-config and must be removed there. */
      409: components['responses']['Conflict'];
    };
  };
  checkAccountResource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: components['parameters']['accountResourceKind'];
        name: components['parameters']['accountResourceName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The new check result; `messages` says what to fix. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountResourceValidation'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** The caller may not manage the account (`workspaces.account.manage`). */
      403: components['responses']['Forbidden'];
      /** There is no resource of this kind with this name. */
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  listWorkspaces: {
    parameters: {
      query?: {
        /**
         * `mine`: workspaces the caller, or one of their groups, owns or is a member of.
         *     `all`: every workspace the caller may read (Account Owners and Admins see all).
         */
        scope?: 'mine' | 'all';
        /**
         * Only workspaces in these statuses. Repeat the parameter
         *     (`status=running&status=failed`) or separate with commas (`status=running,failed`).
         */
        status?: string[];
        /**
         * Only workspaces whose approval request is in this state; `pending` lists the
         *     requests waiting for an Account Owner or Admin to decide.
         */
        approval?: components['schemas']['ApprovalState'];
        /** Only workspaces built from the stack template of this name. */
        template?: string;
        /** Only workspaces owned by this user or group entity ref. */
        owner?: string;
        /** Case-insensitive text found in the name, external id or description. */
        q?: string;
        /** The most items in one page. */
        limit?: number;
        /** The `nextCursor` of the previous page; keep the other parameters the same. */
        cursor?: string;
        /**
         * The order: `name` (case-insensitive), `status`, `lastActivity` or `created`, ties
         *     broken by id so pages neither skip nor repeat. Without it, newest created first.
         */
        sort?: 'name' | 'status' | 'lastActivity' | 'created';
        /** With `sort` only; `asc` by default. */
        order?: 'asc' | 'desc';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** One page of workspaces. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkspaceList'];
        };
      };
      /** A parameter is invalid, such as an unknown status, a limit outside 1 to 100, or a cursor this server did not issue. */
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  createWorkspace: {
    parameters: {
      query?: never;
      header?: {
        /**
         * Any string that identifies this one intended workspace, such as a fresh UUID: 1 to
         *     255 printable ASCII characters, not only spaces. An empty or otherwise invalid key
         *     is refused with 400, never taken as absent.
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWorkspaceRequest'];
      };
    };
    responses: {
      /** The new workspace, or the one an earlier request with the same Idempotency-Key created, with the Provision job the request queued (`job`, null when the workspace waits for approval). */
      201: {
        headers: {
          /** `true` when this response replays an earlier request with the same Idempotency-Key; absent otherwise. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkspaceWithQueuedJob'];
        };
      };
      /** The body is invalid, names an account resource that does not exist, or its parameters do not fit the template's inputs (the message names each field), or the Idempotency-Key is empty or invalid. */
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** The caller may not create workspaces (`workspaces.workspace.create`). */
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      /** The external id is taken by another workspace (choose another or leave it out), the Idempotency-Key was already used with a different body, or the stack template's directory is no longer inside `workspaces.stackTemplateRoots` (choose another template, or ask an Account Owner or Admin to move it or allow its root). */
      409: components['responses']['Conflict'];
    };
  };
  getWorkspace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The workspace's UUID (not its external id). */
        id: components['parameters']['workspaceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The workspace. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkspaceWithAllowedOperations'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** There is no workspace with this id, or the caller may not see it. */
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  deleteWorkspace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The workspace's UUID (not its external id). */
        id: components['parameters']['workspaceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The destroy job was queued, or the one already queued or running; follow it with getJob or the events. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobAccepted'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** Only an Account Owner or Admin may delete a workspace; the message says the caller's role. */
      403: components['responses']['Forbidden'];
      /** There is no workspace with this id, or the caller may not see it. */
      404: components['responses']['NotFound'];
      /** The workspace is Deleted, or is Deleting with its destroy job being cancelled; the message gives the status and what to do instead. */
      409: components['responses']['Conflict'];
    };
  };
  updateWorkspace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The workspace's UUID (not its external id). */
        id: components['parameters']['workspaceId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateWorkspaceRequest'];
      };
    };
    responses: {
      /** The workspace after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Workspace'];
        };
      };
      /** The body is invalid or changes nothing; give a name, a description or both. */
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** Only the owner, a workspace admin, or an Account Owner or Admin may change the workspace. */
      403: components['responses']['Forbidden'];
      /** There is no workspace with this id, or the caller may not see it. */
      404: components['responses']['NotFound'];
      /** The workspace is Deleted and can no longer change. */
      409: components['responses']['Conflict'];
    };
  };
  requestOperation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The workspace's UUID (not its external id). */
        id: components['parameters']['workspaceId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OperationRequest'];
      };
    };
    responses: {
      /** The job was queued; follow it with getJob or the events. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobAccepted'];
        };
      };
      /** The operation is not provision, sync-infrastructure or sync-apps. */
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** The caller is not the owner, an operator or admin of the workspace, nor an Account Owner or Admin. */
      403: components['responses']['Forbidden'];
      /** There is no workspace with this id, or the caller may not see it. */
      404: components['responses']['NotFound'];
      /** The operation is not allowed now; the message gives the current status and what is allowed instead (the workspace has the wrong status, awaits approval, or another job is in progress). */
      409: components['responses']['Conflict'];
    };
  };
  decideApproval: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The workspace's UUID (not its external id). */
        id: components['parameters']['workspaceId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApprovalDecision'];
      };
    };
    responses: {
      /** The workspace with its new `approval` and the Provision job an approval queued (`job`, null after a rejection). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkspaceWithQueuedJob'];
        };
      };
      /** The decision is not approve or reject, or a rejection has no comment. */
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** Only an Account Owner or Admin may decide approvals. */
      403: components['responses']['Forbidden'];
      /** There is no workspace with this id, or the caller may not see it. */
      404: components['responses']['NotFound'];
      /** There is no pending request (approval not required, or already decided); the message says which. */
      409: components['responses']['Conflict'];
    };
  };
  listMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The workspace's UUID (not its external id). */
        id: components['parameters']['workspaceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Every member; the owner is not listed unless also added as a member. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** There is no workspace with this id, or the caller may not see it. */
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  putMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The workspace's UUID (not its external id). */
        id: components['parameters']['workspaceId'];
        /** A user or group entity ref, URL-encoded as one path segment (`user%3Adefault%2Fdana.dev`). */
        memberRef: components['parameters']['memberRef'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeMemberRoleRequest'];
      };
    };
    responses: {
      /** The member as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkspaceMember'];
        };
      };
      /** The member ref is not a user or group entity ref, names a user or group the catalog does not hold (checked when adding, not when changing the role of a member), or the role is not admin, operator or viewer. */
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** Only the owner, a workspace admin, or an Account Owner or Admin may manage members. */
      403: components['responses']['Forbidden'];
      /** There is no workspace with this id, or the caller may not see it. */
      404: components['responses']['NotFound'];
      /** The workspace is Deleted and its members can no longer change. */
      409: components['responses']['Conflict'];
    };
  };
  removeMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The workspace's UUID (not its external id). */
        id: components['parameters']['workspaceId'];
        /** A user or group entity ref, URL-encoded as one path segment (`user%3Adefault%2Fdana.dev`). */
        memberRef: components['parameters']['memberRef'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The member is removed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** The member ref is not a user or group entity ref. */
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** Only the owner, a workspace admin, or an Account Owner or Admin may manage members. */
      403: components['responses']['Forbidden'];
      /** There is no such workspace, or the user or group is not a member of it. */
      404: components['responses']['NotFound'];
      /** The workspace is Deleted and its members can no longer change. */
      409: components['responses']['Conflict'];
    };
  };
  forceUnlockState: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The workspace's UUID (not its external id). */
        id: components['parameters']['workspaceId'];
        /** infrastructure, or the name of an app. */
        component: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The lock is released; the next job can take it. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** Only Account Owners and Admins (and services granted workspaces.state.unlock) may force-unlock a state. */
      403: components['responses']['Forbidden'];
      /** There is no such workspace visible to the caller, or that state is not locked. */
      404: components['responses']['NotFound'];
      /** The job holding the lock is still running; cancel it first. */
      409: components['responses']['Conflict'];
    };
  };
  listEvents: {
    parameters: {
      query?: {
        /** An event id; only events after it are returned. */
        after?: string;
        /** The most events in one page. */
        limit?: number;
      };
      header?: never;
      path: {
        /** The workspace's UUID (not its external id). */
        id: components['parameters']['workspaceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** One page of events. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventPage'];
        };
      };
      /** `after` is not an event id, or `limit` is out of range. */
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** There is no workspace with this id, or the caller may not see it. */
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  listResources: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The workspace's UUID (not its external id). */
        id: components['parameters']['workspaceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The resources, the infrastructure's first, then each app's, by address. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkspaceResourceList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** There is no workspace with this id, or the caller may not see it. */
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  listJobs: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The workspace's UUID (not its external id). */
        id: components['parameters']['workspaceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The workspace's jobs, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** There is no workspace with this id, or the caller may not see it. */
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  getJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        jobId: components['parameters']['jobId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The job. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Job'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** There is no job with this id, or the caller may not see its workspace. */
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  getJobLog: {
    parameters: {
      query?: {
        /** A chunk `seq`; only later chunks are returned. */
        after?: string;
        /** The most chunks in one page. */
        limit?: number;
      };
      header?: never;
      path: {
        jobId: components['parameters']['jobId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** One page of log chunks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobLogPage'];
        };
      };
      /** `after` is not a chunk seq, or `limit` is out of range. */
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** There is no job with this id, or the caller may not see its workspace. */
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  cancelJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        jobId: components['parameters']['jobId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The cancel was requested. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Job'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** The caller is not the owner, an operator or admin of the workspace, nor an Account Owner or Admin. */
      403: components['responses']['Forbidden'];
      /** There is no job with this id, or the caller may not see its workspace. */
      404: components['responses']['NotFound'];
      /** The job has already finished (succeeded, failed or cancelled); there is nothing to cancel. */
      409: components['responses']['Conflict'];
    };
  };
  pushKeptState: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        jobId: components['parameters']['jobId'];
        /** infrastructure, or the name of an app. */
        component: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The storage holds the kept state now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KeptStatePushResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** Only Account Owners and Admins may push a kept state (workspaces.state.push). */
      403: components['responses']['Forbidden'];
      /** There is no such job visible to the caller, or it keeps no state of that component waiting to be pushed. */
      404: components['responses']['NotFound'];
      /** The push was refused (the stored state moved on, another lineage, locked), or the workspace's storage is not the built-in one. */
      409: components['responses']['Conflict'];
    };
  };
}
