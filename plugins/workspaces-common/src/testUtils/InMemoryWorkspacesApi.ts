import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import type {
  AccountResourceKind,
  AccountResourceList,
  AccountResourceRequest,
  AccountResourceValidation,
  AccountResourceWithUsage,
  AllowedOperations,
  ApprovalDecision,
  ChangeMemberRoleRequest,
  CreateWorkspaceOptions,
  CreateWorkspaceRequest,
  GetJobLogOptions,
  Job,
  JobAccepted,
  JobList,
  JobLogPage,
  KeptStatePushResult,
  ListWorkspaceEventsOptions,
  ListWorkspacesOptions,
  OperationRequest,
  UpdateWorkspaceRequest,
  Workspace,
  WorkspaceEventPage,
  WorkspaceList,
  WorkspaceMember,
  WorkspaceMemberList,
  WorkspaceOperation,
  WorkspaceResourceList,
  WorkspacesApi,
  WorkspaceWithAllowedOperations,
  WorkspaceWithQueuedJob,
} from '@oqullus/plugin-workspaces-common';
import {
  generateExternalWorkspaceId,
  isActiveJobStatus,
  operationToJob,
  workspaceOperations,
} from '@oqullus/plugin-workspaces-common';
import { waitForActiveJob } from '../lifecycle/refusalReasons';
import {
  workspacesDataFrom,
  type InMemoryWorkspace,
  type InMemoryWorkspacesData,
  type InMemoryWorkspacesFixtures,
} from './InMemoryWorkspacesData';
import { pageAfter, pageFromOffset } from './paging';
import { workspaceListFilter, workspaceListOrder } from './workspaceListQuery';

/**
 * Options of the in-memory workspaces API.
 *
 * @public
 */
export type InMemoryWorkspacesApiOptions = {
  /**
   * Entity ref of the user the API answers: `scope: 'mine'` lists what it
   * owns or is a member of (by this ref alone: groups are not resolved), and
   * it is the `createdBy` and `requestedBy` of what it creates. Without one,
   * `mine` lists every workspace and the caller is `user:default/guest`.
   */
  caller?: string;
  /** The clock, as an ISO timestamp; the real one when left out. */
  now?: () => string;
  /**
   * The most workspaces a list page holds whatever the `limit` asked (the
   * backend's 100 when left out): set it low to make a caller follow cursors.
   */
  maxPageSize?: number;
  /**
   * The id of each workspace and job the API creates; UUIDs counting up from
   * `00000000-0000-4000-8000-000000000001` when left out.
   */
  newId?: () => string;
  /** The external id of a workspace created without one; a random one when left out. */
  newExternalId?: () => string;
};

/** Which provisioning field names the account resource of each kind. */
const provisioningField = {
  'stack-templates': 'stackTemplate',
  'cloud-credentials': 'cloudCredential',
  'state-storages': 'stateStorage',
  networks: 'network',
} as const;

/**
 * The workspaces API in memory, for tests of the packages that call it: it
 * answers from plain fixtures (see InMemoryWorkspacesData) and keeps what its
 * calls change, refusing with the NotFoundError, ConflictError,
 * NotAllowedError and InputError kinds the backend answers with.
 *
 * @remarks
 * It decides nothing about permissions: a workspace's `allowedOperations`
 * fixture says which operations are refused and why (every one is allowed
 * when left out), and a queued or running job refuses the operations that
 * queue another. Queued jobs stay queued until a test changes them.
 *
 * @public
 */
export class InMemoryWorkspacesApi implements WorkspacesApi {
  /** What the API answers from; tests may change it between calls. */
  readonly data: InMemoryWorkspacesData;
  private readonly caller: string;
  private readonly listsAsCaller: boolean;
  private readonly now: () => string;
  private readonly maxPageSize: number;
  private readonly newId: () => string;
  private readonly newExternalId: () => string;
  private readonly idempotencyKeys = new Map<string, string>();
  private sequence = 0;

  constructor(
    fixtures: InMemoryWorkspacesFixtures = {},
    options: InMemoryWorkspacesApiOptions = {},
  ) {
    this.data = workspacesDataFrom(fixtures);
    this.caller = options.caller ?? 'user:default/guest';
    this.listsAsCaller = options.caller !== undefined;
    this.now = options.now ?? (() => new Date().toISOString());
    this.maxPageSize = options.maxPageSize ?? 100;
    this.newId = options.newId ?? (() => this.nextSequentialId());
    this.newExternalId = options.newExternalId ?? generateExternalWorkspaceId;
  }

  async listAccountResources<TKind extends AccountResourceKind>(
    kind: TKind,
  ): Promise<AccountResourceList<TKind>> {
    return { items: copy(this.resourcesOf(kind)) };
  }

  async getAccountResource<TKind extends AccountResourceKind>(
    kind: TKind,
    name: string,
  ): Promise<AccountResourceWithUsage<TKind>> {
    return copy(this.resource(kind, name));
  }

  async createAccountResource<TKind extends AccountResourceKind>(
    kind: TKind,
    resource: AccountResourceRequest<TKind>,
  ): Promise<AccountResourceWithUsage<TKind>> {
    const name = (resource as { name: string }).name;
    if (this.resourcesOf(kind).some(existing => existing.name === name)) {
      throw new ConflictError(
        `A ${kind} resource named '${name}' already exists; choose another name, or update the existing one`,
      );
    }
    const now = this.now();
    const created = {
      ...copy(resource),
      origin: 'database',
      validation: { status: 'unknown', messages: [] },
      createdAt: now,
      updatedAt: now,
    } as unknown as AccountResourceWithUsage<TKind>;
    this.resourcesOf(kind).push(created);
    return copy(created);
  }

  async replaceAccountResource<TKind extends AccountResourceKind>(
    kind: TKind,
    name: string,
    resource: AccountResourceRequest<TKind>,
  ): Promise<AccountResourceWithUsage<TKind>> {
    const existing = this.writableResource(kind, name);
    if ((resource as { name: string }).name !== name) {
      throw new InputError(
        `name: the body names '${
          (resource as { name: string }).name
        }' but the path '${name}'; a resource cannot be renamed, create a new one instead`,
      );
    }
    const replaced = {
      ...copy(resource),
      origin: existing.origin,
      validation: existing.validation,
      createdAt: existing.createdAt,
      updatedAt: this.now(),
    } as unknown as AccountResourceWithUsage<TKind>;
    const list = this.resourcesOf(kind);
    list[list.indexOf(existing)] = replaced;
    return copy(replaced);
  }

  async deleteAccountResource(
    kind: AccountResourceKind,
    name: string,
  ): Promise<void> {
    const existing = this.writableResource(kind, name);
    const users = this.liveWorkspaces().filter(
      workspace => workspace.provisioning[provisioningField[kind]] === name,
    );
    if (users.length > 0) {
      throw new ConflictError(
        `The ${kind} resource '${name}' is used by ${users
          .map(workspace => workspace.name)
          .join(', ')}; delete those workspaces first`,
      );
    }
    const list = this.resourcesOf(kind);
    list.splice(list.indexOf(existing), 1);
  }

  async checkAccountResource(
    kind: AccountResourceKind,
    name: string,
  ): Promise<AccountResourceValidation> {
    const resource = this.resource(kind, name);
    return copy(this.data.accountResourceChecks[name] ?? resource.validation);
  }

  async listWorkspaces(
    options: ListWorkspacesOptions = {},
  ): Promise<WorkspaceList> {
    const matching = this.data.workspaces
      .filter(
        workspaceListFilter(options, ref => this.isCallers(ref), this.data),
      )
      .sort(workspaceListOrder(options));
    return pageFromOffset(
      matching.map(workspace => plainWorkspace(workspace)),
      options.cursor,
      Math.min(options.limit ?? 20, this.maxPageSize),
    );
  }

  async createWorkspace(
    request: CreateWorkspaceRequest,
    options: CreateWorkspaceOptions = {},
  ): Promise<WorkspaceWithQueuedJob> {
    const repeated = options.idempotencyKey
      ? this.idempotencyKeys.get(options.idempotencyKey)
      : undefined;
    if (repeated) {
      const workspace = this.workspace(repeated);
      const job = this.data.jobs.find(j => j.workspaceId === repeated) ?? null;
      return { ...plainWorkspace(workspace), job: copy(job) };
    }
    const externalId = request.externalId ?? this.newExternalId();
    if (this.data.workspaces.some(w => w.externalId === externalId)) {
      throw new ConflictError(
        `External workspace ID '${externalId}' is already used by another workspace; choose another or let one be generated`,
      );
    }
    const now = this.now();
    const needsApproval = Boolean(
      this.resourcesOf('stack-templates').find(
        template => template.name === request.provisioning.stackTemplate,
      )?.requiresApproval,
    );
    const workspace: InMemoryWorkspace = {
      id: this.newId(),
      externalId,
      name: request.name,
      ...(request.description ? { description: request.description } : {}),
      owner: request.owner ?? this.caller,
      status: 'created',
      approval: needsApproval
        ? { state: 'pending', requestedBy: this.caller, requestedAt: now }
        : { state: 'not-required' },
      provisioning: copy(request.provisioning),
      parameters: copy(request.parameters ?? {}),
      labels: copy(request.labels ?? {}),
      outputs: {},
      apps: [],
      activeJob: null,
      createdBy: this.caller,
      createdAt: now,
      updatedAt: now,
      lastActivityAt: now,
    };
    this.data.workspaces.push(workspace);
    if (options.idempotencyKey) {
      this.idempotencyKeys.set(options.idempotencyKey, workspace.id);
    }
    const job = needsApproval ? null : this.enqueue(workspace, 'provision');
    return { ...plainWorkspace(workspace), job: copy(job) };
  }

  async getWorkspace(id: string): Promise<WorkspaceWithAllowedOperations> {
    const workspace = this.workspace(id);
    return copy({
      ...workspace,
      allowedOperations: allowedOperationsOf(workspace),
      keptStates: workspace.keptStates ?? [],
      stateLocks: workspace.stateLocks ?? [],
    });
  }

  async updateWorkspace(
    id: string,
    update: UpdateWorkspaceRequest,
  ): Promise<Workspace> {
    const workspace = this.changeableWorkspace(id);
    Object.assign(workspace, copy(update), { updatedAt: this.now() });
    return plainWorkspace(workspace);
  }

  async deleteWorkspace(id: string): Promise<JobAccepted> {
    const workspace = this.workspaceAllowing(id, 'delete');
    return { job: copy(this.enqueue(workspace, 'destroy')) };
  }

  async requestOperation(
    id: string,
    request: OperationRequest,
  ): Promise<JobAccepted> {
    const workspace = this.workspaceAllowing(id, request.operation);
    return { job: copy(this.enqueue(workspace, request.operation)) };
  }

  async decideApproval(
    id: string,
    decision: ApprovalDecision,
  ): Promise<WorkspaceWithQueuedJob> {
    const workspace = this.workspaceAllowing(id, decision.decision);
    if (workspace.approval.state !== 'pending') {
      throw new ConflictError(
        'Someone decided on this request at the same time; reload the workspace',
      );
    }
    workspace.approval = {
      ...workspace.approval,
      state: decision.decision === 'approve' ? 'approved' : 'rejected',
      decidedBy: this.caller,
      decidedAt: this.now(),
      ...(decision.comment ? { comment: decision.comment } : {}),
    };
    const job =
      decision.decision === 'approve'
        ? this.enqueue(workspace, 'provision')
        : null;
    return { ...plainWorkspace(workspace), job: copy(job) };
  }

  async listMembers(id: string): Promise<WorkspaceMemberList> {
    this.workspace(id);
    return { items: copy(this.data.members[id] ?? []) };
  }

  async putMember(
    id: string,
    memberRef: string,
    request: ChangeMemberRoleRequest,
  ): Promise<WorkspaceMember> {
    this.changeableWorkspace(id);
    const members = (this.data.members[id] ??= []);
    const existing = members.find(member => member.ref === memberRef);
    if (existing) {
      existing.role = request.role;
      return copy(existing);
    }
    const added: WorkspaceMember = {
      ref: memberRef,
      role: request.role,
      addedBy: this.caller,
      addedAt: this.now(),
    };
    members.push(added);
    return copy(added);
  }

  async removeMember(id: string, memberRef: string): Promise<void> {
    this.changeableWorkspace(id);
    const members = this.data.members[id] ?? [];
    const index = members.findIndex(member => member.ref === memberRef);
    if (index < 0) {
      throw new NotFoundError(
        `${memberRef} is not a member of this workspace; reload the members to see who is`,
      );
    }
    members.splice(index, 1);
  }

  async listEvents(
    id: string,
    options: ListWorkspaceEventsOptions = {},
  ): Promise<WorkspaceEventPage> {
    this.workspace(id);
    const events = this.data.events.filter(event => event.workspaceId === id);
    return copy(
      pageAfter(
        events,
        event => Number(event.id),
        options.after,
        options.limit,
      ),
    );
  }

  async listResources(id: string): Promise<WorkspaceResourceList> {
    this.workspace(id);
    return copy(
      this.data.workspaceResources[id] ?? { items: [], source: 'state' },
    );
  }

  async listJobs(id: string): Promise<JobList> {
    this.workspace(id);
    // Newest first; of two queued at the same moment, the later one.
    const jobs = this.data.jobs
      .map((job, index) => ({ job, index }))
      .filter(({ job }) => job.workspaceId === id)
      .sort(
        (a, b) =>
          b.job.createdAt.localeCompare(a.job.createdAt) || b.index - a.index,
      );
    return { items: copy(jobs.map(({ job }) => job)) };
  }

  async getJob(jobId: string): Promise<Job> {
    return copy(this.job(jobId));
  }

  async getJobLog(
    jobId: string,
    options: GetJobLogOptions = {},
  ): Promise<JobLogPage> {
    const chunks = this.data.jobLogs[jobId];
    if (!chunks) {
      this.job(jobId);
    }
    return copy(
      pageAfter(chunks ?? [], chunk => chunk.seq, options.after, options.limit),
    );
  }

  async cancelJob(jobId: string): Promise<Job> {
    const job = this.job(jobId);
    if (!isActiveJobStatus(job.status)) {
      throw new ConflictError(
        `This job is ${job.status} already; only a queued or running job can be cancelled`,
      );
    }
    if (job.status === 'queued') {
      job.status = 'cancelled';
      job.finishedAt = this.now();
      const workspace = this.data.workspaces.find(
        w => w.id === job.workspaceId,
      );
      if (workspace?.activeJob?.id === job.id) {
        workspace.activeJob = null;
      }
    } else {
      job.cancelRequestedAt = this.now();
    }
    return copy(job);
  }

  async pushKeptState(
    jobId: string,
    component: string,
  ): Promise<KeptStatePushResult> {
    for (const workspace of this.data.workspaces) {
      const kept = workspace.keptStates ?? [];
      const index = kept.findIndex(
        state => state.jobId === jobId && state.component === component,
      );
      if (index >= 0) {
        const [pushed] = kept.splice(index, 1);
        return { component, serial: pushed.serial, outcome: 'pushed' };
      }
    }
    throw new NotFoundError(
      `Job ${jobId} kept no state of ${component}; reload the workspace to see what is kept`,
    );
  }

  async forceUnlockState(id: string, component: string): Promise<void> {
    const workspace = this.workspace(id);
    const locks = workspace.stateLocks ?? [];
    const lock = locks.find(candidate => candidate.component === component);
    if (!lock) {
      throw new NotFoundError(
        `The state of ${component} is not locked; there is nothing to unlock`,
      );
    }
    if (!lock.staleReason) {
      throw new ConflictError(
        `The state of ${component} is locked by a job that still runs; cancel the job or wait for it to end`,
      );
    }
    locks.splice(locks.indexOf(lock), 1);
  }

  private enqueue(
    workspace: InMemoryWorkspace,
    operation: Job['operation'],
  ): Job {
    const job: Job = {
      id: this.newId(),
      workspaceId: workspace.id,
      operation,
      status: 'queued',
      requestedBy: this.caller,
      attempt: 1,
      steps: [],
      createdAt: this.now(),
    };
    this.data.jobs.push(job);
    workspace.activeJob = {
      id: job.id,
      operation,
      status: job.status,
      createdAt: job.createdAt,
    };
    return job;
  }

  /**
   * The workspace, unless the operation is refused on it: by the fixture's
   * decision, else by the one-active-job rule.
   */
  private workspaceAllowing(
    id: string,
    operation: WorkspaceOperation,
  ): InMemoryWorkspace {
    const workspace = this.workspace(id);
    const decision = workspace.allowedOperations?.[operation];
    if (decision && !decision.allowed) {
      throw decision.code === 'forbidden'
        ? new NotAllowedError(decision.reason)
        : new ConflictError(decision.reason);
    }
    const active = workspace.activeJob;
    if (
      operationToJob(operation) &&
      active &&
      isActiveJobStatus(active.status)
    ) {
      throw new ConflictError(waitForActiveJob(operation, active.operation));
    }
    return workspace;
  }

  private workspace(id: string): InMemoryWorkspace {
    const workspace = this.data.workspaces.find(w => w.id === id);
    if (!workspace) {
      throw new NotFoundError(
        `No workspace with ID '${id}'; it may have been deleted, or you may not see it`,
      );
    }
    return workspace;
  }

  private changeableWorkspace(id: string): InMemoryWorkspace {
    const workspace = this.workspace(id);
    if (workspace.status === 'deleted') {
      throw new ConflictError(
        'This workspace is Deleted: its record is kept for audit, so its settings and members cannot change',
      );
    }
    return workspace;
  }

  private liveWorkspaces(): InMemoryWorkspace[] {
    return this.data.workspaces.filter(w => w.status !== 'deleted');
  }

  private job(jobId: string): Job {
    const job = this.data.jobs.find(candidate => candidate.id === jobId);
    if (!job) {
      throw new NotFoundError(
        `No job with ID '${jobId}'; it may belong to a workspace you cannot see`,
      );
    }
    return job;
  }

  private resourcesOf<TKind extends AccountResourceKind>(
    kind: TKind,
  ): AccountResourceWithUsage<TKind>[] {
    return this.data.accountResources[
      kind
    ] as AccountResourceWithUsage<TKind>[];
  }

  private resource<TKind extends AccountResourceKind>(
    kind: TKind,
    name: string,
  ): AccountResourceWithUsage<TKind> {
    const resource = this.resourcesOf(kind).find(r => r.name === name);
    if (!resource) {
      throw new NotFoundError(
        `No ${kind} resource named '${name}'; list ${kind} to see the names there are`,
      );
    }
    return resource;
  }

  private writableResource<TKind extends AccountResourceKind>(
    kind: TKind,
    name: string,
  ): AccountResourceWithUsage<TKind> {
    const resource = this.resource(kind, name);
    if (resource.origin === 'config') {
      throw new ConflictError(
        `'${name}' is declared in app-config and is read-only here; change it there`,
      );
    }
    return resource;
  }

  private isCallers(ref: string): boolean {
    return !this.listsAsCaller || ref === this.caller;
  }

  /** Ids shaped like the backend's UUIDs, in order, so tests can predict them. */
  private nextSequentialId(): string {
    this.sequence += 1;
    return `00000000-0000-4000-8000-${String(this.sequence).padStart(12, '0')}`;
  }
}

/** Every operation allowed, unless the fixture says otherwise. */
function allowedOperationsOf(workspace: InMemoryWorkspace): AllowedOperations {
  const allowed = Object.fromEntries(
    workspaceOperations.map(operation => [operation, { allowed: true }]),
  ) as AllowedOperations;
  return { ...allowed, ...workspace.allowedOperations };
}

/** A workspace as lists and writes return it: without the per-caller fields. */
function plainWorkspace(workspace: InMemoryWorkspace): Workspace {
  const {
    allowedOperations: _allowed,
    keptStates: _kept,
    stateLocks: _locks,
    ...plain
  } = workspace;
  return copy(plain);
}

/** Answers are copies, as over the wire: a caller changing one changes nothing here. */
function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
