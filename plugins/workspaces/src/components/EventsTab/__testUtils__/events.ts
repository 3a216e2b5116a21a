import type {
  Job,
  WorkspaceEvent,
  WorkspaceEventDataByType,
  WorkspaceEventType,
} from '@oqullus/plugin-workspaces-common';
import { aWorkspace } from '../../../__testUtils__/fixtures';

export const workspaceId = aWorkspace().id;
export const jobId = '0b5e6a51-1d4c-4c77-9e0a-7c1a1f0c0001';

/** An event of one type with its data; ids count up like the API's. */
export function anEvent<TType extends WorkspaceEventType>(
  id: number,
  type: TType,
  data: WorkspaceEventDataByType[TType],
  overrides: Partial<Omit<WorkspaceEvent, 'type' | 'data'>> = {},
): WorkspaceEvent {
  return {
    id: String(id),
    workspaceId,
    createdAt: new Date(Date.UTC(2026, 10, 28, 10, 0, id)).toISOString(),
    level: 'info',
    message: `event ${id}`,
    type,
    data,
    ...overrides,
  } as WorkspaceEvent;
}

/** `count` Terraform resource events, numbered from 1; every tenth one errored. */
export function manyResourceEvents(count: number): WorkspaceEvent[] {
  return Array.from({ length: count }, (_, index) => {
    const id = index + 1;
    const errored = id % 10 === 0;
    return anEvent(
      id,
      'terraform.resource',
      {
        address: `terraform_data.item[${id}]`,
        action: 'create',
        phase: errored ? 'errored' : 'completed',
        elapsedSeconds: 1,
      },
      { level: errored ? 'error' : 'info', jobId },
    );
  });
}

/** A provision job; running unless told otherwise. */
export function aJob(overrides: Partial<Job> = {}): Job {
  return {
    id: jobId,
    workspaceId,
    operation: 'provision',
    status: 'running',
    requestedBy: 'user:default/dana.dev',
    attempt: 1,
    steps: [
      {
        name: 'infrastructure',
        kind: 'infrastructure',
        status: 'running',
        startedAt: '2026-11-28T10:00:01.000Z',
      },
      { name: 'orchestrator', kind: 'app', status: 'pending' },
    ],
    createdAt: '2026-11-28T10:00:00.000Z',
    startedAt: '2026-11-28T10:00:01.000Z',
    ...overrides,
  };
}
