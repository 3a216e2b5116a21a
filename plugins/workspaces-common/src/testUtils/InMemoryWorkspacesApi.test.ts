import { ResponseError } from '@backstage/errors';
import { WorkspacesClient } from '../client/WorkspacesClient';
import type { Workspace } from '../types/workspace';
import { answerWorkspacesApiRequest } from './answerWorkspacesApiRequest';
import { InMemoryWorkspacesApi } from './InMemoryWorkspacesApi';

const BASE_URL = 'http://localhost/api/workspaces';

function aWorkspace(overrides: Partial<Workspace> = {}): Workspace {
  return {
    id: 'w1',
    externalId: 'ws-one',
    name: 'One',
    owner: 'user:default/alice',
    status: 'running',
    approval: { state: 'not-required' },
    provisioning: {
      stackTemplate: 'lakehouse',
      cloudCredential: 'aws-dev',
      stateStorage: 'builtin',
    },
    parameters: {},
    labels: {},
    outputs: {},
    apps: [],
    activeJob: null,
    createdBy: 'user:default/alice',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    lastActivityAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** The real client, its requests answered by the adapter instead of a network. */
function clientOf(api: InMemoryWorkspacesApi) {
  const fetchThroughAdapter = async (input: any, init?: RequestInit) => {
    const reply = await answerWorkspacesApiRequest(api, {
      method: init?.method ?? 'GET',
      url: String(input).slice(BASE_URL.length),
      headers: Object.fromEntries(
        Object.entries((init?.headers ?? {}) as Record<string, string>).map(
          ([name, value]) => [name.toLowerCase(), value],
        ),
      ),
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    });
    return new Response(
      reply.body === undefined ? null : JSON.stringify(reply.body),
      {
        status: reply.status,
        headers: { 'content-type': 'application/json' },
      },
    );
  };
  return new WorkspacesClient({
    discoveryApi: { getBaseUrl: async () => BASE_URL },
    fetchApi: { fetch: fetchThroughAdapter as typeof fetch },
  });
}

describe('InMemoryWorkspacesApi through the real client', () => {
  it('pages the live workspaces and leaves the fixtures as written', async () => {
    const fixtures = {
      workspaces: [
        aWorkspace(),
        aWorkspace({ id: 'w2', externalId: 'ws-two', name: 'Two' }),
        aWorkspace({ id: 'w3', externalId: 'ws-gone', status: 'deleted' }),
      ],
    };
    const client = clientOf(new InMemoryWorkspacesApi(fixtures));

    const first = await client.listWorkspaces({ scope: 'all', limit: 1 });
    const second = await client.listWorkspaces({
      scope: 'all',
      limit: 1,
      cursor: first.nextCursor,
    });

    expect([...first.items, ...second.items].map(w => w.id).sort()).toEqual([
      'w1',
      'w2',
    ]);
    expect(second.nextCursor).toBeUndefined();
    expect(
      (await client.listWorkspaces({ status: 'deleted' })).items.map(w => w.id),
    ).toEqual(['w3']);
  });

  it('lists only what the caller owns or is a member of for scope mine', async () => {
    const client = clientOf(
      new InMemoryWorkspacesApi(
        {
          workspaces: [
            aWorkspace(),
            aWorkspace({ id: 'w2', owner: 'user:default/bob' }),
            aWorkspace({ id: 'w3', owner: 'user:default/bob' }),
          ],
          members: {
            w3: [
              {
                ref: 'user:default/alice',
                role: 'viewer',
                addedBy: 'user:default/bob',
                addedAt: '2026-01-01T00:00:00.000Z',
              },
            ],
          },
        },
        { caller: 'user:default/alice' },
      ),
    );

    const { items } = await client.listWorkspaces();

    expect(items.map(w => w.id).sort()).toEqual(['w1', 'w3']);
  });

  it('creates a workspace with its provision job, once per idempotency key', async () => {
    const api = new InMemoryWorkspacesApi({}, { caller: 'user:default/dana' });
    const client = clientOf(api);
    const request = {
      name: 'Payments dev',
      provisioning: {
        stackTemplate: 'aws-eks',
        cloudCredential: 'aws-dev',
        stateStorage: 's3-dev',
      },
    };

    const created = await client.createWorkspace(request, {
      idempotencyKey: 'k1',
    });
    const repeated = await client.createWorkspace(request, {
      idempotencyKey: 'k1',
    });

    expect(created).toMatchObject({
      name: 'Payments dev',
      owner: 'user:default/dana',
      status: 'created',
      job: { operation: 'provision', status: 'queued' },
    });
    expect(repeated.id).toBe(created.id);
    expect(api.data.workspaces).toHaveLength(1);
    expect((await client.listJobs(created.id)).items).toHaveLength(1);
  });

  it('holds back the job of a template that needs approval until approved', async () => {
    const api = new InMemoryWorkspacesApi({
      accountResources: {
        'stack-templates': [
          {
            name: 'aws-eks',
            title: 'EKS',
            origin: 'config',
            validation: { status: 'valid', messages: [] },
            source: { type: 'directory', path: '/t' },
            version: '1',
            infrastructure: { path: '.' },
            inputs: { type: 'object', properties: {} },
            apps: [],
            requiresApproval: true,
          },
        ],
      },
    });
    const client = clientOf(api);

    const created = await client.createWorkspace({
      name: 'Needs a yes',
      provisioning: {
        stackTemplate: 'aws-eks',
        cloudCredential: 'aws-dev',
        stateStorage: 's3-dev',
      },
    });
    const approved = await client.decideApproval(created.id, {
      decision: 'approve',
    });

    expect(created.job).toBeNull();
    expect(created.approval.state).toBe('pending');
    expect(approved.approval.state).toBe('approved');
    expect(approved.job?.operation).toBe('provision');
  });

  it('refuses with the kind and sentence of the fixture, and while a job is active', async () => {
    const api = new InMemoryWorkspacesApi({
      workspaces: [
        {
          ...aWorkspace(),
          allowedOperations: {
            'sync-apps': {
              allowed: false,
              code: 'wrong-status',
              reason: 'Sync Apps needs a Running workspace',
            },
            provision: {
              allowed: false,
              code: 'forbidden',
              reason: 'Provision needs the operator role',
            },
          },
        },
      ],
    });
    const client = clientOf(api);

    await expect(
      client.requestOperation('w1', { operation: 'sync-apps' }),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 409,
      body: { error: { message: 'Sync Apps needs a Running workspace' } },
    });
    await expect(
      client.requestOperation('w1', { operation: 'provision' }),
    ).rejects.toMatchObject({ statusCode: 403 });
    await client.deleteWorkspace('w1');
    await expect(
      client.requestOperation('w1', { operation: 'sync-infrastructure' }),
    ).rejects.toMatchObject({
      statusCode: 409,
      body: {
        error: {
          name: 'ConflictError',
          message:
            'Sync Infrastructure must wait: Delete is in progress; wait for it to finish or cancel it',
        },
      },
    });
  });

  it('answers 404 for what it does not hold', async () => {
    const client = clientOf(new InMemoryWorkspacesApi());

    const refusal = client.getWorkspace('nope');

    await expect(refusal).rejects.toBeInstanceOf(ResponseError);
    await expect(refusal).rejects.toMatchObject({
      statusCode: 404,
      body: { error: { name: 'NotFoundError' } },
    });
    await expect(client.getJob('nope')).rejects.toMatchObject({
      statusCode: 404,
    });
  });

  it('tails events and job logs from the cursor of the last item', async () => {
    const api = new InMemoryWorkspacesApi({
      workspaces: [aWorkspace()],
      events: [1, 2, 3].map(n => ({
        id: String(n),
        workspaceId: 'w1',
        createdAt: '2026-01-01T00:00:00.000Z',
        level: 'info' as const,
        type: 'approval.requested' as const,
        data: {},
        message: `Event ${n}`,
      })),
      jobLogs: {
        j1: [{ seq: 1, text: 'one\n', createdAt: '2026-01-01T00:00:00.000Z' }],
      },
    });
    const client = clientOf(api);

    const first = await client.listEvents('w1', { limit: 2 });
    const rest = await client.listEvents('w1', { after: first.nextCursor });
    const empty = await client.listEvents('w1', { after: rest.nextCursor });
    const log = await client.getJobLog('j1', { after: '0' });

    expect(first.items.map(e => e.id)).toEqual(['1', '2']);
    expect(rest).toMatchObject({ items: [{ id: '3' }], nextCursor: '3' });
    expect(empty).toEqual({ items: [], nextCursor: '3' });
    expect(log).toMatchObject({ items: [{ seq: 1 }], nextCursor: '1' });
  });

  it('keeps member and settings changes, and refuses them on a deleted workspace', async () => {
    const api = new InMemoryWorkspacesApi({
      workspaces: [
        aWorkspace(),
        aWorkspace({ id: 'w2', externalId: 'ws-gone', status: 'deleted' }),
      ],
    });
    const client = clientOf(api);

    await client.putMember('w1', 'user:default/noah', { role: 'operator' });
    await client.updateWorkspace('w1', { name: 'Renamed' });
    await client.removeMember('w1', 'user:default/noah');

    expect(api.data.members.w1).toEqual([]);
    expect((await client.getWorkspace('w1')).name).toBe('Renamed');
    await expect(
      client.putMember('w2', 'user:default/noah', { role: 'viewer' }),
    ).rejects.toMatchObject({ statusCode: 409 });
  });
});
