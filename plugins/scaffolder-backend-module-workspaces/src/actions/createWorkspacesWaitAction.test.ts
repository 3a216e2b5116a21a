import { mockServices } from '@backstage/backend-test-utils';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  Workspace,
  WorkspaceEvent,
} from '@oqullus/plugin-workspaces-common';
import { InMemoryWorkspacesApi } from '@oqullus/plugin-workspaces-common/testUtils';
import {
  startWorkspacesApiServer,
  type WorkspacesApiServer,
} from '@oqullus/plugin-workspaces-node/testUtils';
import {
  createMockActionContext,
  outputsOf,
} from './__testUtils__/createMockActionContext';
import { aWorkspace, WORKSPACE_ID } from './__testUtils__/workspaceFixtures';
import { createWorkspacesWaitAction } from './createWorkspacesWaitAction';

function event(id: string, message: string): WorkspaceEvent {
  return {
    id,
    workspaceId: WORKSPACE_ID,
    createdAt: '2026-01-01T00:00:00.000Z',
    level: 'info',
    type: 'job.started',
    data: { operation: 'provision' },
    message,
  };
}

/** Events that arrived at once, more than the one page of 500 the action asks for. */
const BACKLOG = Array.from({ length: 501 }, (_, n) =>
  event(String(n + 1), `Event ${n + 1}`),
);

/**
 * The backend playing the workspace's statuses in order, one per getWorkspace
 * call, revealing one more event per status read unless all are there from
 * the start.
 */
function backendPlaying(
  statuses: Workspace[],
  { allEventsAtOnce = false } = {},
): InMemoryWorkspacesApi {
  const events = allEventsAtOnce
    ? BACKLOG
    : [
        event('1', 'Provisioning started'),
        event('2', 'Terraform applied 12 resources'),
        event('3', 'Apps synced'),
      ];
  const api = new InMemoryWorkspacesApi({
    workspaces: [statuses[0]],
    events: allEventsAtOnce ? events : events.slice(0, 1),
  });
  const getWorkspace = api.getWorkspace.bind(api);
  let reads = 0;
  jest.spyOn(api, 'getWorkspace').mockImplementation(async id => {
    api.data.workspaces = [statuses[Math.min(reads, statuses.length - 1)]];
    reads += 1;
    if (!allEventsAtOnce) {
      api.data.events = events.slice(0, reads + 1);
    }
    return getWorkspace(id);
  });
  return api;
}

describe('workspaces:wait', () => {
  let server: WorkspacesApiServer | undefined;
  afterEach(() => server?.close());

  async function run(
    statuses: Workspace[],
    input: { timeoutSeconds?: number } = {},
    playing: { allEventsAtOnce?: boolean } = {},
  ) {
    server = await startWorkspacesApiServer(backendPlaying(statuses, playing));
    const action = createWorkspacesWaitAction({
      auth: mockServices.auth(),
      discovery: server.discovery,
      // The wait links to the workspace's page, as the create step does.
      config: mockServices.rootConfig({
        data: { app: { baseUrl: 'http://localhost:3000' } },
      }),
    });
    const ctx = createMockActionContext({
      input: { id: WORKSPACE_ID, pollIntervalSeconds: 0.01, ...input },
    });
    const result = action.handler(ctx);
    return { ctx, result };
  }

  function loggedMessages(logger: LoggerService) {
    return (logger.info as jest.Mock).mock.calls.map(call => call[0]);
  }

  it('streams the events into the task log until the workspace runs', async () => {
    const { ctx, result } = await run([
      aWorkspace('provisioning'),
      aWorkspace('provisioning'),
      aWorkspace('running', { outputs: { clusterName: 'payments' } }),
    ]);

    await expect(result).resolves.toBeUndefined();
    expect(loggedMessages(ctx.logger)).toEqual([
      'Provisioning started',
      'Terraform applied 12 resources',
      'Apps synced',
    ]);
    expect(outputsOf(ctx)).toEqual({
      status: 'running',
      outputs: { clusterName: 'payments' },
    });
    const eventReads = server!.requests.filter(r => r.path.includes('/events'));
    // Each read after the first asks only for what follows the last event seen.
    expect(eventReads.map(r => r.path)).toContain(
      `/workspaces/${WORKSPACE_ID}/events?after=2&limit=500`,
    );
  });

  it('says first, once, that the workspace waits for approval, with its link', async () => {
    const pending = {
      approval: {
        state: 'pending' as const,
        requestedBy: 'user:default/dana.dev',
      },
    };
    const { ctx, result } = await run([
      aWorkspace('created', pending),
      aWorkspace('created', pending),
      aWorkspace('provisioning'),
      aWorkspace('running'),
    ]);

    await expect(result).resolves.toBeUndefined();
    const logged = loggedMessages(ctx.logger);
    expect(logged[0]).toBe(
      `Waiting for an Account Owner or Admin to approve Payments dev: http://localhost:3000/workspaces/${WORKSPACE_ID}`,
    );
    expect(logged.filter(line => line.startsWith('Waiting'))).toHaveLength(1);
    expect(logged.slice(1)).toEqual([
      'Provisioning started',
      'Terraform applied 12 resources',
      'Apps synced',
    ]);
  });

  it('logs each event once while it polls, reading on from each short page', async () => {
    const { ctx, result } = await run([
      aWorkspace('provisioning'),
      aWorkspace('provisioning'),
      aWorkspace('provisioning'),
      aWorkspace('provisioning'),
      aWorkspace('running'),
    ]);

    await expect(result).resolves.toBeUndefined();
    expect(loggedMessages(ctx.logger)).toEqual([
      'Provisioning started',
      'Terraform applied 12 resources',
      'Apps synced',
    ]);
  });

  it('pages through events that arrived between two polls', async () => {
    const { ctx, result } = await run(
      [aWorkspace('running')],
      {},
      {
        allEventsAtOnce: true,
      },
    );

    await expect(result).resolves.toBeUndefined();
    expect(loggedMessages(ctx.logger)).toEqual(BACKLOG.map(e => e.message));
    const eventReads = server!.requests.filter(r => r.path.includes('/events'));
    expect(eventReads.map(r => r.path)).toEqual([
      `/workspaces/${WORKSPACE_ID}/events?limit=500`,
      `/workspaces/${WORKSPACE_ID}/events?after=500&limit=500`,
    ]);
  });

  it("fails with the workspace's failure reason when it fails", async () => {
    const { result } = await run([
      aWorkspace('provisioning'),
      aWorkspace('failed', {
        failureReason: 'The cloud credential aws-dev was rejected by AWS',
      }),
    ]);

    await expect(result).rejects.toThrow(
      'Workspace ws-payments01 failed: The cloud credential aws-dev was rejected by AWS',
    );
  });

  it('fails with a clear message when the workspace does not run in time', async () => {
    const { result } = await run([aWorkspace('provisioning')], {
      timeoutSeconds: 1,
    });

    await expect(result).rejects.toThrow(
      'Workspace ws-payments01 is still Provisioning after 1 seconds',
    );
  });

  it('calls nothing on a dry run', async () => {
    server = await startWorkspacesApiServer(new InMemoryWorkspacesApi());
    const action = createWorkspacesWaitAction({
      auth: mockServices.auth(),
      discovery: server.discovery,
      // The wait links to the workspace's page, as the create step does.
      config: mockServices.rootConfig({
        data: { app: { baseUrl: 'http://localhost:3000' } },
      }),
    });
    const ctx = createMockActionContext({
      input: { id: WORKSPACE_ID },
      isDryRun: true,
    });

    await action.handler(ctx);

    expect(server.requests).toHaveLength(0);
    expect(outputsOf(ctx).status).toBe('running');
  });
});
