import { useCallback, useMemo, useState } from 'react';
import { Box, Button, Typography, makeStyles } from '@material-ui/core';
import { EmptyState } from '@backstage/core-components';
import type { WorkspaceEvent } from '@oqullus/plugin-workspaces-common';
import { countEvents } from './eventKinds';
import {
  applyEventFilter,
  initialEventFilter,
  type EventFilterState,
} from './EventFilterState';
import { EventFilters } from './EventFilters';
import { EventRow } from './EventRow';

/**
 * Rows rendered at first and per "Show more": a long Terraform run leaves
 * thousands of events, and the newest (or oldest) few hundred are what
 * people read.
 */
const ROWS_PER_STEP = 250;

const useStyles = makeStyles(theme => ({
  list: {
    margin: 0,
    padding: 0,
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
  },
}));

/**
 * The workspace's history with its order and filters. Job events name their
 * job and open its panel.
 */
export function EventTimeline(props: {
  events: readonly WorkspaceEvent[];
  jobLabels: ReadonlyMap<string, string>;
  onShowJob: (jobId: string) => void;
}) {
  const { events, jobLabels, onShowJob } = props;
  const classes = useStyles();
  const [filter, setFilter] = useState<EventFilterState>(initialEventFilter);
  const [limit, setLimit] = useState(ROWS_PER_STEP);
  const counts = useMemo(() => countEvents(events), [events]);
  const shown = useMemo(
    () => applyEventFilter(events, filter),
    [events, filter],
  );
  const changeFilter = useCallback((next: EventFilterState) => {
    setFilter(next);
    setLimit(ROWS_PER_STEP);
  }, []);

  if (events.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No events yet"
        description="What happens to this workspace (requests, approvals, jobs, Terraform changes) shows up here as it happens."
      />
    );
  }

  return (
    <>
      <EventFilters filter={filter} counts={counts} onChange={changeFilter} />
      <Typography variant="body2" color="textSecondary" paragraph role="status">
        Showing {shown.length} of {events.length} events
      </Typography>
      {shown.length === 0 ? (
        <Typography variant="body2">
          No events match these filters. Select more kinds or levels to see
          them.
        </Typography>
      ) : (
        <ol className={classes.list} aria-label="Workspace events">
          {shown.slice(0, limit).map(event => (
            <EventRow
              key={event.id}
              event={event}
              jobLabel={event.jobId ? jobLabels.get(event.jobId) : undefined}
              onShowJob={onShowJob}
            />
          ))}
        </ol>
      )}
      {shown.length > limit && (
        <Box mt={1}>
          <Button
            variant="outlined"
            onClick={() => setLimit(current => current + ROWS_PER_STEP)}
          >
            Show {Math.min(ROWS_PER_STEP, shown.length - limit)} more events
          </Button>
        </Box>
      )}
    </>
  );
}
