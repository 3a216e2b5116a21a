import { Box, LinearProgress, Typography } from '@material-ui/core';
import {
  isActiveJobStatus,
  jobOperationLabels,
  type Workspace,
} from '@oqullus/plugin-workspaces-common';
import { StatusChip } from '../shared';

/** The status chip, and while a job holds the workspace, what it is doing. */
export function WorkspaceStatusCell(props: { workspace: Workspace }) {
  const { status, approval, activeJob } = props.workspace;
  const busy = activeJob && isActiveJobStatus(activeJob.status);
  return (
    <Box display="flex" flexDirection="column" alignItems="flex-start">
      <StatusChip status={status} approval={approval.state} />
      {busy && (
        <Box mt={0.5} width={160}>
          <Typography variant="caption" component="div">
            {jobOperationLabels[activeJob.operation]}
            {activeJob.status === 'queued' ? ' (queued)' : '…'}
          </Typography>
          <LinearProgress
            variant={
              activeJob.status === 'queued' ? 'determinate' : 'indeterminate'
            }
            value={0}
            aria-label={`${jobOperationLabels[activeJob.operation]} ${
              activeJob.status
            }`}
          />
        </Box>
      )}
    </Box>
  );
}
