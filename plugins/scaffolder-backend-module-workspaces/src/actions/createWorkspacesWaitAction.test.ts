import { mockServices } from '@backstage/backend-test-utils';
import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  createMockActionContext,
  outputsOf,
} from './__testUtils__/createMockActionContext';
import {
  startFakeWorkspacesServer,
  type FakeRequest,
  type FakeWorkspacesServer,
} from './__testUtils__/fakeWorkspacesServer';
import { WORKSPACE_ID, workspaceJson } from './__testUtils__/workspaceFixtures';
import { createWorkspacesWaitAction } from './createWorkspacesWaitAction';

function event(id: string, message: string) {
  return {
    id,
    workspaceId: WORKSPACE_ID,
    createdAt: '2026-01-01T00:00:00.000Z',
    level: 'info',
    type: 'job-started',
    message,
  };
}

/** Events that arrived at once, more than the one page of 500 the action asks for. */
const BACKLOG = Array.from({ length: 501 }, (_, n) =>
  event(String(n + 1), `Event ${n + 1}`),
);

/**
 * Plays the workspace's statuses in order, one per getWorkspace call,
 * revealing one more event per status read unless all are there from the start.
 */
function backendPlaying(
  statuses: ReturnType<typeof workspaceJson>[],
  { allEventsAtOnce = false } = {},
) {
  const events = allEventsAtOnce
    ? BACKLOG
    : [
        event('1', 'Provisioning started'),
        event('2', 'Terraform applied 12 resources'),
        event('3', 'Apps synced'),
      ];
  let reads = 0;
  return (request: FakeRequest) => {
    if (request.path.startsWith(`/workspaces/${WORKSPACE_ID}/events`)) {
      const query = new URL(request.path, 'http://x').searchParams;
      const after = query.get('after') ?? undefined;
      const revealed = allEventsAtOnce ? events.length : reads + 1;
      const items = events
        .filter(e => Number(e.id) > Number(after ?? 0))
        .filter(e => Number(e.id) <= revealed)
        .slice(0, Number(query.get('limit') ?? 100));
      // Like the real backend: the last id on every page, else the cursor given.
      const nextCursor = items.at(-1)?.id ?? after;
      return {
        status: 200,
        body: nextCursor ? { items, nextCursor } : { items },
      };
    }
    const status = statuses[Math.min(reads, statuses.length - 1)];
    reads += 1;
    return { status: 200, body: { ...status, allowedOperations: {} } };
  };
}

describe('workspaces:wait', () => {
  let server: FakeWorkspacesServer | undefined;
  afterEach(() => server?.close());

  async function run(
    statuses: ReturnType<typeof workspaceJson>[],
    input: { timeoutSeconds?: number } = {},
    playing: { allEventsAtOnce?: boolean } = {},
  ) {
    server = await startFakeWorkspacesServer(backendPlaying(statuses, playing));
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
      workspaceJson('provisioning'),
      workspaceJson('provisioning'),
      workspaceJson('running', { outputs: { clusterName: 'payments' } }),
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
      workspaceJson('created', pending),
      workspaceJson('created', pending),
      workspaceJson('provisioning'),
      workspaceJson('running'),
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
      workspaceJson('provisioning'),
      workspaceJson('provisioning'),
      workspaceJson('provisioning'),
      workspaceJson('provisioning'),
      workspaceJson('running'),
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
      [workspaceJson('running')],
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
      workspaceJson('provisioning'),
      workspaceJson('failed', {
        failureReason: 'The cloud credential aws-dev was rejected by AWS',
      }),
    ]);

    await expect(result).rejects.toThrow(
      'Workspace ws-payments01 failed: The cloud credential aws-dev was rejected by AWS',
    );
  });

  it('fails with a clear message when the workspace does not run in time', async () => {
    const { result } = await run([workspaceJson('provisioning')], {
      timeoutSeconds: 1,
    });

    await expect(result).rejects.toThrow(
      'Workspace ws-payments01 is still Provisioning after 1 seconds',
    );
  });

  it('calls nothing on a dry run', async () => {
    server = await startFakeWorkspacesServer(() => ({ status: 500 }));
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
