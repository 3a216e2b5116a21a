import { serializeError } from '@backstage/errors';
import type {
  AccountResourceKind,
  ListWorkspacesOptions,
  WorkspacesApi,
  WorkspaceStatus,
} from '@oqullus/plugin-workspaces-common';

/**
 * An HTTP request to the workspaces API, below its base URL
 * (`/api/workspaces`).
 *
 * @public
 */
export type WorkspacesApiHttpRequest = {
  method: string;
  /** Path and query string below the base URL, e.g. `/workspaces?scope=all`. */
  url: string;
  /** Header names in lower case, as Node and msw give them. */
  headers?: Record<string, string | undefined>;
  /** The parsed JSON body. */
  body?: unknown;
};

/**
 * What the workspaces API answers: the status and the JSON body, if any.
 *
 * @public
 */
export type WorkspacesApiHttpReply = { status: number; body?: unknown };

type Call = (
  api: WorkspacesApi,
  params: string[],
  request: ParsedRequest,
) => Promise<unknown>;

type ParsedRequest = {
  query: URLSearchParams;
  body: any;
  token?: string;
  idempotencyKey?: string;
};

type Route = { method: string; pattern: string[]; status: number; call: Call };

/** One route per method of WorkspacesApi, as WorkspacesClient sends them. */
const routes: Route[] = [
  route('GET', '/account/:kind', (api, [kind], r) =>
    api.listAccountResources(kind as AccountResourceKind, r),
  ),
  route('GET', '/account/:kind/:name', (api, [kind, name], r) =>
    api.getAccountResource(kind as AccountResourceKind, name, r),
  ),
  route(
    'POST',
    '/account/:kind',
    (api, [kind], r) =>
      api.createAccountResource(kind as AccountResourceKind, r.body, r),
    201,
  ),
  route('PUT', '/account/:kind/:name', (api, [kind, name], r) =>
    api.replaceAccountResource(kind as AccountResourceKind, name, r.body, r),
  ),
  route(
    'DELETE',
    '/account/:kind/:name',
    (api, [kind, name], r) =>
      api.deleteAccountResource(kind as AccountResourceKind, name, r),
    204,
  ),
  route('POST', '/account/:kind/:name/check', (api, [kind, name], r) =>
    api.checkAccountResource(kind as AccountResourceKind, name, r),
  ),
  route('GET', '/workspaces', (api, _, r) =>
    api.listWorkspaces({ ...listOptions(r.query), token: r.token }),
  ),
  route(
    'POST',
    '/workspaces',
    (api, _, r) =>
      api.createWorkspace(r.body, {
        token: r.token,
        idempotencyKey: r.idempotencyKey,
      }),
    201,
  ),
  route('GET', '/workspaces/:id', (api, [id], r) => api.getWorkspace(id, r)),
  route('PATCH', '/workspaces/:id', (api, [id], r) =>
    api.updateWorkspace(id, r.body, r),
  ),
  route(
    'DELETE',
    '/workspaces/:id',
    (api, [id], r) => api.deleteWorkspace(id, r),
    202,
  ),
  route(
    'POST',
    '/workspaces/:id/operations',
    (api, [id], r) => api.requestOperation(id, r.body, r),
    202,
  ),
  route('POST', '/workspaces/:id/approval', (api, [id], r) =>
    api.decideApproval(id, r.body, r),
  ),
  route('GET', '/workspaces/:id/members', (api, [id], r) =>
    api.listMembers(id, r),
  ),
  route('PUT', '/workspaces/:id/members/:ref', (api, [id, ref], r) =>
    api.putMember(id, ref, r.body, r),
  ),
  route(
    'DELETE',
    '/workspaces/:id/members/:ref',
    (api, [id, ref], r) => api.removeMember(id, ref, r),
    204,
  ),
  route('GET', '/workspaces/:id/events', (api, [id], r) =>
    api.listEvents(id, { ...cursorOptions(r.query), token: r.token }),
  ),
  route('GET', '/workspaces/:id/resources', (api, [id], r) =>
    api.listResources(id, r),
  ),
  route('GET', '/workspaces/:id/jobs', (api, [id], r) => api.listJobs(id, r)),
  route(
    'DELETE',
    '/workspaces/:id/state-locks/:component',
    (api, [id, component], r) => api.forceUnlockState(id, component, r),
    204,
  ),
  route('GET', '/jobs/:jobId', (api, [jobId], r) => api.getJob(jobId, r)),
  route('GET', '/jobs/:jobId/log', (api, [jobId], r) =>
    api.getJobLog(jobId, { ...cursorOptions(r.query), token: r.token }),
  ),
  route('POST', '/jobs/:jobId/cancel', (api, [jobId], r) =>
    api.cancelJob(jobId, r),
  ),
  route(
    'POST',
    '/jobs/:jobId/kept-states/:component/push',
    (api, [jobId, component], r) => api.pushKeptState(jobId, component, r),
  ),
];

/**
 * Answers an HTTP request to the workspaces API by calling the matching
 * method of `api` (an InMemoryWorkspacesApi, usually), the way the backend's
 * router would: the result as JSON with the endpoint's status, and a thrown
 * error as Backstage's error body with the status its name stands for. Serve
 * it from msw in a frontend test, or from an HTTP server in a backend one, to
 * test the real WorkspacesClient against the fake.
 *
 * @public
 */
export async function answerWorkspacesApiRequest(
  api: WorkspacesApi,
  request: WorkspacesApiHttpRequest,
): Promise<WorkspacesApiHttpReply> {
  const url = new URL(request.url, 'http://workspaces.invalid');
  const segments = url.pathname
    .split('/')
    .filter(Boolean)
    .map(segment => decodeURIComponent(segment));
  const matched = routes
    .filter(candidate => candidate.method === request.method.toUpperCase())
    .map(candidate => ({
      candidate,
      params: match(candidate.pattern, segments),
    }))
    .find(({ params }) => params !== undefined);
  if (!matched) {
    return errorReply(404, {
      name: 'NotFoundError',
      message: `The workspaces API has no ${request.method} ${url.pathname}; check the path against the OpenAPI spec`,
    });
  }
  const authorization = request.headers?.authorization;
  const parsed: ParsedRequest = {
    query: url.searchParams,
    body: request.body,
    token: authorization?.replace(/^Bearer /, ''),
    idempotencyKey: request.headers?.['idempotency-key'],
  };
  try {
    const body = await matched.candidate.call(api, matched.params!, parsed);
    return matched.candidate.status === 204
      ? { status: 204 }
      : { status: matched.candidate.status, body };
  } catch (error) {
    return errorReply(statusOf(error), error as Error);
  }
}

function route(
  method: string,
  pattern: string,
  call: Call,
  status = 200,
): Route {
  return { method, pattern: pattern.split('/').filter(Boolean), status, call };
}

/** The values of the pattern's `:params`, or undefined when the path differs. */
function match(pattern: string[], segments: string[]): string[] | undefined {
  if (pattern.length !== segments.length) {
    return undefined;
  }
  const params: string[] = [];
  for (const [index, part] of pattern.entries()) {
    if (part.startsWith(':')) {
      params.push(segments[index]);
    } else if (part !== segments[index]) {
      return undefined;
    }
  }
  return params;
}

function listOptions(query: URLSearchParams): ListWorkspacesOptions {
  const statuses = query.getAll('status') as WorkspaceStatus[];
  const text = (name: string) => query.get(name) ?? undefined;
  return {
    scope: text('scope') as ListWorkspacesOptions['scope'],
    status: statuses.length > 0 ? statuses : undefined,
    approval: text('approval') as ListWorkspacesOptions['approval'],
    template: text('template'),
    owner: text('owner'),
    q: text('q'),
    limit: query.has('limit') ? Number(query.get('limit')) : undefined,
    cursor: text('cursor'),
    sort: text('sort') as ListWorkspacesOptions['sort'],
    order: text('order') as ListWorkspacesOptions['order'],
  };
}

function cursorOptions(query: URLSearchParams) {
  return {
    after: query.get('after') ?? undefined,
    limit: query.has('limit') ? Number(query.get('limit')) : undefined,
  };
}

/** The statuses Backstage's error handler gives the @backstage/errors kinds. */
const statusByErrorName: Record<string, number> = {
  InputError: 400,
  AuthenticationError: 401,
  NotAllowedError: 403,
  NotFoundError: 404,
  ConflictError: 409,
  NotModifiedError: 304,
  NotImplementedError: 501,
  ServiceUnavailableError: 503,
};

function statusOf(error: unknown): number {
  return statusByErrorName[(error as Error)?.name] ?? 500;
}

/** The body Backstage's error handler sends, which ResponseError reads back. */
function errorReply(
  status: number,
  error: { name: string; message: string },
): WorkspacesApiHttpReply {
  return {
    status,
    body: {
      error: serializeError(error as Error),
      response: { statusCode: status },
    },
  };
}
