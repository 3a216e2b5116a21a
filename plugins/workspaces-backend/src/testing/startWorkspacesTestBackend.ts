/* eslint-disable @backstage/no-undeclared-imports -- used by test files only */
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  coreServices,
  createServiceFactory,
  resolvePackagePath,
  type BackendFeature,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import permissionBackend from '@backstage/plugin-permission-backend';
import workspacesPolicyModule from '@oqullus/plugin-permission-backend-module-workspaces-policy';
import type { JsonObject } from '@backstage/types';
import type { Knex } from 'knex';
import path from 'node:path';
import request from 'supertest';
import { workspacesPlugin } from '../plugin';
import {
  accountRolesConfig,
  exampleOrg,
  exampleOrgEntities,
  exampleServices,
  isExampleService,
  type ExampleCaller,
} from './exampleOrg';
import { exampleOrgUserInfoFactory } from './exampleOrgUserInfo';
import { realisticHttpAuthFactory } from './realisticHttpAuth';
import { createRecordingServices } from './recordingServices';

/** The repository's example stack templates, used as they are by the portal. */
export const exampleStackTemplates = path.resolve(
  resolvePackagePath('@oqullus/plugin-workspaces-backend'),
  '../../examples/stack-templates',
);

/** The env var the test credential's secret reference points at. */
export const TEST_SECRET_ENV = 'OQULLUS_TEST_SANDBOX_SECRET';

/** The example account of app-config.yaml, trimmed to what the router tests use. */
export function testAccountConfig() {
  return {
    stackTemplates: [
      {
        name: 'lakehouse-local',
        title: 'Lakehouse (runs offline)',
        source: {
          type: 'directory',
          path: path.join(exampleStackTemplates, 'lakehouse-local'),
        },
        inputs: {
          type: 'object',
          required: ['region'],
          properties: {
            region: { type: 'string', enum: ['eu-west-1', 'us-east-1'] },
            compute_size: {
              type: 'integer',
              minimum: 1,
              maximum: 10,
              default: 1,
            },
            apply_delay_seconds: { type: 'integer', minimum: 0, default: 0 },
            fail_on_apply: { type: 'boolean', default: false },
          },
        },
        apps: [
          { name: 'orchestrator', path: 'apps/orchestrator' },
          { name: 'notebooks', path: 'apps/notebooks' },
        ],
        requiresApproval: false,
      },
      {
        name: 'gated-lakehouse',
        title: 'Lakehouse that always needs approval',
        source: {
          type: 'directory',
          path: path.join(exampleStackTemplates, 'lakehouse-local'),
        },
        inputs: { type: 'object', properties: {} },
        apps: [],
        requiresApproval: true,
      },
    ],
    cloudCredentials: [
      {
        name: 'local-sandbox',
        title: 'Local sandbox',
        provider: 'env',
        identity: { account: 'sandbox' },
        secrets: [{ name: 'SANDBOX_API_KEY', from: { env: TEST_SECRET_ENV } }],
      },
    ],
    stateStorages: [
      { name: 'builtin', title: 'Built-in', kind: 'builtin', settings: {} },
    ],
    networks: [
      {
        name: 'shared-dev-network',
        title: 'Shared development network',
        provider: 'other',
        networkId: 'shared-dev-net',
        cidr: '10.10.0.0/16',
      },
    ],
  };
}

// Backends whose job runner polls their database. TestDatabases drops a test file's
// databases before startTestBackend's own clean-up stops the backends, and a runner
// polling a dropped database logs after its test file has ended (which fails the run);
// so these stop after each test, while their database is still there.
const backendsWithRunners: Array<{ stop(): Promise<void> }> = [];
if (typeof afterEach === 'function') {
  afterEach(async () => {
    await Promise.all(backendsWithRunners.splice(0).map(b => b.stop()));
  });
}

/** Each plugin its own database, as in a portal: the catalog's, or everybody else's. */
function databasePerPlugin(byPlugin: Record<string, Knex>, fallback: Knex) {
  return createServiceFactory({
    service: coreServices.database,
    deps: { plugin: coreServices.pluginMetadata },
    factory: ({ plugin }) => {
      const knex = byPlugin[plugin.getId()] ?? fallback;
      return { getClient: async () => knex };
    },
  });
}

/** A bearer token header for a person, or for a service as its own principal. */
export function authorizationOf(caller: ExampleCaller): string {
  if (isExampleService(caller)) {
    return mockCredentials.service.header({
      onBehalfOf: mockCredentials.service(exampleServices[caller].subject),
      targetPluginId: 'workspaces',
    });
  }
  return mockCredentials.user.header(exampleOrg[caller].ref);
}

/**
 * The workspaces plugin in a test backend with the real permission backend and the
 * ready-made policy (or the `policy` given), on a real database. `as(caller)` makes requests as one of the
 * example org's people or services.
 */
export async function startWorkspacesTestBackend(options: {
  knex: Knex;
  extraConfig?: Record<string, unknown>;
  /**
   * `workspaces.runner` config. The job runner is off unless given, so tests of the
   * API see jobs stay where the API put them.
   */
  runner?: Record<string, unknown>;
  /** More allowed stack template directories, e.g. a test's own template. */
  extraStackTemplateRoots?: string[];
  /** Replaces the example account of testAccountConfig(). */
  account?: ReturnType<typeof testAccountConfig>;
  /** Added to the backend, such as a root logger that records what is logged. */
  extraFeatures?: BackendFeature[];
  /**
   * Runs these catalog features (the catalog backend and its modules) on their own
   * database; the policy then reads team members from that catalog, not from a fake
   * of examples/org.yaml.
   */
  catalog?: { knex: Knex; features: BackendFeature[] };
  /**
   * A permission backend module that sets an installation's own policy, in place of
   * the ready-made one.
   */
  policy?: BackendFeature;
}): Promise<WorkspacesTestBackend> {
  const recorded = createRecordingServices();
  const catalogFeatures: BackendFeature[] = options.catalog
    ? [
        ...options.catalog.features,
        schedulerServiceFactory,
        databasePerPlugin({ catalog: options.catalog.knex }, options.knex),
      ]
    : [
        catalogServiceMock.factory({ entities: exampleOrgEntities() }),
        mockServices.database.factory({ knex: options.knex }),
      ];
  const backend = await startTestBackend({
    features: [
      workspacesPlugin,
      permissionBackend,
      options.policy ?? workspacesPolicyModule,
      exampleOrgUserInfoFactory,
      realisticHttpAuthFactory,
      mockServices.permissions.factory(),
      ...catalogFeatures,
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          permission: { enabled: true },
          workspaces: {
            roles: accountRolesConfig,
            stackTemplateRoots: [
              exampleStackTemplates,
              ...(options.extraStackTemplateRoots ?? []),
            ],
            account: options.account ?? testAccountConfig(),
            runner: (options.runner ?? { enabled: false }) as JsonObject,
          },
          ...options.extraConfig,
        },
      }),
      ...recorded.factories,
      ...(options.extraFeatures ?? []),
    ],
  });
  if (options.runner?.enabled) backendsWithRunners.push(backend);

  const http = request(backend.server);
  const as = (person: ExampleCaller) => ({
    get: (url: string) =>
      http
        .get(`/api/workspaces${url}`)
        .set('Authorization', authorizationOf(person)),
    post: (url: string) =>
      http
        .post(`/api/workspaces${url}`)
        .set('Authorization', authorizationOf(person)),
    put: (url: string) =>
      http
        .put(`/api/workspaces${url}`)
        .set('Authorization', authorizationOf(person)),
    patch: (url: string) =>
      http
        .patch(`/api/workspaces${url}`)
        .set('Authorization', authorizationOf(person)),
    delete: (url: string) =>
      http
        .delete(`/api/workspaces${url}`)
        .set('Authorization', authorizationOf(person)),
  });
  return { http, as, recorded };
}

type Requester = Record<
  'get' | 'post' | 'put' | 'patch' | 'delete',
  (url: string) => request.Test
>;

/** A running test backend: raw HTTP, requests as a person, and what left the plugin. */
export type WorkspacesTestBackend = {
  http: ReturnType<typeof request>;
  as(caller: ExampleCaller): Requester;
  recorded: ReturnType<typeof createRecordingServices>;
};

/** A create request for the offline lakehouse that passes validation. */
export function aCreateRequest(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Analytics sandbox',
    provisioning: {
      stackTemplate: 'lakehouse-local',
      cloudCredential: 'local-sandbox',
      stateStorage: 'builtin',
    },
    parameters: { region: 'eu-west-1' },
    ...overrides,
  };
}
