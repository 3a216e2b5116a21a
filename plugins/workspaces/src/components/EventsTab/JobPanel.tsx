import { memo } from 'react';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Box,
  Typography,
  makeStyles,
} from '@material-ui/core';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import {
  isActiveJobStatus,
  jobOperationLabels,
  type Job,
} from '@oqullus/plugin-workspaces-common';
import { RelativeTime, errorMessage } from '../shared';
import { EntityName } from './EventSentence';
import { jobDuration } from './formatDuration';
import { JobFailure } from './JobFailure';
import { JobLog } from './JobLog';
import { JobStatusChip } from './JobStatusChip';
import { JobSteps } from './JobSteps';
import { useLiveJob } from './useLiveJob';

const useStyles = makeStyles(theme => ({
  summary: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1.5),
    width: '100%',
  },
  facts: {
    color: theme.palette.text.secondary,
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
  },
  details: { display: 'block' },
}));

/**
 * One job as an accordion: what it did, who asked, how long it took, its
 * steps and its Terraform log, live while it runs.
 */
export const JobPanel = memo(function JobPanelView(props: {
  listed: Job;
  workspaceName: string;
  expanded: boolean;
  onToggle: (jobId: string, expanded: boolean) => void;
}) {
  const { listed, workspaceName, expanded, onToggle } = props;
  const classes = useStyles();
  const { job, error } = useLiveJob(listed);
  const active = isActiveJobStatus(job.status);
  const label = jobOperationLabels[job.operation];
  const summaryId = `job-${job.id}-summary`;

  return (
    <Accordion
      expanded={expanded}
      onChange={(_e, next) => onToggle(job.id, next)}
      TransitionProps={{ unmountOnExit: true }}
      id={`job-${job.id}`}
      data-testid={`job-panel-${job.id}`}
    >
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        aria-controls={`job-${job.id}-details`}
        id={summaryId}
      >
        <Box className={classes.summary}>
          <Typography variant="subtitle1" component="h3">
            {label}
          </Typography>
          <JobStatusChip status={job.status} />
          <Typography
            variant="body2"
            component="span"
            className={classes.facts}
          >
            <span>Attempt {job.attempt}</span>
            <span>
              Requested by <EntityName entityRef={job.requestedBy} />
            </span>
            <span>
              {job.startedAt ? (
                <>
                  Started <RelativeTime iso={job.startedAt} />
                </>
              ) : (
                <>
                  Queued <RelativeTime iso={job.createdAt} />
                </>
              )}
            </span>
            {job.finishedAt && (
              <span>
                Finished <RelativeTime iso={job.finishedAt} />
              </span>
            )}
            {job.startedAt && (
              <span>
                {active ? 'Running for' : 'Took'}{' '}
                {jobDuration(job.startedAt, job.finishedAt)}
              </span>
            )}
          </Typography>
        </Box>
      </AccordionSummary>
      <AccordionDetails
        className={classes.details}
        id={`job-${job.id}-details`}
        aria-labelledby={summaryId}
      >
        <JobFailure job={job} />
        {error && (
          <Typography variant="body2" color="error" role="alert" paragraph>
            The job could not be refreshed: {errorMessage(error)}
          </Typography>
        )}
        <JobSteps steps={job.steps} />
        <JobLog job={job} workspaceName={workspaceName} following={active} />
      </AccordionDetails>
    </Accordion>
  );
});
