import type {
  Workspace,
  WorkspaceStatus,
} from '@oqullus/plugin-workspaces-common';

export const WORKSPACE_ID = 'b9f7c1de-1111-4a4a-9a9a-000000000001';

/** A workspace as the API returns it, in the given status. */
export function workspaceJson(
  status: WorkspaceStatus,
  extra: Pick<
    Partial<Workspace>,
    'outputs' | 'failureReason' | 'approval'
  > = {},
) {
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
    outputs: {},
    apps: [],
    createdBy: 'user:default/mock',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

/** A job accepted by an operation or a delete request. */
export function jobAcceptedJson(jobId: string, operation: string) {
  return {
    job: { id: jobId, workspaceId: WORKSPACE_ID, operation, status: 'queued' },
  };
}
