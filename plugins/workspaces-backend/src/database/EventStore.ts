import type {
  WorkspaceEvent,
  WorkspaceEventPage,
  WorkspaceEventType,
} from '@oqullus/plugin-workspaces-common';

/** An event before the store gives it its monotonic id. */
export type NewWorkspaceEvent = Omit<WorkspaceEvent, 'id'>;

/** Append-only events per workspace, ordered by a monotonic id that is also the cursor. */
export interface EventStore {
  append(event: NewWorkspaceEvent): Promise<WorkspaceEvent>;
  /**
   * Events with an id greater than `after` (all when absent), oldest first. Throws
   * InputError when `after` is not an event id.
   */
  list(
    workspaceId: string,
    options: { after?: string; limit: number; types?: WorkspaceEventType[] },
  ): Promise<WorkspaceEventPage>;
  /** Every event of the types that one job of the workspace wrote, oldest first. */
  listOfJob(
    workspaceId: string,
    jobId: string,
    types: WorkspaceEventType[],
  ): Promise<WorkspaceEvent[]>;
}
