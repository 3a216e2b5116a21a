import {
  workspaceEventTypes,
  type WorkspaceEvent,
  type WorkspaceEventLevel,
  type WorkspaceEventType,
} from '@oqullus/plugin-workspaces-common';

/** The part of an event type before the dot: `terraform.resource` is terraform. */
export type EventKind = WorkspaceEventType extends `${infer TKind}.${string}`
  ? TKind
  : never;

export function eventKind(type: WorkspaceEventType): EventKind {
  return type.split('.')[0] as EventKind;
}

/** Every kind, in the order the event types are declared. */
export const eventKinds: readonly EventKind[] = Array.from(
  new Set(workspaceEventTypes.map(eventKind)),
);

export const eventKindLabels: Readonly<Record<EventKind, string>> = {
  workspace: 'Workspace',
  approval: 'Approval',
  status: 'Status',
  job: 'Jobs',
  member: 'Members',
  settings: 'Settings',
  terraform: 'Terraform',
  app: 'Apps',
  state: 'State',
};

export const eventLevels: readonly WorkspaceEventLevel[] = [
  'info',
  'warning',
  'error',
];

export const eventLevelLabels: Readonly<Record<WorkspaceEventLevel, string>> = {
  info: 'Info',
  warning: 'Warning',
  error: 'Error',
};

export type EventCounts = {
  byKind: Record<EventKind, number>;
  byLevel: Record<WorkspaceEventLevel, number>;
};

/** How many events of each kind and level, in one pass. */
export function countEvents(events: readonly WorkspaceEvent[]): EventCounts {
  const byKind = Object.fromEntries(
    eventKinds.map(kind => [kind, 0]),
  ) as Record<EventKind, number>;
  const byLevel = { info: 0, warning: 0, error: 0 };
  for (const event of events) {
    byKind[eventKind(event.type)] = (byKind[eventKind(event.type)] ?? 0) + 1;
    byLevel[event.level] = (byLevel[event.level] ?? 0) + 1;
  }
  return { byKind, byLevel };
}
