import type { SetupServer } from 'msw/node';
import type {
  Job,
  WorkspaceMember,
  WorkspaceWithAllowedOperations,
} from '@oqullus/plugin-workspaces-common';
import {
  InMemoryWorkspacesApi,
  type InMemoryWorkspacesFixtures,
} from '@oqullus/plugin-workspaces-common/testUtils';
import { aStackTemplate } from '../../../__testUtils__/fixtures';
import { serveWorkspacesApi } from '../../../__testUtils__/serveWorkspacesApi';

/** A workspace member as `GET /workspaces/{id}/members` returns it. */
export function aMember(
  overrides: Partial<WorkspaceMember> = {},
): WorkspaceMember {
  return {
    ref: 'user:default/noah.analyst',
    role: 'viewer',
    addedBy: 'user:default/dana.dev',
    addedAt: '2026-11-28T10:01:00.000Z',
    ...overrides,
  };
}

/** The account resources the page names, titled, beside the workspace's template. */
function exampleAccount(
  workspace: WorkspaceWithAllowedOperations,
): InMemoryWorkspacesFixtures['accountResources'] {
  const titled = (name: string, title: string) =>
    ({
      name,
      title,
      origin: 'config',
      validation: { status: 'valid', messages: [] },
    } as any);
  return {
    'stack-templates': [
      aStackTemplate({ name: workspace.provisioning.stackTemplate }),
    ],
    'cloud-credentials': [titled('local-sandbox', 'Local sandbox')],
    'state-storages': [titled('builtin', 'Built-in state storage')],
    networks: [titled('shared-dev-network', 'Shared development network')],
  };
}

/** The job a workspace's `activeJob` names, so the page can cancel it. */
function activeJobOf(workspace: WorkspaceWithAllowedOperations): Job[] {
  const active = workspace.activeJob;
  return active
    ? [
        {
          ...active,
          workspaceId: workspace.id,
          requestedBy: workspace.createdBy,
          attempt: 1,
          steps: [],
        },
      ]
    : [];
}

/** A request the page sent, as the server saw it. */
export type SentRequest = { method: string; path: string; body: unknown };

/**
 * Serves the workspace, its members and the account from the in-memory
 * workspaces API, and records every request other than a read, with its
 * body, so a test can assert what the page sent.
 */
export function serveWorkspace(
  server: SetupServer,
  workspace: WorkspaceWithAllowedOperations,
  members: WorkspaceMember[] = [],
): {
  sent: SentRequest[];
  workspaceReads: () => number;
  eventReads: () => number;
} {
  const api = new InMemoryWorkspacesApi({
    workspaces: [workspace],
    members: { [workspace.id]: members },
    jobs: activeJobOf(workspace),
    accountResources: exampleAccount(workspace),
  });
  const sent: SentRequest[] = [];
  let eventReads = 0;
  let reads = 0;
  const workspacePath = `/api/workspaces/workspaces/${workspace.id}`;
  serveWorkspacesApi(server, api, ({ method, url, body }) => {
    const path = decodeURIComponent(url.pathname);
    if (method !== 'GET') {
      sent.push({ method, path: path.replace('/api/workspaces', ''), body });
    } else if (path === workspacePath) {
      reads += 1;
    } else if (path === `${workspacePath}/events`) {
      eventReads += 1;
    }
  });
  return {
    sent,
    workspaceReads: () => reads,
    eventReads: () => eventReads,
  };
}
