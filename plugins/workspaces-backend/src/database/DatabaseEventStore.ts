import { InputError } from '@backstage/errors';
import type {
  WorkspaceEvent,
  WorkspaceEventLevel,
  WorkspaceEventPage,
  WorkspaceEventType,
} from '@oqullus/plugin-workspaces-common';
import type { Knex } from 'knex';
import {
  jsonFromColumn,
  jsonToColumn,
  optionalFromColumn,
  timeFromColumn,
  timeToColumn,
  type TimeColumn,
  withoutUndefined,
} from './columnValues';
import type { EventStore, NewWorkspaceEvent } from './EventStore';

type EventRow = {
  /** A string from PostgreSQL (bigint), a number from SQLite. */
  id: string | number;
  workspace_id: string;
  type: WorkspaceEventType;
  level: WorkspaceEventLevel;
  actor: string | null;
  job_id: string | null;
  message: string;
  data: string;
  created_at: TimeColumn;
};

// The largest bigint: a larger cursor would fail the query instead of finding nothing.
const MAX_EVENT_ID = 9223372036854775807n;

/** EventStore on Knex; the auto-incremented id is the cursor. */
export class DatabaseEventStore implements EventStore {
  constructor(private readonly db: Knex) {}

  async append(event: NewWorkspaceEvent): Promise<WorkspaceEvent> {
    const [row] = await this.db<EventRow>('events')
      .insert({
        workspace_id: event.workspaceId,
        type: event.type,
        level: event.level,
        actor: event.actor ?? null,
        job_id: event.jobId ?? null,
        message: event.message,
        data: jsonToColumn(event.data),
        created_at: timeToColumn(event.createdAt),
      })
      .returning('*');
    return eventFromRow(row);
  }

  async list(
    workspaceId: string,
    options: { after?: string; limit: number; types?: WorkspaceEventType[] },
  ): Promise<WorkspaceEventPage> {
    if (!Number.isInteger(options.limit) || options.limit < 1) {
      throw new InputError(
        `The page size must be a whole number of at least 1, not ${options.limit}`,
      );
    }
    const query = this.db<EventRow>('events').where({
      workspace_id: workspaceId,
    });
    const after =
      options.after === undefined ? undefined : parseEventCursor(options.after);
    if (after !== undefined) {
      query.where('id', '>', after);
    }
    if (options.types) {
      query.whereIn('type', options.types);
    }
    const rows: EventRow[] = await query.orderBy('id').limit(options.limit);
    const items = rows.map(eventFromRow);
    const last = items.at(-1)?.id ?? after;
    return last === undefined ? { items } : { items, nextCursor: last };
  }

  async listOfJob(
    workspaceId: string,
    jobId: string,
    types: WorkspaceEventType[],
  ): Promise<WorkspaceEvent[]> {
    const rows: EventRow[] = await this.db<EventRow>('events')
      .where({ workspace_id: workspaceId, job_id: jobId })
      .whereIn('type', types)
      .orderBy('id');
    return rows.map(eventFromRow);
  }
}

/** Cursors are event ids: non-negative integers, passed on as strings to keep 64 bits. */
function parseEventCursor(after: string): string {
  if (/^\d{1,19}$/.test(after) && BigInt(after) <= MAX_EVENT_ID) {
    return BigInt(after).toString();
  }
  throw new InputError(
    "The event cursor must be an event ID (a whole number); pass a previous page's nextCursor, or leave it out to start from the first event",
  );
}

function eventFromRow(row: EventRow): WorkspaceEvent {
  // The row was written from a WorkspaceEvent, so its type and data still belong together.
  return withoutUndefined({
    id: String(row.id),
    workspaceId: row.workspace_id,
    type: row.type,
    level: row.level,
    actor: optionalFromColumn(row.actor),
    jobId: optionalFromColumn(row.job_id),
    message: row.message,
    data: jsonFromColumn(row.data),
    createdAt: timeFromColumn(row.created_at),
  }) as WorkspaceEvent;
}
