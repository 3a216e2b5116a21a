import type {
  WorkspaceEvent,
  WorkspaceEventType,
} from '@oqullus/plugin-workspaces-common';

/** An event before the store gives it its monotonic id. */
export type NewWorkspaceEvent = Omit<WorkspaceEvent, 'id'>;

export type EventPage = {
  /** Oldest first. */
  items: WorkspaceEvent[];
  /**
   * The id of the last item, on every page that has one; on an empty page the
   * `after` it was asked with, so a tail keeps polling from there. A page shorter
   * than its limit is the end for now, not this field's absence.
   */
  nextCursor?: string;
};

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
  ): Promise<EventPage>;
  /** Every event of the types that one job of the workspace wrote, oldest first. */
  listOfJob(
    workspaceId: string,
    jobId: string,
    types: WorkspaceEventType[],
  ): Promise<WorkspaceEvent[]>;
}
