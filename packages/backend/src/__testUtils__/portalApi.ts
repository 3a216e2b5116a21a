/* eslint-disable jest/no-export -- a helper for test files, not a test file itself */
import {
  eventually,
  type EventuallyOptions,
} from '@oqullus/plugin-workspaces-common/testUtils';

/**
 * How the portal's tests wait: two minutes, polling every 200 ms, a failing
 * request counting as "not yet" since the portal may be restarting.
 */
export const portalPatience: EventuallyOptions = {
  timeoutMs: 120_000,
  intervalMs: 200,
  ignoreErrors: true,
};

/**
 * A token for one of the example users, from the sign-in the embedded portal has. Sign-in
 * looks the user up in the catalog, which reads examples/org.yaml shortly after start-up.
 */
export async function tokenFor(baseUrl: string, user: string): Promise<string> {
  return eventually(
    `a token for ${user}`,
    async () => {
      const response = await fetch(
        `${baseUrl}/api/auth/example-users/refresh`,
        {
          headers: { 'x-oqullus-example-user': user },
        },
      );
      if (!response.ok) return undefined;
      const body = await response.json();
      return body.backstageIdentity.token as string;
    },
    portalPatience,
  );
}

export type ApiResponse = { status: number; body: any };

/** The workspaces API of one backend, as one user. */
export function workspacesApi(baseUrl: string, token: string) {
  const call = async (
    method: string,
    path: string,
    body?: unknown,
  ): Promise<ApiResponse> => {
    const response = await fetch(`${baseUrl}/api/workspaces${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body?: unknown) => call('POST', path, body ?? {}),
    delete: (path: string) => call('DELETE', path),
    /** The built-in state's newest version, read as a person reads it (HTTP Basic). */
    state: async (workspaceId: string, component: string) => {
      const response = await fetch(
        `${baseUrl}/api/workspaces/state/${workspaceId}/${component}`,
        {
          headers: {
            authorization: `Basic ${Buffer.from(`backstage:${token}`).toString(
              'base64',
            )}`,
          },
        },
      );
      if (response.status === 204 || response.status === 404) return undefined;
      if (!response.ok) {
        throw new Error(`Reading the state: ${response.status}`);
      }
      return response.json();
    },
  };
}

export type WorkspacesApi = ReturnType<typeof workspacesApi>;

/** Every event of a workspace, oldest first. */
export async function eventsOf(api: WorkspacesApi, id: string) {
  const events: any[] = [];
  let after = '';
  for (;;) {
    const page = await api.get(
      `/workspaces/${id}/events?limit=500${after ? `&after=${after}` : ''}`,
    );
    if (page.status !== 200) {
      throw new Error(`Reading events: ${page.status}`);
    }
    events.push(...page.body.items);
    if (!page.body.nextCursor || page.body.items.length === 0) return events;
    after = page.body.nextCursor;
  }
}

/** The resource addresses a Terraform state holds, instances included. */
export function addressesIn(state: any): string[] {
  return (state?.resources ?? []).flatMap((resource: any) =>
    (resource.instances ?? []).map((instance: any) =>
      instance.index_key === undefined
        ? `${resource.type}.${resource.name}`
        : `${resource.type}.${resource.name}[${JSON.stringify(
            instance.index_key,
          )}]`,
    ),
  );
}

/** The addresses Terraform finished creating in one job, from its events. */
export function createdInJob(events: any[], jobId: string): string[] {
  return events
    .filter(
      e =>
        e.jobId === jobId &&
        e.type === 'terraform.resource' &&
        e.data.action === 'create' &&
        e.data.phase === 'completed',
    )
    .map(e => e.data.address);
}
