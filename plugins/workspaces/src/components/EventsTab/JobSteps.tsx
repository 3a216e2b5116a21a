import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import type { JobStep } from '@oqullus/plugin-workspaces-common';
import { RelativeTime } from '../shared';
import { jobDuration } from './formatDuration';
import { JobStatusChip } from './JobStatusChip';

/**
 * The job's steps: its infrastructure first, then each app. A step's error is shown
 * once, above the table (JobFailure), so the columns keep their width.
 */
export function JobSteps(props: { steps: JobStep[] }) {
  if (props.steps.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        This job has no steps yet.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Job steps">
      <TableHead>
        <TableRow>
          <TableCell>Step</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Started</TableCell>
          <TableCell>Duration</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.steps.map(step => (
          <TableRow key={step.name} data-testid={`job-step-${step.name}`}>
            <TableCell>
              {step.name}
              <Typography
                variant="caption"
                color="textSecondary"
                component="div"
              >
                {step.kind === 'infrastructure' ? 'Infrastructure' : 'App'}
              </Typography>
            </TableCell>
            <TableCell>
              <JobStatusChip status={step.status} />
            </TableCell>
            <TableCell>
              {step.startedAt ? <RelativeTime iso={step.startedAt} /> : '—'}
            </TableCell>
            <TableCell>
              {jobDuration(step.startedAt, step.finishedAt) ?? '—'}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
