import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { InMemoryWorkspacesApi } from '@oqullus/plugin-workspaces-common/testUtils';
import {
  startWorkspacesApiServer,
  type WorkspacesApiServer,
} from '@oqullus/plugin-workspaces-node/testUtils';
import {
  createMockActionContext,
  outputsOf,
  rememberingCheckpoint,
} from './__testUtils__/createMockActionContext';
import { WORKSPACE_ID } from './__testUtils__/workspaceFixtures';
import { createWorkspacesCreateAction } from './createWorkspacesCreateAction';

const input = {
  name: 'Payments dev',
  owner: 'group:default/payments',
  stackTemplate: 'aws-eks',
  cloudCredential: 'aws-dev',
  stateStorage: 's3-dev',
  parameters: { nodeCount: 3 },
};

describe('workspaces:create', () => {
  let api: InMemoryWorkspacesApi;
  let server: WorkspacesApiServer;

  beforeEach(async () => {
    api = new InMemoryWorkspacesApi(
      {},
      { newId: () => WORKSPACE_ID, newExternalId: () => 'ws-payments01' },
    );
    server = await startWorkspacesApiServer(api);
  });
  afterEach(() => server.close());

  function createAction() {
    return createWorkspacesCreateAction({
      auth: mockServices.auth(),
      discovery: server.discovery,
      config: mockServices.rootConfig({
        data: { app: { baseUrl: 'https://backstage.example.com/' } },
      }),
    });
  }

  it('creates the workspace as the initiator and outputs where to find it', async () => {
    const ctx = createMockActionContext({ input });

    await createAction().handler(ctx);

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/workspaces');
    expect(request.body).toEqual({
      name: 'Payments dev',
      owner: 'group:default/payments',
      provisioning: {
        stackTemplate: 'aws-eks',
        cloudCredential: 'aws-dev',
        stateStorage: 's3-dev',
      },
      parameters: { nodeCount: 3 },
    });
    expect(request.headers.authorization).toBe(
      `Bearer ${mockCredentials.service.token({
        onBehalfOf: mockCredentials.user(),
        targetPluginId: 'workspaces',
      })}`,
    );
    expect(request.headers['idempotency-key']).toBe('scaffolder:task-1:step-1');
    expect(outputsOf(ctx)).toEqual({
      id: WORKSPACE_ID,
      externalId: 'ws-payments01',
      status: 'created',
      entityRef: 'resource:default/ws-payments01',
      url: `https://backstage.example.com/workspaces/${WORKSPACE_ID}`,
    });
  });

  it('creates from the catalog entity refs an EntityPicker yields', async () => {
    const ctx = createMockActionContext({
      input: {
        ...input,
        stackTemplate: 'resource:default/stack-template-aws-eks',
        cloudCredential: 'resource:default/cloud-credential-aws-dev',
        stateStorage: 'resource:default/state-storage-s3-dev',
        network: 'resource:default/network-shared-vpc',
      },
    });

    await createAction().handler(ctx);

    expect(server.requests).toHaveLength(1);
    expect((server.requests[0].body as any).provisioning).toEqual({
      stackTemplate: 'aws-eks',
      cloudCredential: 'aws-dev',
      stateStorage: 's3-dev',
      network: 'shared-vpc',
    });
  });

  it('creates without a network when the optional picker was left empty', async () => {
    await createAction().handler(
      createMockActionContext({ input: { ...input, network: '' } }),
    );

    expect((server.requests[0].body as any).provisioning).not.toHaveProperty(
      'network',
    );
  });

  it('refuses an entity ref of the wrong type before calling the backend', async () => {
    const ctx = createMockActionContext({
      input: {
        ...input,
        cloudCredential: 'resource:default/state-storage-s3-dev',
      },
    });

    await expect(createAction().handler(ctx)).rejects.toThrow(
      'cloudCredential "resource:default/state-storage-s3-dev" is not the catalog entity of a cloud-credential',
    );
    expect(server.requests).toHaveLength(0);
  });

  it('does not create a second workspace when a resumed task runs the step again', async () => {
    const checkpoint = rememberingCheckpoint();
    const action = createAction();

    await action.handler(createMockActionContext({ input, checkpoint }));
    const resumed = createMockActionContext({ input, checkpoint });
    await action.handler(resumed);

    expect(server.requests).toHaveLength(1);
    expect(outputsOf(resumed).id).toBe(WORKSPACE_ID);
  });

  it('fails with the server reason when the request is refused', async () => {
    jest
      .spyOn(api, 'createWorkspace')
      .mockRejectedValue(
        new ConflictError(
          'A workspace named "Payments dev" already exists; choose another name',
        ),
      );

    await expect(
      createAction().handler(createMockActionContext({ input })),
    ).rejects.toThrow(
      'Creating workspace "Payments dev" was refused: A workspace named "Payments dev" already exists; choose another name',
    );
  });

  it('validates the request on a dry run and calls nothing', async () => {
    const ctx = createMockActionContext({
      input: { ...input, externalId: 'ws-dry01' },
      isDryRun: true,
    });

    await createAction().handler(ctx);

    expect(server.requests).toHaveLength(0);
    expect(outputsOf(ctx)).toMatchObject({
      externalId: 'ws-dry01',
      status: 'created',
      entityRef: 'resource:default/ws-dry01',
    });
  });

  it('maps entity refs on a dry run too, and calls nothing', async () => {
    const ctx = createMockActionContext({
      input: {
        ...input,
        stackTemplate: 'resource:default/stack-template-aws-eks',
        cloudCredential: 'resource:default/cloud-credential-aws-dev',
        stateStorage: 'resource:default/state-storage-s3-dev',
      },
      isDryRun: true,
    });

    await createAction().handler(ctx);

    expect(server.requests).toHaveLength(0);
    expect(ctx.logger.info).toHaveBeenCalledWith(
      'Dry run: would create workspace "Payments dev" from stack template aws-eks',
    );
  });

  it('rejects an invalid request on a dry run with what is wrong', async () => {
    const ctx = createMockActionContext({
      input: { ...input, name: '', stackTemplate: 'Not A Name!' },
      isDryRun: true,
    });

    await expect(createAction().handler(ctx)).rejects.toThrow(
      /Invalid workspace request: .*name.*provisioning\.stackTemplate/,
    );
    expect(server.requests).toHaveLength(0);
  });
});
