import {
  workspaceOperations,
  type AllowedOperations,
  type StackTemplate,
  type Workspace,
  type WorkspaceWithAllowedOperations,
} from '@oqullus/plugin-workspaces-common';

/** A Running workspace of the example account; override what a test is about. */
export function aWorkspace(overrides: Partial<Workspace> = {}): Workspace {
  return {
    id: '6f1c1c5e-93b4-4d38-9b43-2d6a0a1f0001',
    externalId: 'ws-q4pipelines',
    name: 'Q4 pipelines',
    description: 'Batch pipelines for the Q4 close',
    owner: 'group:default/data-engineering',
    status: 'running',
    approval: { state: 'not-required' },
    provisioning: {
      stackTemplate: 'lakehouse-local',
      cloudCredential: 'local-sandbox',
      stateStorage: 'builtin',
      network: null,
    },
    parameters: { region: 'eu-west-1', compute_size: 'small' },
    labels: {},
    outputs: { warehouse_url: 'https://warehouse.example.test' },
    apps: [
      {
        name: 'orchestrator',
        title: 'Orchestrator',
        status: 'synced',
        lastSyncedAt: '2026-11-28T10:05:00.000Z',
      },
    ],
    activeJob: null,
    createdBy: 'user:default/dana.dev',
    createdAt: '2026-11-28T10:00:00.000Z',
    updatedAt: '2026-11-28T10:05:00.000Z',
    lastActivityAt: '2026-11-28T10:05:00.000Z',
    ...overrides,
  };
}

/** Every operation allowed, except those given a refusal reason. */
export function allowed(
  refusals: Partial<Record<keyof AllowedOperations, string>> = {},
): AllowedOperations {
  return Object.fromEntries(
    workspaceOperations.map(operation => [
      operation,
      refusals[operation]
        ? { allowed: false, code: 'role', reason: refusals[operation] }
        : { allowed: true },
    ]),
  ) as AllowedOperations;
}

/** A workspace as `GET /workspaces/{id}` returns it. */
export function aWorkspaceWithOperations(
  overrides: Partial<Workspace> = {},
  refusals: Partial<Record<keyof AllowedOperations, string>> = {},
): WorkspaceWithAllowedOperations {
  return {
    ...aWorkspace(overrides),
    allowedOperations: allowed(refusals),
    keptStates: [],
    stateLocks: [],
  };
}

/** The example account's offline template, with a few inputs of each type. */
export function aStackTemplate(
  overrides: Partial<StackTemplate> = {},
): StackTemplate {
  return {
    name: 'lakehouse-local',
    title: 'Lakehouse (runs offline)',
    description: 'A lakehouse on local resources',
    owner: 'group:default/platform',
    origin: 'config',
    validation: { status: 'valid', messages: [] },
    source: { type: 'directory', path: 'lakehouse-local' },
    infrastructure: { path: '.' },
    inputs: {
      type: 'object',
      properties: {
        region: {
          type: 'string',
          title: 'Region',
          enum: ['eu-west-1', 'us-east-1'],
          default: 'eu-west-1',
        },
        compute_size: {
          type: 'string',
          title: 'Compute size',
          enum: ['small', 'medium', 'large'],
          default: 'small',
        },
        apply_delay_seconds: {
          type: 'integer',
          title: 'Apply delay (seconds)',
          minimum: 0,
          default: 0,
        },
        fail_on_apply: {
          type: 'boolean',
          title: 'Fail on apply',
          default: false,
        },
      },
      required: ['region'],
    },
    apps: [
      {
        name: 'orchestrator',
        title: 'Orchestrator',
        path: 'apps/orchestrator',
      },
    ],
    requiresApproval: false,
    ...overrides,
  };
}
