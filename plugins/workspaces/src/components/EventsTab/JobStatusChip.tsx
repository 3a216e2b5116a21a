import { Chip, CircularProgress, makeStyles } from '@material-ui/core';
import type {
  JobStatus,
  JobStepStatus,
} from '@oqullus/plugin-workspaces-common';

const useStyles = makeStyles(theme => ({
  neutral: {
    backgroundColor: theme.palette.grey[200],
    color: theme.palette.grey[900],
  },
  running: {
    backgroundColor: theme.palette.info.dark,
    color: theme.palette.info.contrastText,
  },
  succeeded: {
    backgroundColor: theme.palette.success.dark,
    color: theme.palette.success.contrastText,
  },
  failed: {
    backgroundColor: theme.palette.error.dark,
    color: theme.palette.error.contrastText,
  },
  spinner: { color: 'inherit' },
}));

const labels: Record<JobStatus | JobStepStatus, string> = {
  queued: 'Queued',
  pending: 'Pending',
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  cancelled: 'Cancelled',
  skipped: 'Skipped',
};

/** The status of a job or of one of its steps, coloured like workspace statuses. */
export function JobStatusChip(props: { status: JobStatus | JobStepStatus }) {
  const classes = useStyles();
  const { status } = props;
  const className =
    status === 'running' || status === 'succeeded' || status === 'failed'
      ? classes[status]
      : classes.neutral;
  return (
    <Chip
      size="small"
      label={labels[status]}
      className={className}
      data-testid={`job-status-${status}`}
      icon={
        status === 'running' ? (
          <CircularProgress
            size={12}
            className={classes.spinner}
            aria-hidden="true"
          />
        ) : undefined
      }
    />
  );
}
