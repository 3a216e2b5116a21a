import type {
  WorkspaceEvent,
  WorkspaceEventLevel,
} from '@oqullus/plugin-workspaces-common';
import {
  eventKind,
  eventKinds,
  eventLevels,
  type EventKind,
} from './eventKinds';

export type EventOrder = 'newest' | 'oldest';

/** What the timeline shows; every kind and level until someone narrows it. */
export type EventFilterState = {
  order: EventOrder;
  kinds: ReadonlySet<EventKind>;
  levels: ReadonlySet<WorkspaceEventLevel>;
};

export const initialEventFilter: EventFilterState = {
  order: 'newest',
  kinds: new Set(eventKinds),
  levels: new Set(eventLevels),
};

/** The events to show, in the chosen order; one pass, no sorting needed. */
export function applyEventFilter(
  events: readonly WorkspaceEvent[],
  filter: EventFilterState,
): WorkspaceEvent[] {
  const shown = events.filter(
    event =>
      filter.kinds.has(eventKind(event.type)) && filter.levels.has(event.level),
  );
  // The API returns events oldest first, so newest first is the reverse.
  return filter.order === 'newest' ? shown.reverse() : shown;
}

export function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) {
    next.delete(value);
  } else {
    next.add(value);
  }
  return next;
}
