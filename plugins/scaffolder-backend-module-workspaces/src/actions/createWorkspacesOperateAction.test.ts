import { mockServices } from '@backstage/backend-test-utils';
import {
  createMockActionContext,
  outputsOf,
} from './__testUtils__/createMockActionContext';
import {
  backstageError,
  startFakeWorkspacesServer,
  type FakeReply,
  type FakeWorkspacesServer,
} from './__testUtils__/fakeWorkspacesServer';
import {
  jobAcceptedJson,
  WORKSPACE_ID,
} from './__testUtils__/workspaceFixtures';
import { createWorkspacesDeleteAction } from './createWorkspacesDeleteAction';
import { createWorkspacesOperateAction } from './createWorkspacesOperateAction';

const REFUSAL =
  'Sync Apps needs a Running workspace; this one is Failed: retry Provision Infrastructure first';

describe('workspaces:operate and workspaces:delete', () => {
  let server: FakeWorkspacesServer;
  let reply: FakeReply;

  beforeEach(async () => {
    server = await startFakeWorkspacesServer(() => reply);
  });
  afterEach(() => server.close());

  function options() {
    return {
      auth: mockServices.auth(),
      discovery: server.discovery,
      config: mockServices.rootConfig(),
    };
  }

  it('queues the operation and outputs the job id', async () => {
    reply = { status: 202, body: jobAcceptedJson('job-7', 'sync-apps') };
    const ctx = createMockActionContext({
      input: { id: WORKSPACE_ID, operation: 'sync-apps' as const },
    });

    await createWorkspacesOperateAction(options()).handler(ctx);

    expect(server.requests).toMatchObject([
      {
        method: 'POST',
        path: `/workspaces/${WORKSPACE_ID}/operations`,
        body: { operation: 'sync-apps' },
      },
    ]);
    expect(outputsOf(ctx)).toEqual({ jobId: 'job-7' });
  });

  it('fails the task with the reason the server gave for refusing an operation', async () => {
    reply = backstageError(409, 'ConflictError', REFUSAL);
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
    reply = backstageError(403, 'NotAllowedError', 'Only owners may provision');
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
    reply = { status: 202, body: jobAcceptedJson('job-9', 'destroy') };
    const ctx = createMockActionContext({ input: { id: WORKSPACE_ID } });

    await createWorkspacesDeleteAction(options()).handler(ctx);

    expect(server.requests).toMatchObject([
      { method: 'DELETE', path: `/workspaces/${WORKSPACE_ID}` },
    ]);
    expect(outputsOf(ctx)).toEqual({ jobId: 'job-9' });
  });

  it('fails the delete with the reason the server gave', async () => {
    reply = backstageError(
      409,
      'ConflictError',
      'A job is running on this workspace; cancel it or wait for it to end',
    );
    const ctx = createMockActionContext({ input: { id: WORKSPACE_ID } });

    await expect(
      createWorkspacesDeleteAction(options()).handler(ctx),
    ).rejects.toThrow(
      `Deleting workspace ${WORKSPACE_ID} was refused: A job is running on this workspace; cancel it or wait for it to end`,
    );
  });

  it('calls nothing on a dry run', async () => {
    await createWorkspacesOperateAction(options()).handler(
      createMockActionContext({
        input: { id: WORKSPACE_ID, operation: 'provision' as const },
        isDryRun: true,
      }),
    );
    await createWorkspacesDeleteAction(options()).handler(
      createMockActionContext({ input: { id: WORKSPACE_ID }, isDryRun: true }),
    );

    expect(server.requests).toHaveLength(0);
  });
});
