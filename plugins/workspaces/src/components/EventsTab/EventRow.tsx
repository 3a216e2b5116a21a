import { memo } from 'react';
import { Box, Link, Typography, makeStyles } from '@material-ui/core';
import type { WorkspaceEvent } from '@oqullus/plugin-workspaces-common';
import { RelativeTime } from '../shared';
import { EntityName, EventSentence } from './EventSentence';
import { LevelIcon } from './LevelIcon';

const useStyles = makeStyles(theme => ({
  row: {
    display: 'grid',
    gridTemplateColumns: '24px 1fr auto',
    columnGap: theme.spacing(1.5),
    alignItems: 'start',
    padding: theme.spacing(1, 2),
    borderBottom: `1px solid ${theme.palette.divider}`,
    listStyle: 'none',
  },
  icon: { paddingTop: 2 },
  meta: {
    color: theme.palette.text.secondary,
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
  detail: {
    whiteSpace: 'pre-wrap',
    fontFamily: 'monospace',
    fontSize: theme.typography.caption.fontSize,
    color: theme.palette.text.secondary,
    margin: theme.spacing(0.5, 0, 0),
    maxHeight: 160,
    overflow: 'auto',
  },
  time: {
    color: theme.palette.text.secondary,
    whiteSpace: 'nowrap',
  },
}));

/**
 * One event of the timeline. Memoised: with hundreds of events, a new one
 * arriving re-renders only itself.
 */
export const EventRow = memo(function EventRowView(props: {
  event: WorkspaceEvent;
  jobLabel?: string;
  onShowJob?: (jobId: string) => void;
}) {
  const { event, jobLabel, onShowJob } = props;
  const classes = useStyles();
  const detail =
    event.type === 'terraform.diagnostic' ? event.data.detail : undefined;
  return (
    <li className={classes.row} data-testid="workspace-event">
      <span className={classes.icon}>
        <LevelIcon level={event.level} />
      </span>
      <Box minWidth={0}>
        <Typography variant="body2">
          <EventSentence event={event} />
        </Typography>
        {detail && <pre className={classes.detail}>{detail}</pre>}
        <Typography variant="caption" component="div" className={classes.meta}>
          <span>
            {event.actor ? (
              <>
                by <EntityName entityRef={event.actor} />
              </>
            ) : (
              'by the system'
            )}
          </span>
          {event.jobId && jobLabel && onShowJob && (
            <Link
              component="button"
              variant="caption"
              onClick={() => onShowJob(event.jobId!)}
            >
              {jobLabel}
            </Link>
          )}
        </Typography>
      </Box>
      <Typography variant="caption" className={classes.time}>
        <RelativeTime iso={event.createdAt} />
      </Typography>
    </li>
  );
});
