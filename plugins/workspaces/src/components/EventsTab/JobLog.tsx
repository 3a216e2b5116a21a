import { Box, Button, Typography, makeStyles } from '@material-ui/core';
import GetAppIcon from '@material-ui/icons/GetApp';
import { Progress } from '@backstage/core-components';
import {
  jobOperationLabels,
  type Job,
} from '@oqullus/plugin-workspaces-common';
import { errorMessage } from '../shared';
import { downloadText } from './downloadText';
import { joinLogChunks } from './terraformLog';
import { TerraformLogView } from './TerraformLogView';
import { useJobLog } from './useJobLog';

const useStyles = makeStyles(theme => ({
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    margin: theme.spacing(2, 0, 1),
  },
}));

/** `<workspace>-<operation>-<jobId>.log`: recognisable in a downloads folder. */
export function jobLogFilename(workspace: string, job: Job): string {
  return `${workspace}-${job.operation}-${job.id}.log`;
}

/**
 * The job's Terraform output, following while the job runs: shown for reading
 * (messages, times, levels, a section per step) and downloadable as the runner
 * wrote it (the backend masks secrets).
 */
export function JobLog(props: {
  job: Job;
  workspaceName: string;
  following: boolean;
}) {
  const { job, workspaceName, following } = props;
  const classes = useStyles();
  const log = useJobLog(job.workspaceId, job.id, following);
  const headingId = `job-log-${job.id}`;
  const hasLines = log.chunks.length > 0;

  return (
    <section aria-labelledby={headingId}>
      <Box className={classes.header}>
        <Typography variant="subtitle2" component="h4" id={headingId}>
          Terraform log{following ? ' (live)' : ''}
        </Typography>
        <Button
          size="small"
          variant="outlined"
          startIcon={<GetAppIcon />}
          disabled={!hasLines}
          onClick={() =>
            downloadText(
              jobLogFilename(workspaceName, job),
              joinLogChunks(log.chunks),
            )
          }
        >
          Download raw log
        </Button>
      </Box>
      {log.error && (
        <Typography variant="body2" color="error" role="alert">
          The log could not be read: {errorMessage(log.error)}
        </Typography>
      )}
      {log.loading && <Progress />}
      {!log.loading && !hasLines && !log.error && (
        <Typography variant="body2" color="textSecondary">
          {following
            ? `${
                jobOperationLabels[job.operation]
              } has not written any output yet.`
            : 'This job wrote no output.'}
        </Typography>
      )}
      {hasLines && (
        <TerraformLogView
          logId={headingId}
          chunks={log.chunks}
          following={following}
        />
      )}
    </section>
  );
}
