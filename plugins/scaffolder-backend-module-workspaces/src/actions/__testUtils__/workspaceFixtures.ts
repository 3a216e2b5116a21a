import type {
  Workspace,
  WorkspaceStatus,
} from '@oqullus/plugin-workspaces-common';

export const WORKSPACE_ID = 'b9f7c1de-1111-4a4a-9a9a-000000000001';

/** The workspace the actions work on, in the given status. */
export function aWorkspace(
  status: WorkspaceStatus,
  extra: Pick<
    Partial<Workspace>,
    'outputs' | 'failureReason' | 'approval'
  > = {},
): Workspace {
  return {
    id: WORKSPACE_ID,
    externalId: 'ws-payments01',
    name: 'Payments dev',
    owner: 'group:default/payments',
    status,
    approval: { state: 'not-required' },
    provisioning: {
      stackTemplate: 'aws-eks',
      cloudCredential: 'aws-dev',
      stateStorage: 's3-dev',
    },
    parameters: {},
    labels: {},
    outputs: {},
    apps: [],
    createdBy: 'user:default/mock',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    lastActivityAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}
