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
import {
  eventually,
  InMemoryWorkspacesApi,
} from '@oqullus/plugin-workspaces-common/testUtils';
import {
  startWorkspacesApiServer,
  type WorkspacesApiServer,
} from '@oqullus/plugin-workspaces-node/testUtils';
import request from 'supertest';
import catalogModuleWorkspaces from './index';
import {
  cloudCredential,
  members,
  network,
  stackTemplate,
  stateStorage,
  workspace,
} from './__testUtils__/fixtures';

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

describe('catalogModuleWorkspaces with the real catalog backend', () => {
  const api = new InMemoryWorkspacesApi(
    {
      accountResources: {
        'stack-templates': [stackTemplate],
        'cloud-credentials': [cloudCredential],
        'state-storages': [stateStorage],
        networks: [network],
      },
      workspaces: [first, second, third],
      members: { [first.id]: members },
    },
    // Pages are small on purpose, so the provider has to follow cursors.
    { maxPageSize: 2 },
  );
  let server: WorkspacesApiServer;
  let backend: Awaited<ReturnType<typeof startTestBackend>>;

  beforeAll(async () => {
    server = await startWorkspacesApiServer(api);
    const discovery = createServiceFactory({
      service: coreServices.discovery,
      deps: {},
      factory: () => server.discovery,
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
    await server.close();
  });

  async function resources(): Promise<Entity[]> {
    const res = await request(backend.server)
      .get('/api/catalog/entities/by-query')
      .query({ filter: 'kind=resource', limit: 100 })
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
    return res.body.items;
  }

  /** The catalog's resources once `accept` holds for them. */
  function resourcesOnce(
    what: string,
    accept: (entities: Entity[]) => boolean,
  ): Promise<Entity[]> {
    return eventually(
      what,
      async () => {
        const entities = await resources();
        return accept(entities) ? entities : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
  }

  const byName = (entities: Entity[], name: string) =>
    entities.find(entity => entity.metadata.name === name);

  it('surfaces resources and workspaces with their dependsOn relations', async () => {
    const initial = await resourcesOnce(
      'the resources and workspaces with their relations',
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
      'backstage.io/managed-by-location': `url:${server.baseUrl}`,
    });
    // One direction only: a resource's relations would name the workspace to everybody.
    expect(
      byName(initial, 'network-shared-vpc')?.relations?.map(r => r.type),
    ).not.toContain('dependencyOf');
    expect(JSON.stringify(initial)).not.toContain('OQ_AWS_DEV_SECRET_KEY');
    const authorizations = server.requests.map(r => r.headers.authorization);
    expect(authorizations.length).toBeGreaterThan(0);
    expect(
      authorizations.every(header => /^Bearer \S+$/.test(header ?? '')),
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
    const changed = await resourcesOnce(
      'the changed, new and deleted workspaces',
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
    api.data.accountResources.networks = [];
    await request(backend.server)
      .post(
        '/api/catalog/.backstage/scheduler/v1/tasks/WorkspacesEntityProvider:refresh/trigger',
      )
      .set('Authorization', mockCredentials.user.header())
      .expect(200);
    const refreshed = await resourcesOnce(
      'the removed network to go',
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
