import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import request from 'supertest';
import catalogModuleWorkspaces from './index';
import {
  cloudCredential,
  members,
  network,
  stackTemplate,
  stateStorage,
  workspace,
} from './testing/fixtures';
import { FakeWorkspacesApi } from './testing/fakeWorkspacesApi';

jest.setTimeout(60_000);

const first = workspace();
const second = workspace({
  id: '7d3f1c2a-0000-4000-8000-000000000002',
  externalId: 'ws-second',
  name: 'Second',
  provisioning: { ...first.provisioning, network: null },
});
const third = workspace({
  id: '7d3f1c2a-0000-4000-8000-000000000003',
  externalId: 'ws-third',
  name: 'Third',
});

async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
): Promise<T> {
  const deadline = Date.now() + 30_000;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > deadline) {
      throw new Error(
        `Condition not met in time; last: ${JSON.stringify(value)}`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}

describe('catalogModuleWorkspaces with the real catalog backend', () => {
  const api = new FakeWorkspacesApi({
    resources: {
      'stack-templates': [stackTemplate],
      'cloud-credentials': [cloudCredential],
      'state-storages': [stateStorage],
      networks: [network],
    },
    workspaces: [first, second, third],
    members: { [first.id]: members },
  });
  let workspacesBaseUrl: string;
  let backend: Awaited<ReturnType<typeof startTestBackend>>;

  beforeAll(async () => {
    workspacesBaseUrl = await api.start();
    const discovery = createServiceFactory({
      service: coreServices.discovery,
      deps: {},
      factory: () => {
        const baseUrl = async (pluginId: string) =>
          pluginId === 'workspaces'
            ? workspacesBaseUrl
            : `http://127.0.0.1:0/api/${pluginId}`;
        return { getBaseUrl: baseUrl, getExternalBaseUrl: baseUrl };
      },
    });
    backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleWorkspaces,
        discovery,
        schedulerServiceFactory,
        mockServices.rootConfig.factory({
          data: {
            app: { baseUrl: 'http://localhost:3000' },
            catalog: {
              stitchingStrategy: { mode: 'immediate' },
              processingInterval: { seconds: 1 },
              providers: {
                workspaces: {
                  // Far apart, so only the delta can explain quick changes.
                  schedule: {
                    frequency: { minutes: 10 },
                    timeout: { seconds: 30 },
                  },
                  deltaIntervalSeconds: 1,
                },
              },
            },
          },
        }),
      ],
    });
  });

  afterAll(async () => {
    await backend?.stop();
    await api.stop();
  });

  async function resources(): Promise<Entity[]> {
    const res = await request(backend.server)
      .get('/api/catalog/entities/by-query')
      .query({ filter: 'kind=resource', limit: 100 })
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
    return res.body.items;
  }

  const byName = (entities: Entity[], name: string) =>
    entities.find(entity => entity.metadata.name === name);

  it('surfaces resources and workspaces with their dependsOn relations', async () => {
    const initial = await eventually(
      resources,
      entities =>
        entities.length === 7 &&
        Boolean(
          byName(entities, 'ws-k3v9x0q2mz')?.relations?.some(
            r => r.type === 'dependsOn',
          ),
        ),
    );
    expect(initial.map(entity => entity.metadata.name).sort()).toEqual([
      'cloud-credential-aws-dev',
      'network-shared-vpc',
      'stack-template-lakehouse-local',
      'state-storage-builtin',
      'ws-k3v9x0q2mz',
      'ws-second',
      'ws-third',
    ]);
    const firstEntity = byName(initial, 'ws-k3v9x0q2mz')!;
    expect(
      firstEntity.relations
        ?.filter(r => r.type === 'dependsOn')
        .map(r => r.targetRef)
        .sort(),
    ).toEqual([
      'resource:default/cloud-credential-aws-dev',
      'resource:default/network-shared-vpc',
      'resource:default/stack-template-lakehouse-local',
      'resource:default/state-storage-builtin',
    ]);
    expect(firstEntity.relations).toContainEqual({
      type: 'ownedBy',
      targetRef: 'user:default/alice',
    });
    expect(firstEntity.metadata.annotations).toMatchObject({
      'oqullus.io/workspace-page': `http://localhost:3000/workspaces/${first.id}`,
      'oqullus.io/members':
        'user:default/alice=admin,group:default/analysts=viewer',
      'backstage.io/managed-by-location': `url:${workspacesBaseUrl}`,
    });
    // One direction only: a resource's relations would name the workspace to everybody.
    expect(
      byName(initial, 'network-shared-vpc')?.relations?.map(r => r.type),
    ).not.toContain('dependencyOf');
    expect(JSON.stringify(initial)).not.toContain('OQ_AWS_DEV_SECRET_KEY');
    expect(api.authorizations.length).toBeGreaterThan(0);
    expect(
      api.authorizations.every(header => /^Bearer \S+$/.test(header ?? '')),
    ).toBe(true);
  });

  it('reflects a status change, a new and a deleted workspace within the delta interval', async () => {
    const fourth = workspace({
      id: '7d3f1c2a-0000-4000-8000-000000000004',
      externalId: 'ws-fourth',
      name: 'Fourth',
    });
    api.data.workspaces = [
      { ...first, status: 'failed', updatedAt: '2026-01-02T00:00:00.000Z' },
      { ...second, status: 'deleted' },
      third,
      fourth,
    ];
    const changed = await eventually(
      resources,
      entities =>
        byName(entities, 'ws-k3v9x0q2mz')?.metadata.labels?.[
          'oqullus.io/status'
        ] === 'failed' &&
        !byName(entities, 'ws-second') &&
        Boolean(byName(entities, 'ws-fourth')),
    );
    expect(changed.map(entity => entity.metadata.name).sort()).toEqual([
      'cloud-credential-aws-dev',
      'network-shared-vpc',
      'stack-template-lakehouse-local',
      'state-storage-builtin',
      'ws-fourth',
      'ws-k3v9x0q2mz',
      'ws-third',
    ]);
  });

  it('drops a removed account resource on the next full refresh', async () => {
    api.data.resources.networks = [];
    await request(backend.server)
      .post(
        '/api/catalog/.backstage/scheduler/v1/tasks/WorkspacesEntityProvider:refresh/trigger',
      )
      .set('Authorization', mockCredentials.user.header())
      .expect(200);
    const refreshed = await eventually(
      resources,
      entities => !byName(entities, 'network-shared-vpc'),
    );
    expect(refreshed.map(entity => entity.metadata.name).sort()).toEqual([
      'cloud-credential-aws-dev',
      'stack-template-lakehouse-local',
      'state-storage-builtin',
      'ws-fourth',
      'ws-k3v9x0q2mz',
      'ws-third',
    ]);
  });
});
