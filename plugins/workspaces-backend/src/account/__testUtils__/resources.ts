import type {
  CloudCredential,
  Network,
  StackTemplate,
  StateStorage,
} from '@oqullus/plugin-workspaces-common';

const base = {
  origin: 'database' as const,
  validation: { status: 'unknown' as const, messages: [] },
};

/** A stack template as the registry returns it; override what the test is about. */
export function aStackTemplate(
  overrides: Partial<StackTemplate> = {},
): StackTemplate {
  return {
    ...base,
    name: 'data-platform',
    title: 'Data platform',
    source: { type: 'directory', path: 'templates/data-platform' },
    infrastructure: { path: '.' },
    inputs: { type: 'object', properties: {} },
    apps: [],
    requiresApproval: false,
    ...overrides,
  };
}

/** A cloud credential as the registry returns it. */
export function aCloudCredential(
  overrides: Partial<CloudCredential> = {},
): CloudCredential {
  return {
    ...base,
    name: 'aws-prod',
    title: 'AWS production',
    provider: 'aws',
    identity: { accountId: '123456789012' },
    secrets: [],
    ...overrides,
  };
}

/** A state storage as the registry returns it. */
export function aStateStorage(
  overrides: Partial<StateStorage> = {},
): StateStorage {
  return {
    ...base,
    name: 'shared',
    title: 'Shared state',
    kind: 'builtin',
    settings: {},
    ...overrides,
  };
}

/** A network as the registry returns it. */
export function aNetwork(overrides: Partial<Network> = {}): Network {
  return {
    ...base,
    name: 'shared-vpc',
    title: 'Shared VPC',
    provider: 'aws',
    networkId: 'vpc-0abc',
    cidr: '10.0.0.0/16',
    region: 'eu-west-1',
    ...overrides,
  };
}
