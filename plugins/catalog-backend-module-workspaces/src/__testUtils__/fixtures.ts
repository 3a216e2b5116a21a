import type {
  AccountResourceByKind,
  Workspace,
  WorkspaceMember,
} from '@oqullus/plugin-workspaces-common';

const validation = { status: 'valid' as const, messages: [] };

export const stackTemplate: AccountResourceByKind['stack-templates'] = {
  name: 'lakehouse-local',
  title: 'Lakehouse (local)',
  description: 'A lakehouse on the laptop',
  owner: 'group:default/platform',
  origin: 'config',
  validation,
  source: { type: 'directory', path: '/templates/lakehouse' },
  version: '1.2.0',
  infrastructure: { path: '.' },
  inputs: { type: 'object', properties: {} },
  apps: [],
  requiresApproval: true,
};

export const cloudCredential: AccountResourceByKind['cloud-credentials'] = {
  name: 'aws-dev',
  title: 'AWS dev account',
  origin: 'database',
  validation,
  provider: 'aws',
  identity: {
    accountId: '123456789012',
    roleArn: 'arn:aws:iam::123456789012:role/tf',
  },
  secrets: [
    { name: 'AWS_SECRET_ACCESS_KEY', from: { env: 'OQ_AWS_DEV_SECRET_KEY' } },
    { name: 'AWS_SESSION_TOKEN', from: { file: '/run/secrets/aws-token' } },
  ],
};

export const stateStorage: AccountResourceByKind['state-storages'] = {
  name: 'builtin',
  title: 'Built-in state',
  origin: 'config',
  validation: { status: 'warning', messages: ['check me'] },
  kind: 'builtin',
  settings: {},
  secrets: [{ name: 'PG_PASSWORD', from: { env: 'OQ_STATE_PG_PASSWORD' } }],
};

export const network: AccountResourceByKind['networks'] = {
  name: 'shared-vpc',
  title: 'Shared VPC',
  owner: 'group:default/network',
  origin: 'database',
  validation,
  provider: 'aws',
  networkId: 'vpc-0abc',
  cidr: '10.0.0.0/16',
  region: 'eu-west-1',
};

export function workspace(overrides: Partial<Workspace> = {}): Workspace {
  return {
    id: '7d3f1c2a-0000-4000-8000-000000000001',
    externalId: 'ws-k3v9x0q2mz',
    name: 'Analytics sandbox',
    description: 'Where the analysts play',
    owner: 'user:default/alice',
    status: 'running',
    approval: { state: 'approved' },
    provisioning: {
      stackTemplate: 'lakehouse-local',
      cloudCredential: 'aws-dev',
      stateStorage: 'builtin',
      network: 'shared-vpc',
    },
    parameters: {},
    labels: {},
    outputs: {},
    apps: [],
    createdBy: 'user:default/alice',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    lastActivityAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export const members: WorkspaceMember[] = [
  {
    ref: 'user:default/alice',
    role: 'admin',
    addedBy: 'user:default/alice',
    addedAt: '2026-01-01T00:00:00.000Z',
  },
  {
    ref: 'group:default/analysts',
    role: 'viewer',
    addedBy: 'user:default/alice',
    addedAt: '2026-01-01T00:00:00.000Z',
  },
];
