import type {
  WorkspaceEventDataByType,
  WorkspaceEventLevel,
  WorkspaceEventType,
} from '@oqullus/plugin-workspaces-common';
import type { NewWorkspaceEvent } from './EventStore';

/** Builds an event; `message` is the sentence people read in the Events tab. */
export function workspaceEvent<T extends WorkspaceEventType>(
  type: T,
  fields: {
    workspaceId: string;
    at: Date;
    message: string;
    data: WorkspaceEventDataByType[T];
    actor?: string;
    jobId?: string;
    level?: WorkspaceEventLevel;
  },
): NewWorkspaceEvent {
  return {
    type,
    workspaceId: fields.workspaceId,
    createdAt: fields.at.toISOString(),
    message: fields.message,
    data: fields.data,
    actor: fields.actor,
    jobId: fields.jobId,
    level: fields.level ?? 'info',
  } as NewWorkspaceEvent;
}
