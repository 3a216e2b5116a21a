import { useCallback, useEffect, useState } from 'react';
import { Box, Typography } from '@material-ui/core';
import { isActiveJobStatus, type Job } from '@oqullus/plugin-workspaces-common';
import { JobPanel } from './JobPanel';

/**
 * Which job panels are open: the ones someone opened, plus every job seen
 * active, so a running job is in view without a click and stays open when
 * it finishes.
 */
export function useExpandedJobs(jobs: readonly Job[]) {
  const [choices, setChoices] = useState<Record<string, boolean>>({});
  const [seenActive, setSeenActive] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    const active = jobs.filter(job => isActiveJobStatus(job.status));
    if (active.some(job => !seenActive.has(job.id))) {
      setSeenActive(previous => {
        const next = new Set(previous);
        active.forEach(job => next.add(job.id));
        return next;
      });
    }
  }, [jobs, seenActive]);

  const isExpanded = (jobId: string) => choices[jobId] ?? seenActive.has(jobId);
  const setExpanded = useCallback((jobId: string, expanded: boolean) => {
    setChoices(previous => ({ ...previous, [jobId]: expanded }));
  }, []);
  return { isExpanded, setExpanded };
}

/** Every job of the workspace, newest first, one accordion each. */
export function JobsSection(props: {
  jobs: readonly Job[];
  workspaceName: string;
  isExpanded: (jobId: string) => boolean;
  setExpanded: (jobId: string, expanded: boolean) => void;
}) {
  const { jobs, workspaceName, isExpanded, setExpanded } = props;
  return (
    <Box component="section" aria-labelledby="workspace-jobs-heading" mb={4}>
      <Typography
        variant="h5"
        component="h2"
        id="workspace-jobs-heading"
        gutterBottom
      >
        Jobs ({jobs.length})
      </Typography>
      {jobs.length === 0 ? (
        // Default text colour: the secondary grey lacks contrast on the page background.
        <Typography variant="body2">
          No jobs have run yet. Provisioning, syncing and deleting each run as a
          job, with its steps and Terraform log shown here.
        </Typography>
      ) : (
        jobs.map(job => (
          <JobPanel
            key={job.id}
            listed={job}
            workspaceName={workspaceName}
            expanded={isExpanded(job.id)}
            onToggle={setExpanded}
          />
        ))
      )}
    </Box>
  );
}
