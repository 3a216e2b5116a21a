import { ResponseError } from '@backstage/errors';
import type {
  AccountResourceKind,
  AccountResourceValidation,
} from '../types/account';
import type { Job } from '../types/job';
import type { WorkspaceMember } from '../types/member';
import type { Workspace } from '../types/workspace';
import type { WorkspaceResourceList } from '../types/workspaceResource';
import type { AccountResourceRequest } from '../validation/accountResources';
import type { ApprovalDecision } from '../validation/approvalDecision';
import type { ChangeMemberRoleRequest } from '../validation/memberRequests';
import type { OperationRequest } from '../validation/operationRequest';
import type {
  CreateWorkspaceRequest,
  UpdateWorkspaceRequest,
} from '../validation/workspaceRequests';
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
import { path, queryString, type QueryValue } from './requestUrl';
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

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type RequestParts = {
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
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
    return this.call('GET', path`/account/${kind}`, options);
  }

  getAccountResource<TKind extends AccountResourceKind>(
    kind: TKind,
    name: string,
    options?: WorkspacesRequestOptions,
  ): Promise<AccountResourceWithUsage<TKind>> {
    return this.call('GET', path`/account/${kind}/${name}`, options);
  }

  createAccountResource<TKind extends AccountResourceKind>(
    kind: TKind,
    resource: AccountResourceRequest<TKind>,
    options?: WorkspacesRequestOptions,
  ): Promise<AccountResourceWithUsage<TKind>> {
    return this.call('POST', path`/account/${kind}`, options, {
      body: resource,
    });
  }

  replaceAccountResource<TKind extends AccountResourceKind>(
    kind: TKind,
    name: string,
    resource: AccountResourceRequest<TKind>,
    options?: WorkspacesRequestOptions,
  ): Promise<AccountResourceWithUsage<TKind>> {
    return this.call('PUT', path`/account/${kind}/${name}`, options, {
      body: resource,
    });
  }

  deleteAccountResource(
    kind: AccountResourceKind,
    name: string,
    options?: WorkspacesRequestOptions,
  ): Promise<void> {
    return this.call('DELETE', path`/account/${kind}/${name}`, options);
  }

  checkAccountResource(
    kind: AccountResourceKind,
    name: string,
    options?: WorkspacesRequestOptions,
  ): Promise<AccountResourceValidation> {
    return this.call('POST', path`/account/${kind}/${name}/check`, options);
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
    return this.call('GET', '/workspaces', options, {
      query: {
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
      },
    });
  }

  createWorkspace(
    request: CreateWorkspaceRequest,
    options: CreateWorkspaceOptions = {},
  ): Promise<WorkspaceWithQueuedJob> {
    const { idempotencyKey } = options;
    return this.call('POST', '/workspaces', options, {
      body: request,
      headers: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {},
    });
  }

  getWorkspace(
    id: string,
    options?: WorkspacesRequestOptions,
  ): Promise<WorkspaceWithAllowedOperations> {
    return this.call('GET', path`/workspaces/${id}`, options);
  }

  updateWorkspace(
    id: string,
    update: UpdateWorkspaceRequest,
    options?: WorkspacesRequestOptions,
  ): Promise<Workspace> {
    return this.call('PATCH', path`/workspaces/${id}`, options, {
      body: update,
    });
  }

  deleteWorkspace(
    id: string,
    options?: WorkspacesRequestOptions,
  ): Promise<JobAccepted> {
    return this.call('DELETE', path`/workspaces/${id}`, options);
  }

  requestOperation(
    id: string,
    request: OperationRequest,
    options?: WorkspacesRequestOptions,
  ): Promise<JobAccepted> {
    return this.call('POST', path`/workspaces/${id}/operations`, options, {
      body: request,
    });
  }

  decideApproval(
    id: string,
    decision: ApprovalDecision,
    options?: WorkspacesRequestOptions,
  ): Promise<WorkspaceWithQueuedJob> {
    return this.call('POST', path`/workspaces/${id}/approval`, options, {
      body: decision,
    });
  }

  listMembers(
    id: string,
    options?: WorkspacesRequestOptions,
  ): Promise<WorkspaceMemberList> {
    return this.call('GET', path`/workspaces/${id}/members`, options);
  }

  putMember(
    id: string,
    memberRef: string,
    request: ChangeMemberRoleRequest,
    options?: WorkspacesRequestOptions,
  ): Promise<WorkspaceMember> {
    return this.call(
      'PUT',
      path`/workspaces/${id}/members/${memberRef}`,
      options,
      { body: request },
    );
  }

  removeMember(
    id: string,
    memberRef: string,
    options?: WorkspacesRequestOptions,
  ): Promise<void> {
    return this.call(
      'DELETE',
      path`/workspaces/${id}/members/${memberRef}`,
      options,
    );
  }

  listEvents(
    id: string,
    options: ListWorkspaceEventsOptions = {},
  ): Promise<WorkspaceEventPage> {
    const { after, limit } = options;
    return this.call('GET', path`/workspaces/${id}/events`, options, {
      query: { after, limit },
    });
  }

  listResources(
    id: string,
    options?: WorkspacesRequestOptions,
  ): Promise<WorkspaceResourceList> {
    return this.call('GET', path`/workspaces/${id}/resources`, options);
  }

  listJobs(id: string, options?: WorkspacesRequestOptions): Promise<JobList> {
    return this.call('GET', path`/workspaces/${id}/jobs`, options);
  }

  getJob(jobId: string, options?: WorkspacesRequestOptions): Promise<Job> {
    return this.call('GET', path`/jobs/${jobId}`, options);
  }

  getJobLog(
    jobId: string,
    options: GetJobLogOptions = {},
  ): Promise<JobLogPage> {
    const { after, limit } = options;
    return this.call('GET', path`/jobs/${jobId}/log`, options, {
      query: { after, limit },
    });
  }

  cancelJob(jobId: string, options?: WorkspacesRequestOptions): Promise<Job> {
    return this.call('POST', path`/jobs/${jobId}/cancel`, options);
  }

  pushKeptState(
    jobId: string,
    component: string,
    options?: WorkspacesRequestOptions,
  ): Promise<KeptStatePushResult> {
    return this.call(
      'POST',
      path`/jobs/${jobId}/kept-states/${component}/push`,
      options,
    );
  }

  forceUnlockState(
    id: string,
    component: string,
    options?: WorkspacesRequestOptions,
  ): Promise<void> {
    return this.call(
      'DELETE',
      path`/workspaces/${id}/state-locks/${component}`,
      options,
    );
  }

  private async call<TResult>(
    method: Method,
    requestPath: string,
    options: WorkspacesRequestOptions | undefined,
    parts: RequestParts = {},
  ): Promise<TResult> {
    const baseUrl = await this.discoveryApi.getBaseUrl(PLUGIN_ID);
    const headers: Record<string, string> = { ...parts.headers };
    if (parts.body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (options?.token) {
      headers.Authorization = `Bearer ${options.token}`;
    }
    const response = await this.fetchApi.fetch(
      `${baseUrl}${requestPath}${queryString(parts.query)}`,
      {
        method,
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
    ) as TResult;
  }
}
