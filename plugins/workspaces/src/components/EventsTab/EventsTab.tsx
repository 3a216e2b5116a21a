import { useCallback, useMemo } from 'react';
import { Box, Paper, Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { Progress, WarningPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { jobOperationLabels } from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../api';
import { errorMessage } from '../shared';
import { EventTimeline } from './EventTimeline';
import { JobsSection, useExpandedJobs } from './JobsSection';
import { useWorkspaceEvents } from './useWorkspaceEvents';
import { useWorkspaceJobs } from './useWorkspaceJobs';

/**
 * The Events tab of a workspace: its jobs (steps and live Terraform log) on
 * top, and below them everything that happened, kept current by signals and
 * polling.
 *
 * @public
 */
export function EventsTab(props: { workspaceId: string }) {
  const { workspaceId } = props;
  const api = useApi(workspacesApiRef);
  const events = useWorkspaceEvents(workspaceId);
  const jobEventCount = useMemo(
    () => events.events.filter(event => event.type.startsWith('job.')).length,
    [events.events],
  );
  const jobs = useWorkspaceJobs(workspaceId, jobEventCount);
  const { isExpanded, setExpanded } = useExpandedJobs(jobs.jobs);
  // Only for the log's file name; the id does when the workspace is unreadable.
  const workspace = useAsync(
    () => api.getWorkspace(workspaceId),
    [api, workspaceId],
  );
  const workspaceName = workspace.value?.externalId ?? workspaceId;

  const jobLabels = useMemo(
    () =>
      new Map(
        jobs.jobs.map(job => [
          job.id,
          `${jobOperationLabels[job.operation]} (attempt ${job.attempt})`,
        ]),
      ),
    [jobs.jobs],
  );
  const showJob = useCallback(
    (jobId: string) => {
      setExpanded(jobId, true);
      document
        .getElementById(`job-${jobId}`)
        ?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
    },
    [setExpanded],
  );

  if (events.loading || jobs.loading) {
    return <Progress />;
  }

  return (
    <>
      {jobs.error && (
        <Box mb={2}>
          <WarningPanel
            severity="error"
            title="The jobs could not be loaded"
            defaultExpanded
            message={errorMessage(jobs.error)}
          />
        </Box>
      )}
      {!jobs.error && (
        <JobsSection
          jobs={jobs.jobs}
          workspaceName={workspaceName}
          isExpanded={isExpanded}
          setExpanded={setExpanded}
        />
      )}
      {/* On a Paper: the filters' labels and the secondary text lack contrast on the grey page. */}
      <Paper component="section" aria-labelledby="workspace-events-heading">
        <Box p={2}>
          <Typography
            variant="h5"
            component="h2"
            id="workspace-events-heading"
            gutterBottom
          >
            Events
          </Typography>
          {events.error && (
            <Box mb={2}>
              <WarningPanel
                severity="error"
                title="The events could not be loaded"
                defaultExpanded
                message={errorMessage(events.error)}
              />
            </Box>
          )}
          {(!events.error || events.events.length > 0) && (
            <EventTimeline
              events={events.events}
              jobLabels={jobLabels}
              onShowJob={showJob}
            />
          )}
        </Box>
      </Paper>
    </>
  );
}
