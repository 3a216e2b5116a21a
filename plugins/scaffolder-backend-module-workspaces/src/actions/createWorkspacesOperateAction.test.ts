import { mockServices } from '@backstage/backend-test-utils';
import type { AllowedOperations } from '@oqullus/plugin-workspaces-common';
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
import { createWorkspacesDeleteAction } from './createWorkspacesDeleteAction';
import { createWorkspacesOperateAction } from './createWorkspacesOperateAction';

const REFUSAL =
  'Sync Apps needs a Running workspace; this one is Failed: retry Provision Infrastructure first';

describe('workspaces:operate and workspaces:delete', () => {
  let server: WorkspacesApiServer | undefined;
  afterEach(() => server?.close());

  /** The backend holding the workspace, refusing what `refusals` says, naming the next job `jobId`. */
  async function serve(
    holding: { jobId?: string; refusals?: Partial<AllowedOperations> } = {},
  ) {
    const api = new InMemoryWorkspacesApi(
      {
        workspaces: [
          {
            ...aWorkspace('running'),
            allowedOperations: holding.refusals,
          },
        ],
      },
      { newId: () => holding.jobId ?? 'job-1' },
    );
    server = await startWorkspacesApiServer(api);
    return server;
  }

  function options() {
    return {
      auth: mockServices.auth(),
      discovery: server!.discovery,
      config: mockServices.rootConfig(),
    };
  }

  it('queues the operation and outputs the job id', async () => {
    await serve({ jobId: 'job-7' });
    const ctx = createMockActionContext({
      input: { id: WORKSPACE_ID, operation: 'sync-apps' as const },
    });

    await createWorkspacesOperateAction(options()).handler(ctx);

    expect(server!.requests).toMatchObject([
      {
        method: 'POST',
        path: `/workspaces/${WORKSPACE_ID}/operations`,
        body: { operation: 'sync-apps' },
      },
    ]);
    expect(outputsOf(ctx)).toEqual({ jobId: 'job-7' });
  });

  it('fails the task with the reason the server gave for refusing an operation', async () => {
    await serve({
      refusals: {
        'sync-apps': { allowed: false, code: 'wrong-status', reason: REFUSAL },
      },
    });
    const ctx = createMockActionContext({
      input: { id: WORKSPACE_ID, operation: 'sync-apps' as const },
    });

    const failure = createWorkspacesOperateAction(options()).handler(ctx);

    await expect(failure).rejects.toThrow(
      `sync-apps on workspace ${WORKSPACE_ID} was refused: ${REFUSAL}`,
    );
    await expect(failure).rejects.toMatchObject({ name: 'ConflictError' });
  });

  it('reports a refusal as not allowed when the user lacks permission', async () => {
    await serve({
      refusals: {
        provision: {
          allowed: false,
          code: 'forbidden',
          reason: 'Only owners may provision',
        },
      },
    });
    const ctx = createMockActionContext({
      input: { id: WORKSPACE_ID, operation: 'provision' as const },
    });

    await expect(
      createWorkspacesOperateAction(options()).handler(ctx),
    ).rejects.toMatchObject({
      name: 'NotAllowedError',
      message: `provision on workspace ${WORKSPACE_ID} was refused: Only owners may provision`,
    });
  });

  it('deletes the workspace and outputs the job id', async () => {
    await serve({ jobId: 'job-9' });
    const ctx = createMockActionContext({ input: { id: WORKSPACE_ID } });

    await createWorkspacesDeleteAction(options()).handler(ctx);

    expect(server!.requests).toMatchObject([
      { method: 'DELETE', path: `/workspaces/${WORKSPACE_ID}` },
    ]);
    expect(outputsOf(ctx)).toEqual({ jobId: 'job-9' });
  });

  it('fails the delete with the reason the server gave', async () => {
    await serve({
      refusals: {
        delete: {
          allowed: false,
          code: 'busy',
          reason:
            'A job is running on this workspace; cancel it or wait for it to end',
        },
      },
    });
    const ctx = createMockActionContext({ input: { id: WORKSPACE_ID } });

    await expect(
      createWorkspacesDeleteAction(options()).handler(ctx),
    ).rejects.toThrow(
      `Deleting workspace ${WORKSPACE_ID} was refused: A job is running on this workspace; cancel it or wait for it to end`,
    );
  });

  it('calls nothing on a dry run', async () => {
    await serve();
    await createWorkspacesOperateAction(options()).handler(
      createMockActionContext({
        input: { id: WORKSPACE_ID, operation: 'provision' as const },
        isDryRun: true,
      }),
    );
    await createWorkspacesDeleteAction(options()).handler(
      createMockActionContext({ input: { id: WORKSPACE_ID }, isDryRun: true }),
    );

    expect(server!.requests).toHaveLength(0);
  });
});
