import { ResponseError } from '@backstage/errors';
import type {
  AccountResourceKind,
  AccountResourceValidation,
} from '../types/account';
import type { Job } from '../types/job';
import type { WorkspaceMember } from '../types/member';
import type { Workspace } from '../types/workspace';
import type { WorkspaceResourceList } from '../types/workspaceResource';
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
import { fillPath, queryString, type QueryValue } from './requestUrl';
import type {
  SpecMethod,
  SpecPath,
  SpecRequest,
  SpecResponse,
} from './specOperations';
import type { WorkspacesApi } from './WorkspacesApi';

const PLUGIN_ID = 'workspaces';

/**
 * What WorkspacesClient needs to work in a browser (the frontend's
 * discoveryApi and fetchApi) or in a backend (the discovery service).
 *
 * @public
 */
export type WorkspacesClientOptions = {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  /** Defaults to the global fetch. */
  fetchApi?: { fetch: typeof fetch };
};

/**
 * The typed client of the workspaces backend, for frontends, other plugins
 * and scripts.
 *
 * @public
 */
export class WorkspacesClient implements WorkspacesApi {
  private readonly discoveryApi: WorkspacesClientOptions['discoveryApi'];
  private readonly fetchApi: { fetch: typeof fetch };

  constructor(options: WorkspacesClientOptions) {
    this.discoveryApi = options.discoveryApi;
    // Called through globalThis: a detached browser fetch throws "Illegal invocation".
    this.fetchApi = options.fetchApi ?? {
      fetch: (input, init) => globalThis.fetch(input, init),
    };
  }

  listAccountResources<TKind extends AccountResourceKind>(
    kind: TKind,
    options?: WorkspacesRequestOptions,
  ): Promise<AccountResourceList<TKind>> {
    // The spec answers any kind; the kind in the path picks which one.
    return this.call(
      'get',
      '/account/{kind}',
      { path: { kind } },
      options,
    ) as Promise<AccountResourceList<TKind>>;
  }

  getAccountResource<TKind extends AccountResourceKind>(
    kind: TKind,
    name: string,
    options?: WorkspacesRequestOptions,
  ): Promise<AccountResourceWithUsage<TKind>> {
    return this.call(
      'get',
      '/account/{kind}/{name}',
      { path: { kind, name } },
      options,
    ) as Promise<AccountResourceWithUsage<TKind>>;
  }

  createAccountResource<TKind extends AccountResourceKind>(
    kind: TKind,
    resource: AccountResourceRequest<TKind>,
    options?: WorkspacesRequestOptions,
  ): Promise<AccountResourceWithUsage<TKind>> {
    return this.call(
      'post',
      '/account/{kind}',
      { path: { kind }, body: resource },
      options,
    ) as Promise<AccountResourceWithUsage<TKind>>;
  }

  replaceAccountResource<TKind extends AccountResourceKind>(
    kind: TKind,
    name: string,
    resource: AccountResourceRequest<TKind>,
    options?: WorkspacesRequestOptions,
  ): Promise<AccountResourceWithUsage<TKind>> {
    return this.call(
      'put',
      '/account/{kind}/{name}',
      { path: { kind, name }, body: resource },
      options,
    ) as Promise<AccountResourceWithUsage<TKind>>;
  }

  deleteAccountResource(
    kind: AccountResourceKind,
    name: string,
    options?: WorkspacesRequestOptions,
  ): Promise<void> {
    return this.call(
      'delete',
      '/account/{kind}/{name}',
      { path: { kind, name } },
      options,
    );
  }

  checkAccountResource(
    kind: AccountResourceKind,
    name: string,
    options?: WorkspacesRequestOptions,
  ): Promise<AccountResourceValidation> {
    return this.call(
      'post',
      '/account/{kind}/{name}/check',
      { path: { kind, name } },
      options,
    );
  }

  listWorkspaces(options: ListWorkspacesOptions = {}): Promise<WorkspaceList> {
    const {
      scope,
      status,
      approval,
      template,
      owner,
      q,
      limit,
      cursor,
      sort,
      order,
    } = options;
    return this.call(
      'get',
      '/workspaces',
      {
        query: {
          scope,
          status: typeof status === 'string' ? [status] : status,
          approval,
          template,
          owner,
          q,
          limit,
          cursor,
          sort,
          order,
        },
      },
      options,
    );
  }

  createWorkspace(
    request: CreateWorkspaceRequest,
    options: CreateWorkspaceOptions = {},
  ): Promise<WorkspaceWithQueuedJob> {
    const { idempotencyKey } = options;
    return this.call(
      'post',
      '/workspaces',
      {
        body: request,
        header: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {},
      },
      options,
    );
  }

  getWorkspace(
    id: string,
    options?: WorkspacesRequestOptions,
  ): Promise<WorkspaceWithAllowedOperations> {
    return this.call('get', '/workspaces/{id}', { path: { id } }, options);
  }

  updateWorkspace(
    id: string,
    update: UpdateWorkspaceRequest,
    options?: WorkspacesRequestOptions,
  ): Promise<Workspace> {
    return this.call(
      'patch',
      '/workspaces/{id}',
      { path: { id }, body: update },
      options,
    );
  }

  deleteWorkspace(
    id: string,
    options?: WorkspacesRequestOptions,
  ): Promise<JobAccepted> {
    return this.call('delete', '/workspaces/{id}', { path: { id } }, options);
  }

  requestOperation(
    id: string,
    request: OperationRequest,
    options?: WorkspacesRequestOptions,
  ): Promise<JobAccepted> {
    return this.call(
      'post',
      '/workspaces/{id}/operations',
      { path: { id }, body: request },
      options,
    );
  }

  decideApproval(
    id: string,
    decision: ApprovalDecision,
    options?: WorkspacesRequestOptions,
  ): Promise<WorkspaceWithQueuedJob> {
    return this.call(
      'post',
      '/workspaces/{id}/approval',
      { path: { id }, body: decision },
      options,
    );
  }

  listMembers(
    id: string,
    options?: WorkspacesRequestOptions,
  ): Promise<WorkspaceMemberList> {
    return this.call(
      'get',
      '/workspaces/{id}/members',
      { path: { id } },
      options,
    );
  }

  putMember(
    id: string,
    memberRef: string,
    request: ChangeMemberRoleRequest,
    options?: WorkspacesRequestOptions,
  ): Promise<WorkspaceMember> {
    return this.call(
      'put',
      '/workspaces/{id}/members/{memberRef}',
      { path: { id, memberRef }, body: request },
      options,
    );
  }

  removeMember(
    id: string,
    memberRef: string,
    options?: WorkspacesRequestOptions,
  ): Promise<void> {
    return this.call(
      'delete',
      '/workspaces/{id}/members/{memberRef}',
      { path: { id, memberRef } },
      options,
    );
  }

  listEvents(
    id: string,
    options: ListWorkspaceEventsOptions = {},
  ): Promise<WorkspaceEventPage> {
    const { after, limit } = options;
    // The spec's event union cannot be narrowed by `type`; WorkspaceEventPage's can.
    return this.call(
      'get',
      '/workspaces/{id}/events',
      { path: { id }, query: { after, limit } },
      options,
    ) as Promise<WorkspaceEventPage>;
  }

  listResources(
    id: string,
    options?: WorkspacesRequestOptions,
  ): Promise<WorkspaceResourceList> {
    return this.call(
      'get',
      '/workspaces/{id}/resources',
      { path: { id } },
      options,
    );
  }

  listJobs(id: string, options?: WorkspacesRequestOptions): Promise<JobList> {
    return this.call('get', '/workspaces/{id}/jobs', { path: { id } }, options);
  }

  getJob(jobId: string, options?: WorkspacesRequestOptions): Promise<Job> {
    return this.call('get', '/jobs/{jobId}', { path: { jobId } }, options);
  }

  getJobLog(
    jobId: string,
    options: GetJobLogOptions = {},
  ): Promise<JobLogPage> {
    const { after, limit } = options;
    return this.call(
      'get',
      '/jobs/{jobId}/log',
      { path: { jobId }, query: { after, limit } },
      options,
    );
  }

  cancelJob(jobId: string, options?: WorkspacesRequestOptions): Promise<Job> {
    return this.call(
      'post',
      '/jobs/{jobId}/cancel',
      { path: { jobId } },
      options,
    );
  }

  pushKeptState(
    jobId: string,
    component: string,
    options?: WorkspacesRequestOptions,
  ): Promise<KeptStatePushResult> {
    return this.call(
      'post',
      '/jobs/{jobId}/kept-states/{component}/push',
      { path: { jobId, component } },
      options,
    );
  }

  forceUnlockState(
    id: string,
    component: string,
    options?: WorkspacesRequestOptions,
  ): Promise<void> {
    return this.call(
      'delete',
      '/workspaces/{id}/state-locks/{component}',
      { path: { id, component } },
      options,
    );
  }

  /**
   * Sends one operation of the spec: the path, parameters, body and answer are
   * typed from it, so a call that does not match the contract does not compile.
   */
  private async call<TPath extends SpecPath, TMethod extends SpecMethod<TPath>>(
    method: TMethod,
    template: TPath,
    request: SpecRequest<TPath, TMethod>,
    options: WorkspacesRequestOptions | undefined,
  ): Promise<SpecResponse<TPath, TMethod>> {
    // The generic request is read through plain records: its parts are checked at the call site.
    const parts = request as {
      path?: Record<string, string>;
      query?: Record<string, QueryValue>;
      body?: unknown;
      header?: Record<string, string>;
    };
    const baseUrl = await this.discoveryApi.getBaseUrl(PLUGIN_ID);
    const headers: Record<string, string> = { ...parts.header };
    if (parts.body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (options?.token) {
      headers.Authorization = `Bearer ${options.token}`;
    }
    const response = await this.fetchApi.fetch(
      `${baseUrl}${fillPath(template, parts.path)}${queryString(parts.query)}`,
      {
        method: method.toUpperCase(),
        headers,
        body: parts.body === undefined ? undefined : JSON.stringify(parts.body),
      },
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    // 204 No Content has no body to parse.
    return (
      response.status === 204 ? undefined : await response.json()
    ) as SpecResponse<TPath, TMethod>;
  }
}
