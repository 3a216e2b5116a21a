import { randomUUID } from 'node:crypto';
import type { WorkspaceRecord } from '../WorkspaceStore';
import type { NewJob } from '../JobStore';

let sequence = 0;

/** A distinct time for each call, one second apart, so list order is known. */
export function nextTime(): string {
  sequence += 1;
  return new Date(Date.UTC(2026, 10, 28, 10, 0, sequence)).toISOString();
}

/** A complete workspace record with unique ids; override what the test is about. */
export function aWorkspace(
  overrides: Partial<WorkspaceRecord> = {},
): WorkspaceRecord {
  const id = randomUUID();
  const createdAt = overrides.createdAt ?? nextTime();
  return {
    id,
    externalId: `ws-${id.slice(0, 8)}`,
    name: 'Analytics sandbox',
    owner: 'group:default/data-team',
    status: 'created',
    approval: { state: 'not-required' },
    provisioning: {
      stackTemplate: 'data-lake',
      cloudCredential: 'aws-dev',
      stateStorage: 'builtin',
    },
    parameters: { region: 'eu-west-1', nodes: 3 },
    labels: {},
    outputs: {},
    apps: [{ name: 'airflow', status: 'pending' }],
    createdBy: 'user:default/jane',
    createdAt,
    updatedAt: createdAt,
    lastActivityAt: createdAt,
    ...overrides,
  };
}

/** A new provision job for the workspace. */
export function aJob(
  workspaceId: string,
  overrides: Partial<NewJob> = {},
): NewJob {
  return {
    id: randomUUID(),
    workspaceId,
    operation: 'provision',
    requestedBy: 'user:default/jane',
    attempt: 1,
    steps: [
      { name: 'infrastructure', kind: 'infrastructure', status: 'pending' },
    ],
    createdAt: nextTime(),
    ...overrides,
  };
}
