import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@material-ui/core';
import {
  jobOperationLabels,
  type JobSummary,
} from '@oqullus/plugin-workspaces-common';

/**
 * Confirms cancelling the active job: a cancelled provision leaves the
 * workspace Failed until someone retries, so a stray click must not do it.
 */
export function CancelJobDialog(props: {
  job: JobSummary;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { job, busy, onCancel, onConfirm } = props;
  const label = jobOperationLabels[job.operation];
  return (
    <Dialog open onClose={onCancel} aria-labelledby="cancel-job-title">
      <DialogTitle id="cancel-job-title">Cancel {label}?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {job.status === 'queued'
            ? `${label} has not started yet; cancelling takes it off the queue.`
            : `${label} stops at its next safe point; what Terraform built so far stays, and the workspace waits for a retry.`}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Keep running</Button>
        <Button
          variant="contained"
          color="secondary"
          disabled={busy}
          onClick={onConfirm}
        >
          Cancel job
        </Button>
      </DialogActions>
    </Dialog>
  );
}
