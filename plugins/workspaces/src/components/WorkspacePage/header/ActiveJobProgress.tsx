import { Box, LinearProgress, Typography } from '@material-ui/core';
import {
  jobOperationLabels,
  type JobSummary,
} from '@oqullus/plugin-workspaces-common';
import { RelativeTime } from '../../shared';

/** The job holding the workspace, as an indeterminate bar: jobs report no percentage. */
export function ActiveJobProgress(props: { job: JobSummary }) {
  const { job } = props;
  const label = jobOperationLabels[job.operation];
  const state = job.status === 'queued' ? 'queued' : 'in progress';
  return (
    <Box data-testid="active-job">
      <Typography variant="body2">
        <strong>{label}</strong> {state} (started{' '}
        <RelativeTime iso={job.createdAt} />)
      </Typography>
      <LinearProgress aria-label={`${label} ${state}`} />
    </Box>
  );
}
