import {
  jobOperationLabels,
  type JobSummary,
} from '@oqullus/plugin-workspaces-common';
import { ConfirmDialog } from '../../shared/ConfirmDialog';

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
  const { job } = props;
  const label = jobOperationLabels[job.operation];
  return (
    <ConfirmDialog
      id="cancel-job"
      title={`Cancel ${label}?`}
      keepLabel="Keep running"
      confirmLabel="Cancel job"
      busy={props.busy}
      onCancel={props.onCancel}
      onConfirm={props.onConfirm}
    >
      {job.status === 'queued'
        ? `${label} has not started yet; cancelling takes it off the queue.`
        : `${label} stops at its next safe point; what Terraform built so far stays, and the workspace waits for a retry.`}
    </ConfirmDialog>
  );
}
